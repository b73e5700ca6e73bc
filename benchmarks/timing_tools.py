"""Timing two or more ways of scoring the same photos, for the benchmark scripts: each way `reps` times, alternating,
the files read once beforehand so that none pays the disk, and the scores checked equal to the last bit."""
import time
from pathlib import Path
import numpy as np

def alternate_timings(sets:dict,    # what the photos are -> their table (`path`, `series_id`, ...)
                      ways:dict,    # name -> a function of the table that returns one score per row
                      reps:int=2):  # times each way runs on each set
    "One row per set, way and repetition: seconds and photos per second; fails where two ways' scores differ"
    rows = []
    for what, photos in sets.items():
        for p in photos.path: Path(p).read_bytes()                 # in the page cache for every way
        scores = {}
        for rep in range(1, reps + 1):
            for name, scorer in ways.items():
                t = time.perf_counter(); scores[name] = scorer(photos); secs = time.perf_counter() - t
                rows.append(dict(photos=what, how=name, rep=rep, seconds=round(secs, 1), n=len(photos),
                                 photos_per_s=round(len(photos) / secs, 2)))
                print(rows[-1], flush=True)
        first, *rest = scores.values()
        for name, s in zip(list(scores)[1:], rest):
            assert np.array_equal(first, s), f'{name} changed the scores on {what}'
    return rows
