"""Does averaging Siamese CNNs trained with different seeds beat one, on photos they never saw? Measured out of fold
over the generalisation protocol's 59 training and validation photos (protocol_cv.py: the folds, and each fold's Siamese
trained by the shipped one's recipe on the other folds' photos), as the mirror average was (protocol_weights_cv.py):
seed 0's fold models are protocol_weights_cv.py's; seeds 1, 2, ... are trained here beside them. Each series is scored
by every seed's fold model (round-robin probabilities, plain), and the seeds' scores are averaged. Printed: each seed
alone, the averages of the first 2, 3, ... seeds, and the album composite's best weighting (`WEIGHT_GRID`, tie margins of
08a) with each; written to benchmarks/protocol_seed_ensemble_cv.csv (one row per scorer).

    OMP_NUM_THREADS=1 python benchmarks/protocol_seed_ensemble_cv.py [n_seeds] [K]   # default 3 seeds, 3 folds;
                                                   # about 15 minutes per fold model trained (one torch thread)
"""
import sys, time
from pathlib import Path
import numpy as np, pandas as pd
from phototriage.features import photo_features
from phototriage.evaluation import score_with
from phototriage.iqa import RuleScorer
from phototriage.pairwise import HeadScorer
from phototriage.siamese import SiameseScorer
from phototriage.picking import QUALITY_HEAD
from protocol_cv import WORK, cv_datasets, photo_folds, fold_siamese, figures, search_weights

n_seeds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
K = int(sys.argv[2]) if len(sys.argv) > 2 else 3
proto, more = cv_datasets()
fold, held = photo_folds(sorted(proto.photos.source.unique()), K)
photo_fold = proto.photos.source.map(fold).to_numpy()
def fold_run(k, seed): return WORK/'cv-siamese-59-2700'/(f'fold{k}-of-{K}' + (f'-seed{seed}' if seed else ''))
for seed in range(n_seeds):                  # every seed's fold models first (the slow part; a rerun reuses them)
    for k in range(K):
        t = time.perf_counter(); fold_siamese(more, fold, held, k, fold_run(k, seed), seed=seed)
        print(f'seed {seed}, fold {k}: {time.perf_counter() - t:.0f} s', flush=True)
by_seed = np.zeros((n_seeds, len(proto.photos)))
for seed in range(n_seeds):
    for k in range(K):
        rows = np.flatnonzero(photo_fold == k)
        by_seed[seed, rows] = score_with(SiameseScorer(fold_run(k, seed), test_time_flip=False), proto.photos.iloc[rows])
feats = photo_features(proto, ('cnn', 'iqa'))
S = dict(aesthetic=np.asarray(score_with(HeadScorer(QUALITY_HEAD), proto.photos, feats), float),
         iqa=np.asarray(score_with(RuleScorer(), proto.photos, feats), float))
table = []
for name, s in [*((f'seed {i}', by_seed[i]) for i in range(n_seeds)),
                *((f'mean of seeds 0-{n - 1}', by_seed[:n].mean(0)) for n in range(2, n_seeds + 1))]:
    best = max(search_weights(proto, {**S, 'siamese': s}), key=lambda r: (r['pair_acc'], r['top1']))
    comp = {f'composite_{m}': v for m, v in best.items()}
    table.append(dict(scorer=name, **figures(proto, s), **comp))
    print(table[-1], flush=True)
table = pd.DataFrame(table)
table.to_csv(Path(__file__).parent/'protocol_seed_ensemble_cv.csv', index=False)
print(table.round(3).to_string(index=False))
