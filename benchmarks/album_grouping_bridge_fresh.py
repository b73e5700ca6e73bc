"""`bridge_spoiled` on fresh albums. album_grouping_bridge.py's rule album (seed 5) held no lone spoiled frame inside a
burst, so bridging changed nothing there and its rule was not met; on the seed-4 albums, already seen, it mended
splits. This asks again on albums no figure has been seen of: paired albums (`album_tools.make_paired_album`, 120 bursts
of the varied recipe) of the protocol's 13 validation photos with seeds 6, 7 and 8, each at 512 and 1024 px (six
albums), `bridge_spoiled` off (as it ships) and on, the shipped thresholds otherwise: grouping ARI and bursts split
with the albums' times and squeezed to 0.5 s apart (the worst case), and `select_album` end to end (the burst's one
pick its best photo, `only_best`).

The rule, written before any figure: `bridge_spoiled` becomes the album's default when, pooled over the six albums,
`only_best` with it is not below `only_best` without (paired over bursts: the point difference ≥ 0, its interval not
wholly below 0), the mean ARI with the albums' times rises, and the mean squeezed ARI falls by no more than 0.005.
The test photos are not used.

    OMP_NUM_THREADS=1 python benchmarks/album_grouping_bridge_fresh.py   # WORK_DIR=/tmp/phototriage-protocol; ~20 minutes
"""
import os, sys
from pathlib import Path
import pandas as pd
from phototriage.ingest import is_capture_time
from phototriage.synthetic import protocol_photos, source_split
from phototriage.weights import atomic_write
sys.path.insert(0, str(Path(__file__).parent))
from album_tools import make_paired_album, paired_difference, analysed_album
from album_grouping_bridge import grouping_figures, album_figures, record

work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
photos = protocol_photos(); split_of = dict(zip([p.name for p in photos], source_split([p.name for p in photos])))
chosen = [p for p in photos if split_of[p.name] == 'valid']
rows, hits = [], {False: [], True: []}
for seed in (6, 7, 8):
    for size in (512, 1024):
        a, cache = work/f'bridge-fresh-album-{seed}-{size}', work/f'bridge-fresh-cache-{seed}-{size}'
        t = make_paired_album(a, chosen, size, seed=seed)
        tab, e = analysed_album(a, t, cache)
        name, capture = f'validation photos (seed {seed}, {size} px)', is_capture_time(tab.time_source)
        res = album_figures(a, t, work/f'bridge-fresh-out-{seed}-{size}', cache)
        record(rows, name, 'album times', grouping_figures(tab.burst, tab.time, e, capture), res)
        record(rows, name, 'squeezed', grouping_figures(tab.burst, tab.time.rank(method='first').to_numpy() * 0.5, e, capture))
        for bridge in (False, True): hits[bridge].append(res[bridge][1].rename(lambda b: f'{seed}-{size}-{b}'))
table = pd.DataFrame(rows)
pooled = {b: pd.concat(h) for b, h in hits.items()}
d = paired_difference(pooled[True], pooled[False])
table = pd.concat([table, pd.DataFrame([dict(album='pooled over the six', times='album times', bridge_spoiled=b,
                                             only_best=round(float(pooled[b].mean()), 4), bursts=len(pooled[b]),
                                             **({f'only_best_vs_off_{k}': v for k, v in d.items()} if b else {}))
                                        for b in (False, True)])])
with atomic_write(Path(__file__).with_suffix('.csv')) as f: table.to_csv(f, index=False)
m = table[table.album != 'pooled over the six'].groupby(['times', 'bridge_spoiled']).ari.mean()
ok = (d['diff'] >= 0 and d['diff_hi'] >= 0 and m[('album times', True)] > m[('album times', False)]
      and m[('squeezed', True)] >= m[('squeezed', False)] - 0.005)
print(f"rule: bridge_spoiled {'becomes' if ok else 'does not become'} the default: pooled only best "
      f"{pooled[False].mean():.3f} → {pooled[True].mean():.3f} ({d['diff']:+.3f} [{d['diff_lo']:+.3f}, {d['diff_hi']:+.3f}], "
      f"{len(pooled[True])} bursts); mean ARI {m[('album times', False)]:.4f} → {m[('album times', True)]:.4f}; squeezed "
      f"{m[('squeezed', False)]:.4f} → {m[('squeezed', True)]:.4f}")
