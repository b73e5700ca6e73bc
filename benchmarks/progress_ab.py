"""Do the photo-counting progress bars (0b3bf2c) cost time? The photos of a synthetic album (40 bursts, seed 3; it prints how many)
through `analyse_photos` (16-photo chunks) and `extract_features` (MobileNetV2, batches of 8), each with a cold cache
of its own, in a new process per run, importing phototriage from SOURCE (a checkout of the commit to time):

    git worktree add /tmp/old 93c3970
    for src in /tmp/old . /tmp/old .; do PROG=1 PYTHONPATH=$src OMP_NUM_THREADS=1 python benchmarks/progress_ab.py; done

Measured 2026-12-02 on 122 photos of such an album (2 cores, old and new interleaved, bars on and off): analyse 5.9–7.3 s and features 5.3–7.4 s
for both, no difference past the run-to-run spread (about ±0.5 s in 6 s).
"""
import os, sys, time, tempfile
from pathlib import Path
import phototriage
from phototriage.ingest import make_synthetic_album, analyse_photos
from phototriage.features import extract_features, get_backbone
show = os.environ.get('PROG') == '1'
with tempfile.TemporaryDirectory() as tmp_dir:
    tmp = Path(tmp_dir)
    make_synthetic_album(tmp/'album', n_bursts=40, seed=3)
    photos = sorted((tmp/'album').glob('*.jpg'))
    t = time.perf_counter(); analyse_photos(photos, tmp/'c1', chunk=16, progress=show); a = time.perf_counter() - t
    t = time.perf_counter(); extract_features(photos, get_backbone('mobilenet_v2'), tmp/'c2', bs=8, num_workers=0, progress=show)
    b = time.perf_counter() - t
print(f'{Path(phototriage.__file__).parent}: {len(photos)} photos, bars {"on" if show else "off"}: '
      f'analyse {a:.1f} s, features {b:.1f} s', file=sys.stderr)
