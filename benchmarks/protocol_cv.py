"""Cross-validation over the generalisation protocol's base photos, shared by the benchmarks that need a Siamese score
for every series from a model that never saw its photo (protocol_weights_cv.py, protocol_seed_ensemble_cv.py).

The 59 training and validation photos of 08a_protocol's dataset (900 series, varied recipe, 512 px; its 16 test photos
are left out, so that 08a's test figures stay unseen) fall into K folds by a hash of their name; each fold's Siamese is
trained by the shipped Siamese's recipe (05_siamese's default configuration on `protocol_training_dataset`'s 2,700
series) restricted to the other folds' photos, a tenth of them held for monitoring."""
import os
from pathlib import Path
import numpy as np, pandas as pd
from phototriage.data import TriageData, unit_hash
from phototriage.synthetic import protocol_dataset, protocol_training_dataset
from phototriage.siamese import train_siamese

WORK = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))

def cv_datasets(work:Path=WORK):
    "The protocol's series without its test photos, and the shipped Siamese's 2,700 training series (made once in `work`)"
    proto = protocol_dataset(work/'protocol')       # read where made from the same settings and photos, else made
    proto = proto.subset(proto.series.index[proto.series.split != 'test'])   # the protocol's test photos stay unseen
    more = protocol_training_dataset(work/'more')
    assert set(more.photos.source) == set(proto.photos.source)
    return proto, more

def photo_folds(names, K:int):
    "Each base photo's fold (a hash of its name) and whether it is held for monitoring within the training folds"
    return {n: int(unit_hash(1, n) * K) for n in names}, {n: unit_hash(2, n) < 0.1 for n in names}

def fold_data(more:TriageData, fold:dict, held:dict, k:int)->TriageData:
    "`more`'s series of the photos outside fold `k`: split into train and valid (the monitoring photos)"
    role = more.photos.source.map(lambda n: 'test' if fold[n] == k else ('valid' if held[n] else 'train'))
    sid_role = pd.Series(role.to_numpy(), index=more.photos.series_id).groupby(level=0).first()
    data = TriageData(more.photos.assign(split=role.to_numpy()), more.pairs.assign(split=more.pairs.series_id.map(sid_role).to_numpy()),
                      more.root, more.missing)
    return data.subset(data.series.index[data.series.split != 'test'])  # the fold's photos: scored on the protocol's series

def fold_siamese(more:TriageData, fold:dict, held:dict, k:int, run:Path, **overrides)->Path:
    "Train (unless `run` has its results) the Siamese that never sees fold `k`'s photos; return its run folder"
    if not (run/'test_results.json').exists(): train_siamese(fold_data(more, fold, held, k), run, **overrides)
    return run

def figures(data:TriageData, scores)->dict:
    "Pair accuracy, on agreed pairs, top-1 ... of `scores` over `data`'s series (no intervals)"
    from phototriage.protocol import bootstrap_metrics
    return {m: round(v, 3) for m, v in bootstrap_metrics(data, scores, 500).items() if not m.endswith(('_lo', '_hi'))}

WEIGHT_GRID = [dict(zip(('aesthetic', 'iqa', 'siamese'), w))
               for w in __import__('itertools').product(np.round(np.arange(0, 1.01, 0.1), 1), repeat=3) if abs(sum(w) - 1) < 1e-9]

def composite_scores(data:TriageData, components:dict, weights:dict, margin:float=0.)->np.ndarray:
    "The album's composite (`pick_series`, no faces) of per-photo `components` (aesthetic, iqa, siamese), the pick on top"
    from phototriage.picking import pick_series
    table = pd.DataFrame(dict(series=data.photos.series_id.to_numpy(), n_faces=0, portrait=0., **components))
    strength = table.siamese.to_numpy()
    sel = pick_series(table, weights, margin, (lambda i, j: float(strength[i] > strength[j])) if margin else None,
                      resolution_penalty=0)
    return sel.composite.to_numpy() + sel.pick.to_numpy()

def search_weights(data:TriageData, components:dict, margins=(0., 0.05), **tags)->list:
    "Pair accuracy and top-1 of the composite for every weighting of `WEIGHT_GRID` and tie margin, each row tagged"
    from phototriage.evaluation import evaluate_scores
    return [dict(**w, tie_margin=m, **tags, **{k: evaluate_scores(data, composite_scores(data, components, w, m))[k]
                                               for k in ('pair_acc', 'top1')})
            for w in WEIGHT_GRID for m in margins]
