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
import os, sys, itertools, time
from pathlib import Path
import numpy as np, pandas as pd
from phototriage.data import TriageData, read_phototriage, unit_hash
from phototriage.synthetic import protocol_dataset, protocol_training_dataset, split_by_source
from phototriage.features import photo_features
from phototriage.evaluation import evaluate_scores, score_with
from phototriage.iqa import RuleScorer
from phototriage.pairwise import HeadScorer
from phototriage.siamese import SiameseScorer, train_siamese, siamese_config
from phototriage.picking import pick_series, QUALITY_HEAD
from phototriage.protocol import bootstrap_metrics

K = int(sys.argv[1]) if len(sys.argv) > 1 else 3
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
proto = protocol_dataset(work/'protocol') if not (work/'protocol'/'synthetic_params.csv').exists() else \
        split_by_source(read_phototriage(work/'protocol'))
proto = proto.subset(proto.series.index[proto.series.split != 'test'])   # the protocol's test photos stay unseen
more = protocol_training_dataset(work/'more') if not (work/'more'/'synthetic_params.csv').exists() else \
       split_by_source(read_phototriage(work/'more'))                      # the shipped Siamese's training series
assert set(more.photos.source) == set(proto.photos.source)
feats = photo_features(proto, ('cnn', 'iqa'))
names = sorted(proto.photos.source.unique())
fold = {n: int(unit_hash(1, n) * K) for n in names}
held = {n: unit_hash(2, n) < 0.1 for n in names}                        # monitoring photos within the training folds
photo_fold = proto.photos.source.map(fold).to_numpy()
S = dict(aesthetic=np.asarray(score_with(HeadScorer(QUALITY_HEAD), proto.photos, feats), float),
         iqa=np.asarray(score_with(RuleScorer(), proto.photos, feats), float))
siamese_by_flip = {False: np.zeros(len(proto.photos)), True: np.zeros(len(proto.photos))}
for k in range(K):
    role = more.photos.source.map(lambda n: 'test' if fold[n] == k else ('valid' if held[n] else 'train'))
    sid_role = pd.Series(role.to_numpy(), index=more.photos.series_id).groupby(level=0).first()
    data = TriageData(more.photos.assign(split=role.to_numpy()), more.pairs.assign(split=more.pairs.series_id.map(sid_role).to_numpy()),
                      more.root, more.missing)
    data = data.subset(data.series.index[data.series.split != 'test'])  # the fold's photos: scored below, on the protocol's series
    run = work/'cv-siamese-59-2700'/f'fold{k}-of-{K}'
    t = time.perf_counter()
    if not (run/'test_results.json').exists(): train_siamese(data, run)
    rows = np.flatnonzero(photo_fold == k)
    scorer = SiameseScorer(run)
    for flip in (False, True):                                          # plain, and the mirror average (test_time_flip)
        scorer.config = {**scorer.config, 'test_time_flip': flip}
        siamese_by_flip[flip][rows] = score_with(scorer, proto.photos.iloc[rows])
    print(f'fold {k}: {sum(v == k for v in fold.values())} photos held out, {(role == "train").sum()} training '
          f'photo files; {time.perf_counter() - t:.0f} s', flush=True)
def figures(s): return {m: round(v, 3) for m, v in bootstrap_metrics(proto, s, 500).items() if not m.endswith(('_lo', '_hi'))}
for f, s in siamese_by_flip.items(): print(f'Siamese alone out of fold, test_time_flip={f}:', figures(s))
for c in ('aesthetic', 'iqa'): print(f'{c} alone:', figures(S[c]))
grid = [dict(zip(('aesthetic', 'iqa', 'siamese'), w)) for w in itertools.product(np.round(np.arange(0, 1.01, 0.1), 1), repeat=3) if abs(sum(w) - 1) < 1e-9]
rows = []
for flip, siamese in siamese_by_flip.items():         # the mirror average and the weights chosen together, for the composite
    table = pd.DataFrame(dict(series=proto.photos.series_id.to_numpy(), n_faces=0, portrait=0., **S, siamese=siamese))
    def composite(w, margin, table=table):
        strength = table.siamese.to_numpy()
        sel = pick_series(table, w, margin, (lambda i, j: float(strength[i] > strength[j])) if margin else None, resolution_penalty=0)
        return sel.composite.to_numpy() + sel.pick.to_numpy()
    rows += [dict(**w, tie_margin=m, test_time_flip=flip, **{k: evaluate_scores(proto, composite(w, m))[k] for k in ('pair_acc', 'top1')})
             for w in grid for m in (0., 0.05)]
    best = max(rows[-2 * len(grid):], key=lambda r: (r['pair_acc'], r['top1']))
    print(f'test_time_flip={flip}: best composite {best}', flush=True)
search = pd.DataFrame(rows).sort_values(['pair_acc', 'top1'], ascending=False, kind='stable')
search.round(4).to_csv(Path(__file__).parent/'protocol_weights_cv.csv', index=False)
print(search.head(8).round(3).to_string(index=False))
ch = search.iloc[0]; w = {c: ch[c] for c in ('aesthetic', 'iqa', 'siamese')}
table = pd.DataFrame(dict(series=proto.photos.series_id.to_numpy(), n_faces=0, portrait=0., **S, siamese=siamese_by_flip[bool(ch.test_time_flip)]))
strength = table.siamese.to_numpy()
sel = pick_series(table, w, ch.tie_margin, (lambda i, j: float(strength[i] > strength[j])) if ch.tie_margin else None, resolution_penalty=0)
print('chosen:', w, 'tie', ch.tie_margin, 'test_time_flip', ch.test_time_flip, figures(sel.composite.to_numpy() + sel.pick.to_numpy()))
print(f'the shipped configuration: test_time_flip {siamese_config().get("test_time_flip", False)}')
