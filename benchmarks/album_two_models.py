"""Would the album pick better with the two Siamese models averaged? On the protocol's test photos the mean of the
shipped Siamese (at its best setting: 160+224+288 px and mirrors) and the one trained at 224 px (224 px and mirror)
scored 0.854 agreed pairs / 0.760 top-1 (`siamese_two_models_probe.py`), and on 750 fresh series it beat the shipped
model's best setting by +0.018 / +0.031 (`siamese_two_models_fresh.py`). The album is a different measure (its own
grouping, the composite, 1024-px photos): the three sizes alone did not move it (`siamese_sizes_album.py`). Before
building a two-model Siamese into the album, this measures what it would give.

08a_protocol's album of its test photos (120 bursts of the varied recipe, 1024 px, one flat folder, seed 4; made as
`album_size_norm.py` makes it), `select_album`'s default run once (its grouping, its components). Then the `siamese`
component replaced, photo by photo, by a scorer's round-robin within the album's own series (`SiameseScorer` on the
files), and the picks made again with `pick_series` (the default weights and floors; no tiebreak: the margin is 0):
- `album's own`: the album's `siamese` column as it ran (the shipped model on its 320-px thumbnails);
- `shipped, 160 (files)`: the shipped model as it ships, read from the files (how far reading files moves it);
- `shipped, 160+224+288, mirror`;  `trained at 224, 224, mirror`;  `mean of the two` (of those two).
Each with the default composite and alone (weights: Siamese 1). `only_best` as 08a counts it (109 multi-photo bursts).

The rule, written before the figures: a two-model Siamese is worth building into the album when `mean of the two`
in the default composite scores a higher `only_best` than `album's own` and the paired bootstrap interval of the
difference (2,000 resamples of bursts) lies above 0; otherwise not. The issue's 75 % is read off the same figure.

    OMP_NUM_THREADS=2 python benchmarks/album_two_models.py    # WORK_DIR=/tmp/phototriage-protocol (the 224-px run
                                                               # of siamese_two_models_fresh.py must be there)
"""
import os, time
from pathlib import Path
import numpy as np, pandas as pd
import phototriage.picking as picking
from phototriage.synthetic import protocol_photos, source_split
from phototriage.ingest import make_synthetic_album
from phototriage.album import select_album
from phototriage.siamese import SiameseScorer
from phototriage.features import set_torch_threads
from phototriage.weights import atomic_write
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
run224 = work/'siamese-input-224'
assert (run224/'model.safetensors').exists(), f'{run224}: train it first (siamese_two_models_fresh.py --train-only)'
album = work/'size-norm-test-album'
if not (album/'ground_truth.csv').exists():        # 08a_protocol's album of its test photos, made the same way
    photos = protocol_photos(); split = source_split([p.name for p in photos])
    make_synthetic_album(album, n_bursts=120, photos=[p for p, s in zip(photos, split) if s == 'test'], seed=4,
                         long_side=1024, recipe='varied')
truth = pd.read_csv(album/'ground_truth.csv')
out = work/'two-models-album-default'
select_album(album, out, progress=False, export='none', sidecars='none')
sel = pd.read_csv(out/'selection.csv').merge(truth[['path', 'burst', 'is_best']], on='path', validate='one_to_one')
photos = sel.assign(series_id=sel.series)

scorers = {'shipped, 160 (files)': SiameseScorer(),
           'shipped, 160+224+288, mirror': SiameseScorer(test_time_sizes=[160, 224, 288], test_time_flip=True),
           'trained at 224, 224, mirror': SiameseScorer(run224, test_time_flip=True, test_time_sizes=[224])}
siamese = {"album's own": sel.siamese.to_numpy()}
for name, s in scorers.items():
    t = time.perf_counter(); siamese[name] = s(photos); print(f'{name}: {time.perf_counter() - t:.0f} s', flush=True)
siamese['mean of the two'] = (siamese['shipped, 160+224+288, mirror'] + siamese['trained at 224, 224, mirror']) / 2

COLS = ['series', 'aesthetic', 'iqa', 'siamese', 'portrait', 'n_faces', 'pixels']
FLOORS = picking.DEFAULT_ALBUM_CONFIG['norm_floors']
WEIGHTS = {'default composite': picking.PROTOCOL_WEIGHTS,
           'Siamese alone': dict(aesthetic=0, iqa=0, siamese=1, portrait=0)}
multi = sel.groupby('burst').path.transform('size') > 1
bursts = np.sort(sel.burst[multi].unique())

def hits(pick:np.ndarray)->pd.Series:
    "Per multi-photo burst: its one pick is its best photo"
    p = pd.Series(pick.astype(bool), index=sel.index)[multi]
    hit = (p & sel.is_best[multi].astype(bool)).groupby(sel.burst[multi]).any()
    return (hit & (p.groupby(sel.burst[multi]).sum() == 1)).reindex(bursts)

own = picking.pick_series(sel[COLS], picking.PROTOCOL_WEIGHTS, norm_floors=FLOORS).pick.to_numpy()
assert (own == sel.pick.to_numpy()).mean() > 0.99, 'the repicking does not reproduce the album'
results = {(s, w): hits(picking.pick_series(sel[COLS].assign(siamese=v), wt, norm_floors=FLOORS).pick.to_numpy())
           for s, v in siamese.items() for w, wt in WEIGHTS.items()}
rng = np.random.default_rng(0)
draws = rng.multinomial(len(bursts), np.full(len(bursts), 1 / len(bursts)), 2000)   # the same resamples for every row
base = results["album's own", 'default composite'].to_numpy(float)
rows = []
for (s, w), h in results.items():
    d = draws @ (h.to_numpy(float) - base) / len(bursts)
    rows.append(dict(siamese=s, weights=w, only_best=round(float(h.mean()), 4),
                     vs_album_default=round(float(h.mean() - base.mean()), 4),
                     vs_lo=round(float(np.quantile(d, 0.025)), 4), vs_hi=round(float(np.quantile(d, 0.975)), 4),
                     bursts=len(h)))
    print(rows[-1], flush=True)
table = pd.DataFrame(rows)
r = table.set_index(['siamese', 'weights']).loc[('mean of the two', 'default composite')]
print(f"rule: {'worth' if r.vs_album_default > 0 and r.vs_lo > 0 else 'not worth'} building into the album: "
      f"only_best {r.only_best:.3f} against {base.mean():.3f} (issue: 0.75), difference [{r.vs_lo:+.3f}, {r.vs_hi:+.3f}]")
with atomic_write(Path(__file__).with_suffix('.csv')) as tmp: table.to_csv(tmp, index=False)
