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
import os, sys, time
from pathlib import Path
from phototriage.siamese import SiameseScorer
from phototriage.features import set_torch_threads
from phototriage.weights import atomic_write
sys.path.insert(0, str(Path(__file__).parent))
from album_tools import siamese_in_album
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
run224 = work/'siamese-input-224'
assert (run224/'model.safetensors').exists(), f'{run224}: train it first (siamese_two_models_fresh.py --train-only)'
scorers = {'shipped, 160 (files)': SiameseScorer(),
           'shipped, 160+224+288, mirror': SiameseScorer(test_time_sizes=[160, 224, 288], test_time_flip=True),
           'trained at 224, 224, mirror': SiameseScorer(run224, test_time_flip=True, test_time_sizes=[224])}

def siamese_scores(photos):
    "Each scorer's round-robin scores within the album's series, and the mean of the two"
    out = {}
    for name, s in scorers.items():
        t = time.perf_counter(); out[name] = s(photos); print(f'{name}: {time.perf_counter() - t:.0f} s', flush=True)
    out['mean of the two'] = (out['shipped, 160+224+288, mirror'] + out['trained at 224, 224, mirror']) / 2
    return out

table, own = siamese_in_album(work, siamese_scores)
r = table.set_index(['siamese', 'weights']).loc[('mean of the two', 'default composite')]
print(f"rule: {'worth' if r.vs_album_default > 0 and r.vs_lo > 0 else 'not worth'} building into the album: "
      f"only_best {r.only_best:.3f} against {own:.3f} (issue: 0.75), difference [{r.vs_lo:+.3f}, {r.vs_hi:+.3f}]")
with atomic_write(Path(__file__).with_suffix('.csv')) as tmp: table.to_csv(tmp, index=False)
