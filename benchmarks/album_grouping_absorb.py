"""Could the album mend the burst splits that `bridge_spoiled` leaves? On the six validation albums of
`album_grouping_bridge_fresh.py` (seeds 6-8, 512 and 1024 px; every figure of them already seen, so nothing here is
chosen) the splits left with the shipped grouping are, by the order of a burst's series (A, B, ... in time; 86 splits
over the six, no merge): a lone unlike frame first (AB..., 48, the 20 two-frame bursts split in two among them), a lone
unlike frame last (...AB, 19), two lone frames or a lone frame between unlike halves (11), halves of two frames or more
(8).

The mend tried (here only, not in the package): after `group_series`, a run of at most `max_run` series of one photo,
each in burst mode after the one before, each unlike every photo within `max_gap_seconds` (as `bridge_spoiled`'s guard
asks), joins the series of more than one photo beside it in burst mode that it is most alike; a run with no such
series beside it becomes one series. Grouping ARI, bursts split, series holding more than one burst, with the albums'
times and squeezed to 0.5 s apart (the worst case, where only likeness separates scenes shot back to back).

What it shows: with the albums' times the mend halves the splits and merges nothing, but squeezed it merges bursts of
one photo into their neighbours (a scene shot once, half a second from a burst, unlike it, is a spoiled frame by
every measure the grouping has: likeness and timing. Nor does quality tell them apart: over the frames the mend moved,
the latent quality's gap to the series joined had medians −2.3 (right joins) and −2.2 (wrong ones), and the likeness to
it 0.55 and 0.50.) A merge costs the photographer the pick of a scene; a split costs a second pick of a burst. Not adopted.

    OMP_NUM_THREADS=1 python benchmarks/album_grouping_absorb.py   # WORK_DIR=/tmp/phototriage-protocol; ~1 min once the albums exist
"""
import os, sys
from pathlib import Path
import numpy as np, pandas as pd
from sklearn.metrics import adjusted_rand_score
from phototriage.ingest import is_capture_time
from phototriage.picking import group_series, DEFAULT_ALBUM_CONFIG
from phototriage.synthetic import protocol_photos, source_split
from phototriage.weights import atomic_write
sys.path.insert(0, str(Path(__file__).parent))
from album_tools import make_paired_album, analysed_album

work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
G = DEFAULT_ALBUM_CONFIG['grouping']

def absorb_lone(series, times, emb, capture, max_run:int=2):
    "`series` with runs of at most `max_run` lone, unlike frames in burst mode joined to the series beside them"
    times, capture, series = np.asarray(times, float), np.asarray(capture, bool), np.array(series)
    e = emb / np.linalg.norm(emb, axis=1, keepdims=True)
    need = min(G['burst_similarity'], G['min_similarity'])
    in_burst = lambda a, b: times[b] - times[a] < G['burst_seconds'] and capture[a] and capture[b]
    def unique(x):
        near = np.abs(times - times[x]) <= G['max_gap_seconds']; near[x] = False
        return not near.any() or (e[near] @ e[x]).max() < need
    groups = []                                   # series in time order, each its photos (one camera here)
    for i in np.argsort(times, kind='stable'):
        if groups and series[groups[-1][0]] == series[i]: groups[-1].append(i)
        else: groups.append([i])
    k = 0
    while k < len(groups):
        j = k
        while (j < len(groups) and len(groups[j]) == 1 and unique(groups[j][0])
               and (j == k or in_burst(groups[j - 1][0], groups[j][0]))): j += 1
        if j == k or j - k > max_run: k = max(j, k + 1); continue
        run = [g[0] for g in groups[k:j]]
        beside = [n for n, ok in ((k - 1, k > 0 and in_burst(groups[k - 1][-1], run[0])),
                                  (j, j < len(groups) and in_burst(run[-1], groups[j][0])))
                  if ok and len(groups[n]) > 1]
        if beside:
            n = max(beside, key=lambda n: (e[groups[n]] @ e[run].T).max())
            series[run] = series[groups[n][0]]
            if n == k - 1: groups[k - 1] += run
            else: groups[j] = run + groups[j]
            del groups[k:j]
        elif len(run) > 1: series[run] = series[run[0]]; groups[k:j] = [run]; k += 1
        else: k = j
    return series

