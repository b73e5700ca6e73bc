"""Should a photo join any series still open (its last photo within `max_gap_seconds`), the most alike, rather than only
the latest series? It would keep apart two phones of one model (no serial number, so one `camera`) whose bursts
interleave in time, and rejoin a burst after an unlike frame in its middle. Measured on album_grouping.py's validation
album (120 bursts of the protocol's training and validation photos, seed 5, 1024 px): grouping ARI with the album's
times and with every photo squeezed to 0.5 s after the one before (the worst case, where only likeness separates
scenes), both rules at the shipped thresholds. Not adopted (06b_picking says why).

    python benchmarks/album_grouping_open_series.py     # WORK_DIR=/tmp/phototriage-protocol; reuses the album if there
"""
import os
from pathlib import Path
import numpy as np, pandas as pd
from sklearn.metrics import adjusted_rand_score
from phototriage.ingest import is_capture_time
from phototriage.picking import group_series, DEFAULT_ALBUM_CONFIG
from phototriage.weights import atomic_write
from validation_album import validation_album

def group_open_series(times, emb, max_gap_seconds=10., min_similarity=0.75, burst_seconds=1., burst_similarity=0.6,
                      capture_times=None):
    "`group_series`' rule, but a photo may join any series still open: the one it is most alike, if alike enough"
    times = np.asarray(times, float); order = np.argsort(times, kind='stable')
    capture = np.ones(len(times), bool) if capture_times is None else np.asarray(capture_times, bool)
    e = emb / np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-12)
    series, n, still_open = np.zeros(len(times), int), 0, []
    for i in order:
        still_open = [(sid, m) for sid, m in still_open if times[i] - times[m[-1]] <= max_gap_seconds]
        best = None
        for sid, m in still_open:
            burst = times[i] - times[m[-1]] < burst_seconds and capture[i] and capture[m[-1]]
            s = (e[m] @ e[i]).max()
            if s >= (min(burst_similarity, min_similarity) if burst else min_similarity) and (best is None or s > best[0]):
                best = (s, sid, m)
        if best: best[2].append(i); series[i] = best[1]
        else: n += 1; still_open.append((n, [i])); series[i] = n
    return series

work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
album, seen, truth, table, emb = validation_album(work)
grouping = DEFAULT_ALBUM_CONFIG['grouping']; capture = is_capture_time(table.time_source)
rows = []
for times_name, t in (('album times', table.time), ('squeezed', table.time.rank(method='first').to_numpy() * 0.5)):
    for rule, fn in (('latest series (shipped)', group_series), ('any open series', group_open_series)):
        s = fn(t, emb, **grouping, capture_times=capture)
        rows.append(dict(times=times_name, rule=rule, ari=round(adjusted_rand_score(table.burst, s), 4), series=len(set(s)),
                         bursts=table.burst.nunique()))
        print(rows[-1], flush=True)
with atomic_write(Path(__file__).with_suffix('.csv')) as tmp: pd.DataFrame(rows).to_csv(tmp, index=False)
