"""Seconds per cell of one notebook, run as nbdev_test runs it (cells flagged `slow` included, `record` and
`eval: false` cells skipped), and seconds per call of the functions that do the heavy work inside those cells.
Two of these side by side reproduce what `nbdev_test` does on two cores; compare the thread settings:

    OMP_NUM_THREADS=2 python benchmarks/notebook_cell_times.py nbs/08a_protocol.ipynb > /tmp/2a.txt &
    OMP_NUM_THREADS=2 python benchmarks/notebook_cell_times.py nbs/08_benchmark.ipynb > /tmp/2b.txt; wait
    OMP_NUM_THREADS=1 python benchmarks/notebook_cell_times.py nbs/08a_protocol.ipynb > /tmp/1a.txt &
    OMP_NUM_THREADS=1 python benchmarks/notebook_cell_times.py nbs/08_benchmark.ipynb > /tmp/1b.txt; wait

(with `PHOTOTRIAGE_CACHE` pointing at an empty folder for each pair, so that features are computed, not read).
"""
import sys, os, re, time, functools
from pathlib import Path
from execnb.shell import CaptureShell
from execnb.nbio import read_nb

TIMED = ('make_synthetic_phototriage photo_features train_pairwise train_series train_siamese select_album '
         'make_synthetic_album train_methods compare_methods run_search train_smile_head genki_faces').split()

def timed(name, f):
    @functools.wraps(f)
    def g(*a, **k):
        t = time.perf_counter(); r = f(*a, **k)
        print(f'    {name}: {time.perf_counter() - t:.1f} s', file=sys.__stdout__, flush=True)   # the shell captures stdout
        return r
    g._timed = True
    return g

nb_path = Path(sys.argv[1]).resolve(); flags = set(sys.argv[2:]) or {'slow'}
os.chdir(nb_path.parent); os.environ['IN_TEST'] = '1'
shell = CaptureShell()
for i, cell in enumerate(read_nb(nb_path).cells):
    src = cell.source
    if cell.cell_type != 'code' or 'nbdev_export(' in src or re.search(r'^#\|\s*eval:\s*false', src, re.M): continue
    if set(re.findall(r'^#\|\s*(slow|record)\s*$', src, re.M)) - flags: continue
    t = time.perf_counter(); shell.run_cell(src); dt = time.perf_counter() - t
    for name in TIMED:                                  # wrap what this cell brought into the namespace
        if callable(f := shell.user_ns.get(name)) and not getattr(f, '_timed', False): shell.user_ns[name] = timed(name, f)
    print(f'[{i}] {dt:7.1f} s  {src.splitlines()[0][:60] if src else ""}', flush=True)
    if shell.exc: print(f'stopped: {shell.exc!r}'); sys.exit(1)
