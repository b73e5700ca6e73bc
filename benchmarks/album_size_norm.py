"""Does a small folder get worse picks than a large album? `pick_series` maps each component to [0, 1] by the album's
lowest and highest value (`_album_norm`), so the components' relative weight depends on what else is in the folder: in
a one-burst folder each component is stretched by that burst's own range, noise-level differences included.

The album's default run once on each of two albums of the varied recipe (120 bursts each, 1024 px, one flat folder,
as `select_album` sees them): the test photos' album of 08a_protocol (seed 4) and the validation album of the grouping
benchmarks (training and validation photos, seed 5). Then, keeping each photo's raw components and its series, the
picks are made again on sub-albums of k true bursts (every burst alone for k = 1; 300 random draws otherwise), with:
- `album min-max`: as shipped;
- `fixed scale`: every component mapped by the *validation* album's lowest and highest, whatever the folder holds
  (what a fixed calibration would do; chosen on the validation album, so the test album's figures are unseen);
- `floored`: the album's range, but never less than `norm_floors` (half the validation album's range, rounded: the
  album's default since this probe), centred on 0.5 — identical to min-max wherever the album's range is at least that.
Printed and written to album_size_norm.csv: the burst's one pick its best photo (`only_best`, as 08a counts it) over
the multi-photo bursts of every draw, and `series_pick_changes`, the share of multi-photo bursts whose pick differs
from the one the whole album gives it.

    python benchmarks/album_size_norm.py          # WORK_DIR=/tmp/phototriage-protocol; a few minutes, cold
"""
import os
from pathlib import Path
from unittest.mock import patch
import numpy as np, pandas as pd
import phototriage.picking as picking
from phototriage.synthetic import protocol_photos, source_split
from phototriage.ingest import make_synthetic_album
from phototriage.album import select_album
from phototriage.protocol import album_best_picked
from phototriage.weights import atomic_write
from validation_album import validation_album

work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
COMPONENTS = ['aesthetic', 'iqa', 'siamese', 'portrait']
WEIGHTS = picking.PROTOCOL_WEIGHTS

def album_selection(album:Path, truth:pd.DataFrame, name:str)->pd.DataFrame:
    "The album's default selection (raw components, series, pick) with its truth: one row per photo"
    out = work/f'size-norm-{name}'
    select_album(album, out, progress=False, export='none', sidecars='none')
    return pd.read_csv(out/'selection.csv').merge(truth[['path', 'burst', 'is_best']], on='path', validate='one_to_one')

photos = protocol_photos()
split = source_split([p.name for p in photos])
test_album = work/'size-norm-test-album'
if not (test_album/'ground_truth.csv').exists():   # 08a_protocol's album of its test photos, made the same way
    make_synthetic_album(test_album, n_bursts=120, photos=[p for p, s in zip(photos, split) if s == 'test'], seed=4,
                         long_side=1024, recipe='varied')
val_album, *_ = validation_album(work)
albums = {'test': album_selection(test_album, pd.read_csv(test_album/'ground_truth.csv'), 'test'),
          'validation': album_selection(val_album, pd.read_csv(val_album/'ground_truth.csv'), 'validation')}
ref = albums['validation'][COMPONENTS].agg(['min', 'max'])     # the validation album's scale of each component
print('validation album ranges:', {c: round(float(ref.loc['max', c] - ref.loc['min', c]), 4) for c in COMPONENTS})

def fixed_scale(v):
    lo, hi = ref.loc['min', v.name], ref.loc['max', v.name]
    return (np.asarray(v, float) - lo) / (hi - lo)

FLOORS = picking.DEFAULT_ALBUM_CONFIG['norm_floors']
print('half of them:', {c: round(float(ref.loc['max', c] - ref.loc['min', c]) / 2, 4) for c in COMPONENTS}, 'floors:', FLOORS)
NORMS = {'album min-max': None, 'fixed scale': fixed_scale, 'floored': FLOORS}

def picks(sub:pd.DataFrame, norm)->pd.DataFrame:
    "The sub-album's picks with floors `norm`, or `norm` in place of the normalisation (no tiebreak: the margin is 0)"
    if norm is None or isinstance(norm, dict):
        return picking.pick_series(sub[['series', *COMPONENTS, 'n_faces', 'pixels']], WEIGHTS, norm_floors=norm)
    with patch.object(picking, '_album_norm', lambda v, floor=0.: norm(v)):
        return picking.pick_series(sub[['series', *COMPONENTS, 'n_faces', 'pixels']], WEIGHTS)

rows, rng = [], np.random.default_rng(0)
for name, sel in albums.items():
    bursts = np.sort(sel.burst.unique())
    # the whole album, repicked: as shipped it gives the album's own picks (a check of this script)
    whole = picks(sel, None)
    assert (whole.pick == sel.pick).mean() > 0.99, (name, (whole.pick == sel.pick).mean())
    whole_pick = sel.assign(pick=whole.pick.values)
    for k in [1, 2, 3, 5, 10, 30, len(bursts)]:
        draws = [[b] for b in bursts] if k == 1 else [bursts] if k == len(bursts) else \
                [rng.choice(bursts, k, replace=False) for _ in range(300)]
        for norm_name, norm in NORMS.items():
            hits = n = changed = 0
            for draw in draws:
                sub = sel[sel.burst.isin(draw)]
                got = sub.assign(pick=picks(sub, norm).pick.values)
                r = album_best_picked(got, sub)
                if not r['bursts']: continue               # single photos only: no pick to judge
                hits += r['only_best'] * r['bursts']; n += r['bursts']
                multi = sub.groupby('burst').path.transform('size') > 1
                picked = lambda df: {b: set(g.path[g.pick.astype(bool)]) for b, g in df[multi].groupby('burst')}
                now, before = picked(got), picked(whole_pick.loc[sub.index])
                changed += sum(now[b] != before[b] for b in now)
            rows.append(dict(album=name, bursts_per_folder=k, norm=norm_name, draws=len(draws), bursts=n,
                             only_best=hits / n, series_pick_changes=changed / n))
            print(rows[-1])

table = pd.DataFrame(rows)
print(table.pivot_table(index=['album', 'bursts_per_folder'], columns='norm', values='only_best').round(3).to_string())
with atomic_write(Path(__file__).with_suffix('.csv')) as tmp: table.round(4).to_csv(tmp, index=False)
