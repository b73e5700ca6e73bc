"""Issue 18's "the composite never below its best component", on the four fresh albums of `album_six_fresh.py` (seeds
60–63, 120 bursts each at 1024 px, of the 29 photos no shipped model trained on; made and picked there, read here):
each album's own series picked again (`pick_series`, the default floors, no tiebreak) by each component alone and by
the default composite, the burst's one pick its best photo (`only best`); differences from the composite paired by
burst, intervals by bootstrap over the bursts of the four albums. Recorded, not chosen on.

    python benchmarks/album_components_fresh.py      # after album_six_fresh.py; WORK_DIR=/tmp/phototriage-protocol
"""
import os
from pathlib import Path
import numpy as np, pandas as pd
import phototriage.picking as picking
from phototriage.protocol import album_burst_hits
from phototriage.weights import atomic_write
from album_tools import ALBUM_COLS
here = Path(__file__).parent
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
COLS = ALBUM_COLS
FLOORS = picking.DEFAULT_ALBUM_CONFIG['norm_floors']
ALONE = {c: {k: float(k == c) for k in ('aesthetic', 'iqa', 'siamese', 'portrait')} for c in ('aesthetic', 'iqa', 'siamese')}
per_burst = []
for seed in (60, 61, 62, 63):
    truth = pd.read_csv(work/f'six-album-{seed}'/'ground_truth.csv')
    sel = pd.read_csv(work/f'six-album-{seed}-out'/'selection.csv')
    picks = {'default composite': picking.pick_series(sel[COLS], picking.PROTOCOL_WEIGHTS, norm_floors=FLOORS).pick,
             **{f'{c} alone': picking.pick_series(sel[COLS], w, norm_floors=FLOORS).pick for c, w in ALONE.items()}}
    assert (picks['default composite'].to_numpy() == sel.pick.to_numpy()).mean() > 0.99, 'not the album as it picked'
    per_burst.append(pd.DataFrame({k: album_burst_hits(sel.assign(pick=v.to_numpy()), truth).only_best
                                   for k, v in picks.items()}).astype(float))
hits = pd.concat(per_burst, ignore_index=True)
draws = np.random.default_rng(0).choice(len(hits), (2000, len(hits)))
base = hits['default composite'].to_numpy()
rows = []
for k in hits:
    d = (hits[k].to_numpy() - base)[draws].mean(1)
    rows.append(dict(picker=k, bursts=len(hits), only_best=round(float(hits[k].mean()), 4),
                     vs_composite=round(float(hits[k].mean() - base.mean()), 4),
                     lo=round(float(np.quantile(d, 0.025)), 4), hi=round(float(np.quantile(d, 0.975)), 4)))
    print(rows[-1])
with atomic_write(here/'album_components_fresh.csv') as tmp: pd.DataFrame(rows).to_csv(tmp, index=False)
