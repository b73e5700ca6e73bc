"""The album composite's weights chosen by cross-validation over the protocol's base photos, instead of on its 13
validation photos alone. The 59 training and validation photos of the generalisation protocol (08a_protocol's dataset:
900 series, varied recipe, 512 px; its 16 test photos are left out, so that 08a's test figures stay unseen) fall into
K folds by a hash of their name; for each fold a Siamese CNN (05_siamese's default
configuration, seed 0) is trained on the other folds' photos (a tenth of them held for monitoring) and scores the
fold's series, so every series gets a Siamese score from a model that never saw its photo. The quality head is the
shipped one and `iqa_combined` needs no training. The 0.1 grid of (aesthetic, iqa, siamese) weights and the tie margins
of 08a are then measured on all those photos' series at once (pairwise accuracy first, then top-1, as 08a chooses), and the
table is written to benchmarks/protocol_weights_cv.csv, best first: the shipped default (`PROTOCOL_WEIGHTS`,
06b_picking) is its first row.

    OMP_NUM_THREADS=1 python benchmarks/protocol_weights_cv.py [K]   # default 3 folds; about 4 minutes a fold
"""
import os, sys, itertools, time
from pathlib import Path
import numpy as np, pandas as pd
from phototriage.data import TriageData, read_phototriage, unit_hash
from phototriage.synthetic import protocol_dataset, split_by_source
from phototriage.features import photo_features
from phototriage.evaluation import evaluate_scores, score_with
from phototriage.iqa import RuleScorer
from phototriage.pairwise import HeadScorer
from phototriage.siamese import SiameseScorer, train_siamese
from phototriage.picking import pick_series, QUALITY_HEAD
from phototriage.protocol import bootstrap_metrics

K = int(sys.argv[1]) if len(sys.argv) > 1 else 3
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
proto = protocol_dataset(work/'protocol') if not (work/'protocol'/'synthetic_params.csv').exists() else \
        split_by_source(read_phototriage(work/'protocol'))
proto = proto.subset(proto.series.index[proto.series.split != 'test'])   # the protocol's test photos stay unseen
feats = photo_features(proto, ('cnn', 'iqa'))
names = sorted(proto.photos.source.unique())
fold = {n: int(unit_hash(1, n) * K) for n in names}
held = {n: unit_hash(2, n) < 0.1 for n in names}                        # monitoring photos within the training folds
photo_fold = proto.photos.source.map(fold).to_numpy()
S = dict(aesthetic=np.asarray(score_with(HeadScorer(QUALITY_HEAD), proto.photos, feats), float),
         iqa=np.asarray(score_with(RuleScorer(), proto.photos, feats), float), siamese=np.zeros(len(proto.photos)))
for k in range(K):
    role = proto.photos.source.map(lambda n: 'test' if fold[n] == k else ('valid' if held[n] else 'train'))
    sid_role = pd.Series(role.to_numpy(), index=proto.photos.series_id).groupby(level=0).first()
    data = TriageData(proto.photos.assign(split=role.to_numpy()), proto.pairs.assign(split=proto.pairs.series_id.map(sid_role).to_numpy()),
                      proto.root, proto.missing)
    run = work/'cv-siamese-59'/f'fold{k}-of-{K}'
    t = time.perf_counter()
    if not (run/'test_results.json').exists(): train_siamese(data, run)
    rows = np.flatnonzero(photo_fold == k)
    S['siamese'][rows] = score_with(SiameseScorer(run), proto.photos.iloc[rows])
    print(f'fold {k}: {sum(v == k for v in fold.values())} photos held out, {(role == "train").sum()} training '
          f'photo files; {time.perf_counter() - t:.0f} s', flush=True)
table = pd.DataFrame(dict(series=proto.photos.series_id.to_numpy(), n_faces=0, portrait=0., **S))
def composite(w, margin):
    strength = table.siamese.to_numpy()
    sel = pick_series(table, w, margin, (lambda i, j: float(strength[i] > strength[j])) if margin else None, resolution_penalty=0)
    return sel.composite.to_numpy() + sel.pick.to_numpy()
for c in S: print(f'{c} alone (out of fold for the Siamese):', {m: round(v, 3) for m, v in bootstrap_metrics(proto, S[c], 500).items() if not m.endswith(('_lo', '_hi'))})
grid = [dict(zip(('aesthetic', 'iqa', 'siamese'), w)) for w in itertools.product(np.round(np.arange(0, 1.01, 0.1), 1), repeat=3) if abs(sum(w) - 1) < 1e-9]
search = pd.DataFrame([dict(**w, tie_margin=m, **{k: evaluate_scores(proto, composite(w, m))[k] for k in ('pair_acc', 'top1')})
                       for w in grid for m in (0., 0.05)]).sort_values(['pair_acc', 'top1'], ascending=False)
search.round(4).to_csv(Path(__file__).parent/'protocol_weights_cv.csv', index=False)
print(search.head(8).round(3).to_string(index=False))
ch = search.iloc[0]
print('chosen:', {c: ch[c] for c in S}, 'tie', ch.tie_margin, bootstrap_metrics(proto, composite({c: ch[c] for c in S}, ch.tie_margin), 500))
