"""A lone spoiled frame inside a burst (`group_series`' `bridge_spoiled`). A frame unlike even by the burst's measure
(cosine under `burst_similarity` 0.6: a finger over most of the lens, a blown exposure) starts a series of one, and
the burst's next frame, unlike it, starts another: one burst becomes three series, and the spoiled frame is the pick
of its own. On the paired albums every grouping error was a burst split so (`album_thumb_quality.py`). With
`bridge_spoiled`, a series of one photo taken in burst mode right after a series is taken back into that series when
the next photo (in burst mode too) is as alike it as a burst needs.

Measured, with `bridge_spoiled` off (as it ships) and on, the shipped thresholds otherwise:
- album_grouping.py's validation album (120 bursts of the protocol's training and validation photos, seed 5, 1024 px):
  grouping ARI, series, bursts split, series holding more than one burst, with the album's times and with every photo
  squeezed to 0.5 s after the one before (the worst case, where only likeness separates scenes shot back to back); and
  `select_album` end to end: the burst's one pick its best photo (`only_best`), best photo among the picks, picks per burst;
- the same on the paired albums (`album_tools`, 120 bursts, seed 4) of the validation photos and of the test photos at
  512 and 1024 px, with paired intervals over bursts for `only_best`.

The rule, written before any figure: `bridge_spoiled` becomes the album's default when on the seed-5 validation album
its ARI with the album's times rises, its `only_best` does not fall, and its squeezed ARI falls by no more than 0.005.
The paired albums are reported (the validation photos' seed-4 albums beside the rule, the test photos' not chosen on).

    OMP_NUM_THREADS=2 python benchmarks/album_grouping_bridge.py   # WORK_DIR=/tmp/phototriage-protocol
"""
import os, sys
from pathlib import Path
import numpy as np, pandas as pd
from sklearn.metrics import adjusted_rand_score
from phototriage.ingest import is_capture_time
from phototriage.picking import group_series, DEFAULT_ALBUM_CONFIG
from phototriage.album import select_album
from phototriage.protocol import album_best_picked, album_burst_hits
from phototriage.weights import atomic_write
sys.path.insert(0, str(Path(__file__).parent))
from validation_album import validation_album
from album_tools import paired_albums, paired_difference, analysed_album

work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
grouping = {k: v for k, v in DEFAULT_ALBUM_CONFIG['grouping'].items() if k != 'bridge_spoiled'}

def grouping_figures(burst, times, emb, capture):
    "ARI, series, bursts split and series holding more than one burst, of `group_series` off and on"
    out = {}
    for bridge in (False, True):
        s = group_series(times, emb, **grouping, capture_times=capture, bridge_spoiled=bridge)
        d = pd.DataFrame(dict(burst=np.asarray(burst), series=s))
        out[bridge] = dict(ari=round(adjusted_rand_score(d.burst, d.series), 4), series=len(set(s)),
                           split=int((d.groupby('burst').series.nunique() > 1).sum()),
                           merged=int((d.groupby('series').burst.nunique() > 1).sum()))
    return out

def album_figures(album, truth, out, cache_dir=None):
    "`select_album` end to end, `bridge_spoiled` off and on: `album_best_picked`'s figures and the per-burst hits"
    res = {}
    for bridge in (False, True):
        o = out.with_name(f'{out.name}-{"bridge" if bridge else "off"}')
        select_album(album, o, progress=False, export='none', sidecars='none', cache_dir=cache_dir,
                     grouping=dict(bridge_spoiled=bridge))
        sel = pd.read_csv(o/'selection.csv')
        res[bridge] = (album_best_picked(sel, truth), album_burst_hits(sel, truth).only_best.astype(float))
    return res

def record(rows, name, times_name, g, a=None):
    for bridge in (False, True):
        row = dict(album=name, times=times_name, bridge_spoiled=bridge, **g[bridge])
        if a is not None:
            row.update({k: round(v, 4) if isinstance(v, float) else v for k, v in a[bridge][0].items()})
            if bridge: row.update({f'only_best_vs_off_{k}': v for k, v in paired_difference(a[True][1], a[False][1]).items()})
        rows.append(row); print(row, flush=True)

if __name__ == '__main__':
    rows = []
    album, seen, truth, table, emb = validation_album(work)
    capture = is_capture_time(table.time_source)
    record(rows, 'validation album (seed 5, 1024 px)', 'album times', grouping_figures(table.burst, table.time, emb, capture),
           album_figures(album, truth, work/'bridge-validation-album'))
    record(rows, 'validation album (seed 5, 1024 px)', 'squeezed',
           grouping_figures(table.burst, table.time.rank(method='first').to_numpy() * 0.5, emb, capture))
    for which, size, a, t in paired_albums(work):
        cache = work/f'resolution-cache-{which}-{size}'
        tab, e = analysed_album(a, t, cache)
        name = f'{which} photos (seed 4, {size} px)'
        record(rows, name, 'album times', grouping_figures(tab.burst, tab.time, e, is_capture_time(tab.time_source)),
               album_figures(a, t, work/f'bridge-{which}-{size}', cache))
    table_ = pd.DataFrame(rows)
    with atomic_write(Path(__file__).with_suffix('.csv')) as f: table_.to_csv(f, index=False)
    v = table_[table_.album == 'validation album (seed 5, 1024 px)'].set_index(['times', 'bridge_spoiled'])
    ok = (v.loc[('album times', True), 'ari'] > v.loc[('album times', False), 'ari']
          and v.loc[('album times', True), 'only_best'] >= v.loc[('album times', False), 'only_best']
          and v.loc[('squeezed', True), 'ari'] >= v.loc[('squeezed', False), 'ari'] - 0.005)
    print(f"rule: bridge_spoiled {'becomes' if ok else 'does not become'} the default: ARI "
          f"{v.loc[('album times', False), 'ari']:.3f} → {v.loc[('album times', True), 'ari']:.3f}, only best "
          f"{v.loc[('album times', False), 'only_best']:.3f} → {v.loc[('album times', True), 'only_best']:.3f}, squeezed ARI "
          f"{v.loc[('squeezed', False), 'ari']:.3f} → {v.loc[('squeezed', True), 'ari']:.3f}")
