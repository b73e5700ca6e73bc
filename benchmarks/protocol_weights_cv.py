"""The album composite's weights chosen by cross-validation over the protocol's base photos, instead of on its 13
validation photos alone. The 59 training and validation photos of the generalisation protocol (08a_protocol's dataset:
900 series, varied recipe, 512 px; its 16 test photos are left out, so that 08a's test figures stay unseen) fall into
K folds by a hash of their name; for each fold a Siamese CNN is trained by the shipped Siamese's recipe (08a: 05_siamese's
default configuration, seed 0, on `protocol_training_dataset`'s 2,700 series) restricted to the other folds' photos (a
tenth of them held for monitoring), and scores the fold's series of the protocol, so every series gets a Siamese score
from a model that never saw its photo. Each fold model scores its photos plain and with the mirror average
(`test_time_flip`, 05_siamese); the weights are searched with each, and the setting and weights that give the best
composite are chosen together (the shipped configuration's setting is printed beside it). The quality head is the
shipped one and `iqa_combined` needs no training. The 0.1 grid of (aesthetic, iqa, siamese) weights and the tie margins
of 08a are then measured on all those photos' series at once (pairwise accuracy first, then top-1, as 08a chooses), and the
table is written to benchmarks/protocol_weights_cv.csv, best first: the shipped default (`PROTOCOL_WEIGHTS`,
06b_picking) is its first row.

    OMP_NUM_THREADS=1 python benchmarks/protocol_weights_cv.py [K]   # default 3 folds; about 17 minutes a fold
"""
import sys, time
from pathlib import Path
import numpy as np, pandas as pd
from phototriage.features import photo_features
from phototriage.evaluation import score_with
from phototriage.iqa import RuleScorer
from phototriage.pairwise import HeadScorer
from phototriage.siamese import SiameseScorer, siamese_config
from phototriage.picking import QUALITY_HEAD
from protocol_cv import WORK, cv_datasets, photo_folds, fold_siamese, figures, search_weights, composite_scores

K = int(sys.argv[1]) if len(sys.argv) > 1 else 3
proto, more = cv_datasets()
feats = photo_features(proto, ('cnn', 'iqa'))
names = sorted(proto.photos.source.unique())
fold, held = photo_folds(names, K)
photo_fold = proto.photos.source.map(fold).to_numpy()
S = dict(aesthetic=np.asarray(score_with(HeadScorer(QUALITY_HEAD), proto.photos, feats), float),
         iqa=np.asarray(score_with(RuleScorer(), proto.photos, feats), float))
siamese_by_flip = {False: np.zeros(len(proto.photos)), True: np.zeros(len(proto.photos))}
for k in range(K):
    t = time.perf_counter()
    run = fold_siamese(more, fold, held, k, WORK/'cv-siamese-59-2700'/f'fold{k}-of-{K}')
    rows = np.flatnonzero(photo_fold == k)
    scorer = SiameseScorer(run)
    for flip in (False, True):                                          # plain, and the mirror average (test_time_flip)
        scorer.config = {**scorer.config, 'test_time_flip': flip}
        siamese_by_flip[flip][rows] = score_with(scorer, proto.photos.iloc[rows])
    print(f'fold {k}: {sum(v == k for v in fold.values())} photos held out; {time.perf_counter() - t:.0f} s', flush=True)
for f, s in siamese_by_flip.items(): print(f'Siamese alone out of fold, test_time_flip={f}:', figures(proto, s))
for c in ('aesthetic', 'iqa'): print(f'{c} alone:', figures(proto, S[c]))
rows = []
for flip, siamese in siamese_by_flip.items():         # the mirror average and the weights chosen together, for the composite
    found = search_weights(proto, {**S, 'siamese': siamese}, test_time_flip=flip); rows += found
    best = max(found, key=lambda r: (r['pair_acc'], r['top1']))
    print(f'test_time_flip={flip}: best composite {best}', flush=True)
search = pd.DataFrame(rows).sort_values(['pair_acc', 'top1'], ascending=False, kind='stable')
search.round(4).to_csv(Path(__file__).parent/'protocol_weights_cv.csv', index=False)
print(search.head(8).round(3).to_string(index=False))
ch = search.iloc[0]; w = {c: ch[c] for c in ('aesthetic', 'iqa', 'siamese')}
print('chosen:', w, 'tie', ch.tie_margin, 'test_time_flip', ch.test_time_flip,
      figures(proto, composite_scores(proto, {**S, 'siamese': siamese_by_flip[bool(ch.test_time_flip)]}, w, ch.tie_margin)))
print(f'the shipped configuration: test_time_flip {siamese_config().get("test_time_flip", False)}')
