"""Would the album's composite weights be chosen differently at the album's size? The default (quality head 0.14, iqa
0.21, Siamese 0.35 of the non-portrait 0.7) was cross-validated on 512-px protocol series; at 1024 px the quality head
orders pairs worse (`album_resolution.py`) and the composite's lead over its Siamese is gone
(`album_composite_scale.py`). A description, not a choice (nothing is adopted here): on the paired albums of the
validation and of the test photos (`album_tools`, 120 bursts, seed 4, 512 and 1024 px), `select_album` as it ships
once, then the composite recomputed (`pick_series`, default floors) for every weighting of the three components on a
0.1 grid of the non-portrait share (66 weightings); pair accuracy within the true bursts (latent qualities at least 0.5
apart). Printed: where the default ranks, the best weighting on each album, and how well the validation photos'
ranking of the weightings predicts the test photos' (Pearson over the 66).

    OMP_NUM_THREADS=2 python benchmarks/album_weights_scale.py   # WORK_DIR=/tmp/phototriage-protocol; ~1 minute with
                                                                 # album_composite_scale.py's albums and caches made
"""
import os, sys, itertools
from pathlib import Path
import numpy as np, pandas as pd
import phototriage.picking as picking
from phototriage.synthetic import protocol_photos, source_split
from phototriage.album import select_album
from phototriage.weights import atomic_write
sys.path.insert(0, str(Path(__file__).parent))
from album_tools import make_paired_album, pair_acc_by_burst, figure
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
photos = protocol_photos(); split_of = dict(zip([p.name for p in photos], source_split([p.name for p in photos])))
COLS = ['series', 'aesthetic', 'iqa', 'siamese', 'portrait', 'n_faces', 'pixels']
FLOORS = picking.DEFAULT_ALBUM_CONFIG['norm_floors']
D = picking.PROTOCOL_WEIGHTS
share = D['aesthetic'] + D['iqa'] + D['siamese']
grid = [dict(aesthetic=round(a * share, 3), iqa=round(i * share, 3), siamese=round(s * share, 3), portrait=D['portrait'])
        for a, i, s in itertools.product(np.round(np.arange(0, 1.01, 0.1), 1), repeat=3) if abs(a + i + s - 1) < 1e-9]
default = dict(D)
rows = []
for which in ('valid', 'test'):
    chosen = [p for p in photos if split_of[p.name] == which]
    for size in (512, 1024):
        album = work/(f'resolution-album-{size}' if which == 'test' else f'resolution-album-valid-{size}')
        truth = make_paired_album(album, chosen, size)
        out = work/f'weights-scale-out-{which}-{size}'
        select_album(album, out, progress=False, export='none', sidecars='none', cache_dir=work/f'resolution-cache-{which}-{size}')
        sel = pd.read_csv(out/'selection.csv').merge(truth[['path', 'burst', 'quality', 'is_best']], on='path', validate='one_to_one')
        for w in [default] + grid:
            comp = picking.pick_series(sel[COLS], w, norm_floors=FLOORS).composite
            rows.append(dict(photos=which, size=size, default=w is default, **{k: w[k] for k in ('aesthetic', 'iqa', 'siamese')},
                             pair_acc=round(figure(pair_acc_by_burst(sel, comp)), 4)))
table = pd.DataFrame(rows)
with atomic_write(Path(__file__).with_suffix('.csv')) as f: table.to_csv(f, index=False)
for size in (512, 1024):
    g = {w: table[(table.photos == w) & (table['size'] == size) & ~table.default].reset_index(drop=True) for w in ('valid', 'test')}
    for w, t in g.items():
        d = table[(table.photos == w) & (table['size'] == size) & table.default].pair_acc.iloc[0]
        best = t.loc[t.pair_acc.idxmax()]
        print(f"{size} px, {w} photos: default {d:.3f}, above {(t.pair_acc < d).sum()} of {len(t)}; best {best.pair_acc:.3f} at "
              f"{best.aesthetic:g} / {best.iqa:g} / {best.siamese:g}")
    vbest = g['valid'].pair_acc.idxmax()
    print(f"{size} px: the validation photos' best weighting scores {g['test'].pair_acc[vbest]:.3f} on the test photos; "
          f"Pearson of the 66 weightings, validation against test: {np.corrcoef(g['valid'].pair_acc, g['test'].pair_acc)[0, 1]:.2f}")
