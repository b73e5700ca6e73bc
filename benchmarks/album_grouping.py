"""How alike a burst's photos must be to stay one series (06b_picking's `group_series`), chosen on an album of the
protocol's *validation and training* photos, never its test photos: 120 bursts of the varied recipe (seed 5, 1024 px,
`make_synthetic_album`, bursts 0.5 s apart inside, 1-10 min between), analysed as `select_album` analyses them.

Printed and written to album_grouping.csv, for each `burst_similarity` (the likeness a photo taken less than a second
after its series' last needs; `min_similarity` 0.75 otherwise):
- how alike a burst's photos are (each photo's best cosine to the photos before it in its burst) and how alike
  consecutive bursts of different scenes are (their best cosine pair);
- grouping ARI and series found, with the album's times, and with the bursts squeezed to 0.5 s apart (the worst case:
  a new scene half a second later, where only likeness can separate them);
- the album's picks with the shipped default: best photo picked, the burst's one pick (`only_best`), picks per burst.
Chosen: the value with the highest mean of the two ARIs (right with the album's times and in the worst case alike).
Also the same cosines on the three real series of `../shared/data/phototriage/demo-series` (no times).

The sweep was first run before `bridge_spoiled` (a lone spoiled frame inside a burst rejoins it) existed, so it runs
with it off, as then (album_grouping.csv); `bridged` runs it with it on, as the album now groups
(album_grouping_bridged.csv). The rule for the bridged sweep, committed before it was run: its choice (the same
criterion) is recorded; if it is not 0.6, that value is only a candidate, to be tried on fresh albums under a rule of
its own before it could become the default; if it is 0.6, the default stands as chosen.

    python benchmarks/album_grouping.py [bridged]   # WORK_DIR=/tmp/phototriage-protocol; about a minute after the album
"""
import os, sys
from pathlib import Path
import numpy as np, pandas as pd
from sklearn.metrics import adjusted_rand_score
from phototriage.data import shared_data_dir
from phototriage.ingest import analyse_photos, ingest
from phototriage.picking import group_series
from phototriage.album import select_album
from phototriage.protocol import album_best_picked
from phototriage.weights import atomic_write
from validation_album import validation_album

work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
bridged = sys.argv[1:] == ['bridged']
if sys.argv[1:] and not bridged: sys.exit(f'usage: {sys.argv[0]} [bridged]')
album, seen, truth, table, emb = validation_album(work)
e = emb / np.linalg.norm(emb, axis=1, keepdims=True)

inside = []                                              # each photo's best cosine to the earlier photos of its burst
for _, g in table.groupby('burst'):
    idx = g.index[np.argsort(g.time.to_numpy(), kind='stable')]
    inside += [(e[idx[:k]] @ e[idx[k]]).max() for k in range(1, len(idx))]
groups = table.groupby('burst').groups; bursts = sorted(groups)
across = [(e[groups[a]] @ e[groups[b]].T).max() for a, b in zip(bursts, bursts[1:])]
q = lambda v, ps: ', '.join(f'{p:.0%} {np.quantile(v, p):.3f}' for p in ps)
print(f'{len(table)} photos, {len(bursts)} bursts of {len(seen)} photos; inside a burst ({len(inside)}): {q(inside, [0, .05, .1, .5])}')
print(f'consecutive bursts ({len(across)}): {q(across, [.5, .9, .95, 1])}')

squeezed = table.time.rank(method='first').to_numpy() * 0.5    # every photo 0.5 s after the one before: bursts back to back
rows = []
for burst_similarity in (0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75):
    row = dict(burst_similarity=burst_similarity, inside_below=np.mean(np.array(inside) < burst_similarity),
               across_at_least=np.mean(np.array(across) >= burst_similarity))
    for name, t in (('', table.time), ('squeezed_', squeezed)):
        s = group_series(t, emb, burst_similarity=burst_similarity, bridge_spoiled=bridged)
        row.update({f'{name}ari': adjusted_rand_score(table.burst, s), f'{name}series': len(set(s))})
    row = {k: float(v) if isinstance(v, np.floating) else v for k, v in row.items()}
    out = work/(f'validation-album-out-{burst_similarity}' + ('-bridged' if bridged else ''))
    select_album(album, out, progress=False, export='none', sidecars='none', grouping=dict(burst_similarity=burst_similarity, bridge_spoiled=bridged))
    row.update(album_best_picked(pd.read_csv(out/'selection.csv'), truth))
    print({k: round(v, 3) if isinstance(v, float) else v for k, v in row.items()}, flush=True); rows.append(row)
res = pd.DataFrame(rows).assign(mean_ari=lambda d: (d.ari + d.squeezed_ari) / 2)
with atomic_write(Path(__file__).with_name('album_grouping' + ('_bridged' if bridged else '') + '.csv')) as tmp: res.round(4).to_csv(tmp, index=False)   # whole or not at all
best = res.loc[res.mean_ari.idxmax()]    # the choice: grouping right with the album's times and in the worst case alike
print(f'chosen: burst_similarity {best.burst_similarity} (mean ARI {best.mean_ari:.3f}: {best.ari:.3f} and squeezed {best.squeezed_ari:.3f})')

if (shared := shared_data_dir()) is not None:             # real series: how alike within, how alike across
    found, _ = ingest(shared/'phototriage'/'demo-series')
    t, emb, _ = analyse_photos(found.path, progress=False)
    e = emb / np.linalg.norm(emb, axis=1, keepdims=True); cos = e @ e.T
    scene = np.array([Path(p).parent.name for p in t.path]); same = scene[:, None] == scene[None]
    off = ~np.eye(len(scene), dtype=bool)
    print(f'demo-series ({len(scene)} real photos, {len(set(scene))} scenes): within a scene {cos[same & off].min():.3f}'
          f'-{cos[same & off].max():.3f}, across scenes {cos[~same].min():.3f}-{cos[~same].max():.3f}')
