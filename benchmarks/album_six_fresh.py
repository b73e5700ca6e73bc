"""The six-member `SiameseEnsemble` in the album, on fresh albums of photos no shipped model trained on.

Why: issue 18 asks that the album's pick use the best measured scorer. On fresh series the six beat the album's one
160-px Siamese (top-1 +0.024 [+0.011, +0.039] against that model at its best setting, `siamese_six_pooled.py`), but the
album was only measured with them on 08a's one album of 109 bursts (+3.6 points, interval spanning 0). A user can pick
by the six today (`phototriage select --scorer phototriage.siamese:SiameseEnsemble`, or `select_album(scorer=)`),
at several times the album's time; this measures whether they should.

Albums: four new ones of 120 bursts at 1024 px (`make_synthetic_album`, varied recipe), seeds 60–63, from the 29
base photos no shipped model trained on (the protocol's validation and test photos: `fresh_series.fresh_sets`'
`unseen`). Each is picked by the album's defaults (`select_album`, as it ships); then, on the album's own series,
picked again (`pick_series`, the default weights and floors, no tiebreak) with the six's round-robin scores in place of
the album's Siamese component, and by the six alone (as `--scorer` picks). The figure: the share of true bursts of more
than one photo whose one pick is its best photo (`only best`); differences paired by burst, intervals by bootstrap
over bursts of the four albums pooled.

Rule (committed before any figure): the README and the album's docs recommend the six for a photographer who wants the
best picks and can wait, in whichever way (in the composite, or alone) does better, when that way's pooled difference
from the album as it ships is positive and its 95 % interval lies wholly above 0; otherwise the result is recorded and
nothing changes. Nothing here changes a default (the six cost several times the album's time: its speed target).

    OMP_NUM_THREADS=2 python benchmarks/album_six_fresh.py      # WORK_DIR=/tmp/phototriage-protocol
"""
import os, time
from pathlib import Path
import numpy as np, pandas as pd
import phototriage.picking as picking
from phototriage.album import select_album
from phototriage.protocol import album_burst_hits
from phototriage.features import set_torch_threads
from phototriage.siamese import SiameseEnsemble
from phototriage.weights import atomic_write
from album_tools import unseen_photos, fresh_album, ALBUM_COLS
set_torch_threads()
here = Path(__file__).parent
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
SEEDS = (60, 61, 62, 63)
unseen = unseen_photos()
COLS = ALBUM_COLS
FLOORS = picking.DEFAULT_ALBUM_CONFIG['norm_floors']
six = SiameseEnsemble()

per_burst, summary = [], []
for seed in SEEDS:
    album, out = work/f'six-album-{seed}', work/f'six-album-{seed}-out'
    truth = fresh_album(album, seed, unseen)
    t = time.perf_counter()
    res = select_album(album, out, progress=False, export='none', sidecars='none', cache_dir=work/'six-album-cache')
    t_album = time.perf_counter() - t
    sel = pd.read_csv(out/'selection.csv')
    own = picking.pick_series(sel[COLS], picking.PROTOCOL_WEIGHTS, norm_floors=FLOORS).pick.to_numpy()
    assert (own == sel.pick.to_numpy()).mean() > 0.99, 'the repicking does not reproduce the album'
    t = time.perf_counter()
    s6 = np.asarray(six(sel.assign(series_id=sel.series)), float)
    t_six = time.perf_counter() - t
    picks = {'album as shipped': sel.pick.to_numpy(),
             'six in the default composite': picking.pick_series(sel[COLS].assign(siamese=s6), picking.PROTOCOL_WEIGHTS,
                                                                 norm_floors=FLOORS).pick.to_numpy(),
             'six alone': picking.pick_series(sel[COLS].assign(siamese=s6), dict(aesthetic=0, iqa=0, siamese=1, portrait=0),
                                              norm_floors=FLOORS).pick.to_numpy()}
    hits = pd.DataFrame({k: album_burst_hits(sel.assign(pick=v), truth).only_best for k, v in picks.items()}).astype(float)
    per_burst.append(hits.assign(album=seed))
    line = dict(album=f'seed {seed}', photos=len(sel), bursts=len(hits), album_s=round(t_album, 1), six_s=round(t_six, 1),
                **{k: round(float(v.mean()), 4) for k, v in hits.drop(columns='album', errors='ignore').items()})
    summary.append(line); print(line, flush=True)

hits = pd.concat(per_burst, ignore_index=True)
names = list(picks)
rng = np.random.default_rng(0)
draws = rng.choice(len(hits), (2000, len(hits)))
base = hits[names[0]].to_numpy()
pooled = dict(album='pooled', photos=sum(r['photos'] for r in summary), bursts=len(hits),
              album_s=round(sum(r['album_s'] for r in summary), 1), six_s=round(sum(r['six_s'] for r in summary), 1),
              **{k: round(float(hits[k].mean()), 4) for k in names})
for k in names[1:]:
    d = (hits[k].to_numpy() - base)[draws].mean(1)
    pooled[f'{k} vs album'] = round(float(hits[k].mean() - base.mean()), 4)
    pooled[f'{k} lo'], pooled[f'{k} hi'] = round(float(np.quantile(d, 0.025)), 4), round(float(np.quantile(d, 0.975)), 4)
summary.append(pooled); print(pooled, flush=True)
with atomic_write(here/'album_six_fresh.csv') as tmp: pd.DataFrame(summary).to_csv(tmp, index=False)
best = max(names[1:], key=lambda k: pooled[f'{k} vs album'])
met = pooled[f'{best} vs album'] > 0 and pooled[f'{best} lo'] > 0
print(f"rule {'met' if met else 'not met'}: best way {best}, {pooled[f'{best} vs album']:+.4f} "
      f"[{pooled[f'{best} lo']:+.4f}, {pooled[f'{best} hi']:+.4f}]")
