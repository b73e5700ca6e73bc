"""How much does the shipped quality head's out-of-fold figure owe to having seen the photos, and which composite
weights does a head that never saw them call for? The shipped head (03_pairwise's baseline recipe: 600 series of the
base recipe at 800 px, seed 11) was trained on the 61 shared photos: 50 of the protocol's 59 training and validation
photos among them. Here the recipe is trained per fold of protocol_cv.py on the other folds' photos (a tenth of them
held for early stopping), so every series is scored by a head that never saw its photo, on two kinds of data:

- `shipped`: the shipped head's own data recipe (base, 600 series, 800 px, seed 11) over the 59 photos;
- `protocol`: `protocol_training_dataset`'s 2,700 series (varied recipe, 512 px), the fold Siamese CNNs' data.

With the fold Siamese CNNs of protocol_weights_cv.py (seed 0, plain) the album composite's weights are searched again
(`WEIGHT_GRID`, tie margins of 08a). Printed: each head alone and the best composites out of fold; written to
benchmarks/protocol_clean_head_cv.csv, and the whole search to protocol_clean_head_cv_search.csv.

    OMP_NUM_THREADS=1 python benchmarks/protocol_clean_head_cv.py [K]   # 3 folds; needs protocol_weights_cv.py's fold models
"""
import sys, time
from pathlib import Path
import numpy as np, pandas as pd
from phototriage.data import read_phototriage
from phototriage.synthetic import make_synthetic_phototriage, split_by_source, protocol_photos, source_split
from phototriage.features import photo_features
from phototriage.evaluation import score_with
from phototriage.iqa import RuleScorer
from phototriage.pairwise import HeadScorer, train_pairwise
from phototriage.siamese import SiameseScorer
from phototriage.picking import QUALITY_HEAD
from protocol_cv import WORK, cv_datasets, photo_folds, fold_data, figures, search_weights, composite_scores

K = int(sys.argv[1]) if len(sys.argv) > 1 else 3
proto, more = cv_datasets()
fold, held = photo_folds(sorted(proto.photos.source.unique()), K)
photo_fold = proto.photos.source.map(fold).to_numpy()
feats = photo_features(proto, ('cnn', 'iqa'))
base_dir = WORK/'head-base-800'
photos = protocol_photos()      # the shipped head's data recipe over the 59 training and validation photos (read where made alike)
make_synthetic_phototriage(base_dir, n_series=600, photos=[p for p, s in zip(photos, source_split([p.name for p in photos]))
                                                           if s != 'test'], seed=11, long_side=800, recipe='base', progress=False)
head_data = dict(shipped=split_by_source(read_phototriage(base_dir)), protocol=more)
assert set(head_data['shipped'].photos.source) == set(proto.photos.source)
siamese = np.zeros(len(proto.photos))
S = dict(shipped_head=np.asarray(score_with(HeadScorer(QUALITY_HEAD), proto.photos, feats), float),
         iqa=np.asarray(score_with(RuleScorer(), proto.photos, feats), float))
for recipe, data_all in head_data.items():
    S[f'{recipe}_fold_head'] = np.zeros(len(proto.photos))
    for k in range(K):
        t = time.perf_counter()
        run = WORK/f'cv-head-59-{recipe}'/f'fold{k}-of-{K}'
        if not (run/'test_results.json').exists():
            data = fold_data(data_all, fold, held, k)
            train_pairwise(data, photo_features(data, ('cnn', 'iqa')), run)   # content-keyed cache: extracted once
        rows = np.flatnonzero(photo_fold == k)
        S[f'{recipe}_fold_head'][rows] = score_with(HeadScorer(run), proto.photos.iloc[rows], {g: np.asarray(v)[rows] for g, v in feats.items()})
        if recipe == 'shipped':
            siamese[rows] = score_with(SiameseScorer(WORK/'cv-siamese-59-2700'/f'fold{k}-of-{K}', test_time_flip=False), proto.photos.iloc[rows])
        print(f'{recipe} fold {k}: {time.perf_counter() - t:.0f} s', flush=True)
S['siamese'] = siamese
table, search = [dict(scorer=f'{n} alone', **figures(proto, s)) for n, s in S.items()], []
for head in ('shipped_head', 'shipped_fold_head', 'protocol_fold_head'):
    comps = dict(aesthetic=S[head], iqa=S['iqa'], siamese=siamese)
    found = search_weights(proto, comps, head=head); search += found
    best = max(found, key=lambda r: (r['pair_acc'], r['top1']))
    default = next(r for r in found if (r['aesthetic'], r['iqa'], r['siamese'], r['tie_margin']) == (0.5, 0., 0.5, 0.))
    for what, r in (('best', best), ('the shipped default', default)):
        w = {c: r[c] for c in ('aesthetic', 'iqa', 'siamese')}
        table.append(dict(scorer=f'composite with {head}, {what}: {r["aesthetic"]:g} / {r["iqa"]:g} / {r["siamese"]:g}, '
                                 f'tie {r["tie_margin"]:g}', **figures(proto, composite_scores(proto, comps, w, r['tie_margin']))))
    print(table[-2:], flush=True)
table = pd.DataFrame(table)
table.to_csv(Path(__file__).parent/'protocol_clean_head_cv.csv', index=False)
pd.DataFrame(search).sort_values(['head', 'pair_acc', 'top1'], ascending=[True, False, False], kind='stable').round(4) \
  .to_csv(Path(__file__).parent/'protocol_clean_head_cv_search.csv', index=False)
print(table.round(3).to_string(index=False))
