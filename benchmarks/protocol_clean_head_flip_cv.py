"""Does the Siamese's mirror average (`test_time_flip`) belong in the album's composite once the quality head is clean?
protocol_weights_cv.py chose the composite without it, but with the head shipped then, which had seen most of the
photos. Here, out of fold over the protocol's 59 training and validation photos (protocol_cv.py's folds): the fold
quality heads of the shipped recipe (protocol_clean_head_cv.py's `protocol` heads), `iqa_combined`, and the fold
Siamese CNNs of protocol_weights_cv.py scored plain and with the mirror average; `WEIGHT_GRID` and tie margins searched
for each. Printed and written to benchmarks/protocol_clean_head_flip_cv.csv (best first within each setting).

    OMP_NUM_THREADS=1 python benchmarks/protocol_clean_head_flip_cv.py [K]   # needs both scripts' fold models; ~5 min
"""
import sys
from pathlib import Path
import numpy as np, pandas as pd
from phototriage.features import photo_features
from phototriage.evaluation import score_with
from phototriage.iqa import RuleScorer
from phototriage.pairwise import HeadScorer
from phototriage.siamese import SiameseScorer
from protocol_cv import WORK, cv_datasets, photo_folds, figures, search_weights

K = int(sys.argv[1]) if len(sys.argv) > 1 else 3
proto, _ = cv_datasets()
fold, _ = photo_folds(sorted(proto.photos.source.unique()), K)
photo_fold = proto.photos.source.map(fold).to_numpy()
feats = photo_features(proto, ('cnn', 'iqa'))
head, siamese = np.zeros(len(proto.photos)), {False: np.zeros(len(proto.photos)), True: np.zeros(len(proto.photos))}
for k in range(K):
    rows = np.flatnonzero(photo_fold == k)
    head_run, siamese_run = WORK/'cv-head-59-protocol'/f'fold{k}-of-{K}', WORK/'cv-siamese-59-2700'/f'fold{k}-of-{K}'
    assert (head_run/'test_results.json').exists() and (siamese_run/'test_results.json').exists(), 'run the other two scripts first'
    head[rows] = score_with(HeadScorer(head_run), proto.photos.iloc[rows], {g: np.asarray(v)[rows] for g, v in feats.items()})
    for flip in siamese: siamese[flip][rows] = score_with(SiameseScorer(siamese_run, test_time_flip=flip), proto.photos.iloc[rows])
iqa = np.asarray(score_with(RuleScorer(), proto.photos, feats), float)
rows_out = []
for flip, s in siamese.items():
    print(f'Siamese alone, test_time_flip={flip}:', figures(proto, s), flush=True)
    found = pd.DataFrame(search_weights(proto, dict(aesthetic=head, iqa=iqa, siamese=s), test_time_flip=flip))
    found = found.sort_values(['pair_acc', 'top1'], ascending=False, kind='stable')
    print(found.head(5).round(4).to_string(index=False), flush=True)
    rows_out.append(found)
table = pd.concat(rows_out).round(4)
table.to_csv(Path(__file__).parent/'protocol_clean_head_flip_cv.csv', index=False)
best = table.sort_values(['pair_acc', 'top1'], ascending=False, kind='stable').iloc[0]
print('best overall:', best.to_dict())