def split_pattern(series_in_time_order)->str:
    "A split burst's series in time order as letters: 'ABB' is a lone first frame, then the rest together"
    labels = {}
    return ''.join(chr(65 + labels.setdefault(x, len(labels))) for x in series_in_time_order)

def pattern_kind(p:str)->str:
    if len(set(p)) == 2 and p.count('A') == 1: return 'lone frame first'
    if len(set(p)) == 2 and p.count('B') == 1: return 'lone frame last'
    if len(set(p)) == 2: return 'halves of two frames or more'
    return 'two lone frames, or a lone frame between unlike halves'

def moved_frames(burst, quality, emb, shipped, mended):
    "Per frame the mend moved: whether it joined its own burst, its latent quality gap to the series joined, the likeness"
    e = emb / np.linalg.norm(emb, axis=1, keepdims=True)
    for x in np.where(shipped != mended)[0]:
        joined = (mended == mended[x]) & (shipped != shipped[x])
        yield dict(right=bool((burst[joined] == burst[x]).all()), quality_gap=quality[x] - quality[joined].max(),
                   likeness=float((e[joined] @ e[x]).max()))

def figures(burst, s):
    d = pd.DataFrame(dict(burst=np.asarray(burst), series=s))
    return dict(ari=round(adjusted_rand_score(d.burst, d.series), 4), series=len(set(s)),
                split=int((d.groupby('burst').series.nunique() > 1).sum()),
                merged=int((d.groupby('series').burst.nunique() > 1).sum()))

if __name__ == '__main__':
    photos = protocol_photos(); split_of = dict(zip([p.name for p in photos], source_split([p.name for p in photos])))
    chosen = [p for p in photos if split_of[p.name] == 'valid']
    rows, patterns, moved = [], [], []
    for seed in (6, 7, 8):
        for size in (512, 1024):
            a, cache = work/f'bridge-fresh-album-{seed}-{size}', work/f'bridge-fresh-cache-{seed}-{size}'
            tab, e = analysed_album(a, make_paired_album(a, chosen, size, seed=seed), cache)
            capture = is_capture_time(tab.time_source)
            for times_name, times in (('album times', tab.time.to_numpy()),
                                      ('squeezed', tab.time.rank(method='first').to_numpy() * 0.5)):
                shipped = group_series(times, e, capture_times=capture, **G)
                if times_name == 'album times':
                    order = np.argsort(times, kind='stable')
                    by = pd.Series(shipped[order]).groupby(tab.burst.to_numpy()[order])
                    patterns += [split_pattern(g) for _, g in by if g.nunique() > 1]
                moved += [dict(times=times_name, **m) for m in moved_frames(tab.burst.to_numpy(), tab.quality.to_numpy(), e,
                                                                            shipped, absorb_lone(shipped, times, e, capture))]
                for max_run in (0, 1, 2):
                    s = absorb_lone(shipped, times, e, capture, max_run) if max_run else shipped
                    rows.append(dict(album=f'validation photos (seed {seed}, {size} px)', times=times_name,
                                     mend='shipped' if not max_run else f'lone runs up to {max_run}',
                                     **figures(tab.burst, s)))
                    print(rows[-1], flush=True)
    table = pd.DataFrame(rows)
    mean = table.groupby(['times', 'mend'], sort=False)[['ari', 'series', 'split', 'merged']].mean().round(4).reset_index()
    table = pd.concat([table, mean.assign(album='mean of the six')])
    with atomic_write(Path(__file__).with_suffix('.csv')) as f: table.to_csv(f, index=False)
    print(mean.to_string(index=False))
    kinds = pd.Series(patterns).map(pattern_kind).value_counts()
    print(f'{len(patterns)} splits with the shipped grouping (album times):', kinds.to_dict(), '; two-frame bursts split:',
          patterns.count('AB'))
    print('frames the mend (lone runs up to 2) moved, medians by right and wrong joins:')
    print(pd.DataFrame(moved).groupby('right')[['quality_gap', 'likeness']].agg(['median', 'size']).round(3).to_string())
