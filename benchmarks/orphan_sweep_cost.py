"""What `select_album`'s sweep for a killed run's leftovers (`remove_orphan_temps`) costs on every run, warm ones
included: a cache folder of 100,000 files (a large library's thumbnails), none of them leftovers; median of 3.

    python benchmarks/orphan_sweep_cost.py
"""
import tempfile, time, statistics
from pathlib import Path
from phototriage.weights import remove_orphan_temps

with tempfile.TemporaryDirectory() as d:
    thumbs = Path(d)/'thumbs'; thumbs.mkdir()
    for i in range(100_000): (thumbs/f'{i:064x}.jpg').touch()
    times = []
    for _ in range(3):
        t = time.perf_counter(); assert remove_orphan_temps(d) == []; times.append(time.perf_counter() - t)
    print(f'100,000 files: {statistics.median(times):.3f} s (median of 3)')
