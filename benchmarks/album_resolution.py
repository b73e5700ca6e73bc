"""Why does the album pick the best photo of a burst less often than the protocol's top-1 promises? One suspect: the
varied recipe's defects are sized in pixels (motion 2-25 px, defocus radius 1-6 px, per-pixel noise), the protocol's
series are 512 px and the album's photos 1024 px, and every model reads a photo shrunk to 160-288 px: at 1024 px the
same defect is half as large in the model's input as in the photos it was trained and measured on.

The test: 08a_protocol's album of its test photos (120 bursts of the varied recipe, seed 4, burst sizes and times as
`make_synthetic_album` draws them) written twice, at 512 px and at 1024 px, with *the same* bursts, degradations and
latent qualities (each photo's noise drawn from a generator of its own, so the size of one image does not shift the
next one's draws; only the noise's pixels differ between the two albums). Test photos smaller than 1024 px stay at
their own size, so the two albums differ only in the photos larger than 512 px.

Per album:
- `select_album` as it ships (its grouping, components and picks): `only_best` as 08a counts it;
- every component and scorer on the album's photos within the true bursts: the album's own columns (`aesthetic`: the
  quality head; `iqa`; `siamese`: the shipped model's round-robin on the album's thumbnails), and from the files the
  shipped Siamese at its best setting and `SiameseEnsemble`; each also repicked alone (`pick_series` on the album's own
  grouping, default floors); and the album's composite, as it ships and with `SiameseEnsemble` as its `siamese`. Pair accuracy over the bursts' pairs whose latent qualities differ by at least 0.5
  (the protocol's agreement >= 0.7 is a latent difference of about 0.85 for 1-2 reviewers; 0.5 keeps more pairs).

The same bursts, so differences are paired: intervals from 2,000 resamples of bursts. The suspect is confirmed when
the components' pair accuracy is higher at 512 px than at 1024 px with the interval above 0.

    OMP_NUM_THREADS=2 python benchmarks/album_resolution.py     # WORK_DIR=/tmp/phototriage-protocol; ~15 minutes
"""
import os, sys, time
from pathlib import Path
import numpy as np, pandas as pd
import phototriage.picking as picking
from phototriage.synthetic import protocol_photos, source_split
from phototriage.album import select_album
from phototriage.siamese import SiameseScorer, SiameseEnsemble
from phototriage.features import set_torch_threads
from phototriage.weights import atomic_write
sys.path.insert(0, str(Path(__file__).parent))
from album_tools import make_paired_album, check_paired, pair_acc_by_burst, only_best_by_burst, figure, paired_difference
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
SIZES = (512, 1024)

photos = protocol_photos(); split = source_split([p.name for p in photos])
test_photos = [p for p, s in zip(photos, split) if s == 'test']
albums = {size: work/f'resolution-album-{size}' for size in SIZES}
truths = {size: make_paired_album(albums[size], test_photos, size) for size in SIZES}
check_paired(*truths.values())

COLS = ['series', 'aesthetic', 'iqa', 'siamese', 'portrait', 'n_faces', 'pixels']
FLOORS = picking.DEFAULT_ALBUM_CONFIG['norm_floors']
ALONE = lambda c: {**dict(aesthetic=0, iqa=0, siamese=0, portrait=0), c: 1}
scorers = {'shipped Siamese, best setting (files)': SiameseScorer(test_time_sizes=[160, 224, 288], test_time_flip=True),
           'SiameseEnsemble (files)': SiameseEnsemble()}
per_burst = {}                                          # (size, what) -> per-burst figures, indexed by burst
for size in SIZES:
    out = work/f'resolution-album-{size}-out'; t = time.perf_counter()
    select_album(albums[size], out, progress=False, export='none', sidecars='none', cache_dir=work/f'resolution-cache-{size}')
    print(f'{size} px: select_album {time.perf_counter() - t:.0f} s', flush=True)
    sel = pd.read_csv(out/'selection.csv').merge(truths[size][['path', 'burst', 'quality', 'is_best']], on='path',
                                                 validate='one_to_one')
    photos_df = sel.assign(series_id=sel.burst)          # scorers score within the true bursts
    scores = {c: sel[c].to_numpy(float) for c in ('aesthetic', 'iqa', 'siamese')}
    for name, s in scorers.items():
        t = time.perf_counter(); scores[name] = s(photos_df); print(f'{size} px: {name} {time.perf_counter() - t:.0f} s', flush=True)
    per_burst[size, 'only best: album as it ships'] = only_best_by_burst(sel, sel.pick)
    per_burst[size, 'pair acc: album composite as it ships'] = pair_acc_by_burst(sel, sel.composite)
    for name, v in scores.items():
        col = name if name in ('aesthetic', 'iqa', 'siamese') else 'siamese'
        per_burst[size, f'only best: {name} alone'] = only_best_by_burst(
            sel, picking.pick_series(sel[COLS].assign(**{col: v}), ALONE(col), norm_floors=FLOORS).pick)
        per_burst[size, f'pair acc: {name}'] = pair_acc_by_burst(sel, v)
    ens = picking.pick_series(sel[COLS].assign(siamese=scores['SiameseEnsemble (files)']), picking.PROTOCOL_WEIGHTS,
                              norm_floors=FLOORS)
    per_burst[size, 'only best: composite, SiameseEnsemble as its siamese'] = only_best_by_burst(sel, ens.pick)
    per_burst[size, 'pair acc: composite, SiameseEnsemble as its siamese'] = pair_acc_by_burst(sel, ens.composite)
rows = []
for what in sorted({w for _, w in per_burst}):
    lo, hi = per_burst[512, what], per_burst[1024, what]
    rows.append(dict(measure=what, at_512=round(figure(lo), 4), at_1024=round(figure(hi), 4), **paired_difference(lo, hi),
                     bursts=len(lo), pairs=int(lo.total.sum()) if isinstance(lo, pd.DataFrame) else None))
    print(rows[-1], flush=True)
with atomic_write(Path(__file__).with_suffix('.csv')) as tmp: pd.DataFrame(rows).to_csv(tmp, index=False)
