"""Where the album's time goes, per 12-MP photo: the stages of `analyse_photo` timed one by one, in 1 and 2 threads;
the MobileNetV2 forward with and without folded batch norm; and, given a finished `phototriage select` run, the
Siamese tiebreaks read from the cached thumbnails against the original files.

    python benchmarks/album_per_photo.py FOLDER [--n 60] [--run OUT --cache CACHE]

FOLDER holds 12-MP JPEGs, e.g. `python -c "from phototriage.ingest import make_12mp_album; make_12mp_album('FOLDER', 60, seed=300)"`
(the 06d_album benchmark's folders are made by `make_12mp_album` as well). Run it once as it is and once
with `--reuse-freed-memory` to see glibc's page faults on the IQA features. Prints its figures; writes nothing."""
import argparse, copy, glob, threading, time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
import numpy as np, pandas as pd, cv2, torch

ap = argparse.ArgumentParser()
ap.add_argument('folder'); ap.add_argument('--n', type=int, default=60)
ap.add_argument('--reuse-freed-memory', action='store_true'); ap.add_argument('--run'); ap.add_argument('--cache')
args = ap.parse_args()

from phototriage.album import DEFAULT_ALBUM_CONFIG, half_size, reuse_freed_memory, SIAMESE
from phototriage.cache import write_thumbnail, thumbs_dir
from phototriage.features import shared_backbone, get_backbone
from phototriage.iqa import load_image, iqa_features, to_work_size
from phototriage.weights import file_hash
from phototriage.portrait import portrait_features
if args.reuse_freed_memory: print('reuse_freed_memory:', reuse_freed_memory())
torch.set_num_threads(1); cv2.setNumThreads(1)
faces, bb = DEFAULT_ALBUM_CONFIG['faces'], shared_backbone()
paths = sorted(glob.glob(f'{args.folder}/*.jpg'))[:args.n]
tmp = Path('/tmp/album_per_photo_thumbs'); tmp.mkdir(exist_ok=True)
spent, lock = {}, threading.Lock()

def lap(name, t0):
    now = time.perf_counter()
    with lock: spent[name] = spent.get(name, 0.) + now - t0
    return now

def analyse(p):     # the steps of `analyse_photo`, timed
    t = time.perf_counter()
    file_hash(p); t = lap('hash', t)
    img = load_image(p, max_size=1000); t = lap('decode', t)
    iqa_features(img, 1000); t = lap('iqa', t)
    small = half_size(img, max(2 * bb.input_size, faces['detect_size'], 320)); t = lap('half_size', t)
    portrait_features(img, detect_on=small, **faces); t = lap('faces', t)
    x = bb.preprocess(to_work_size(small, 2 * bb.input_size)); t = lap('embed_resize', t)
    with torch.inference_mode(): bb(x[None])
    t = lap('mobilenet', t)
    write_thumbnail(small, tmp/Path(p).name); lap('thumbnail', t)

with torch.inference_mode(): bb(torch.zeros(1, 3, 224, 224))
for n_threads in (1, 2):
    spent.clear(); t0 = time.perf_counter()
    with ThreadPoolExecutor(n_threads) as pool: list(pool.map(analyse, paths))
    rate = len(paths) / (time.perf_counter() - t0)
    ms = {k: round(1000 * v / len(paths), 1) for k, v in spent.items()}
    print(f'{n_threads} thread(s): {rate:.1f} photos/s; ms per photo {ms}, sum {sum(ms.values()):.0f}')

x = torch.randn(1, 3, 224, 224)
for name, model in [('folded (shared_backbone)', bb.model), ('unfolded (get_backbone)', get_backbone().model)]:
    with torch.inference_mode():
        for _ in range(3): model(x)
        t = time.perf_counter()
        for _ in range(40): model(x)
    print(f'MobileNetV2 forward, {name}: {1000 * (time.perf_counter() - t) / 40:.1f} ms')

if args.run:        # tiebreaks of a finished run: thumbnails against files
    from phototriage.siamese import load_siamese, compare_images
    run = load_siamese(SIAMESE); model, cfg = run.model, run.config
    sel = pd.read_csv(Path(args.run)/'selection.csv')
    tied = sel[sel.reason.fillna('').str.contains('Siamese')]
    dp, same, secs = [], 0, {'files': 0., 'thumbnails': 0.}
    for s in tied.series:
        a, b = sel[sel.series == s].sort_values('composite', ascending=False).iloc[:2].itertuples()
        t = time.perf_counter(); pf = compare_images(a.path, b.path, model, cfg)['p_a']; secs['files'] += time.perf_counter() - t
        th = thumbs_dir(args.cache, 1000, 320)   # the album's default decode and thumbnail sizes
        t = time.perf_counter(); pt = compare_images(th/f'{a.key}.jpg', th/f'{b.key}.jpg', model, cfg)['p_a']; secs['thumbnails'] += time.perf_counter() - t
        dp.append(abs(pf - pt)); same += (pf >= .5) == (pt >= .5)
    if dp: print(f'{len(dp)} ties: same verdict {same}; |dp| mean {np.mean(dp):.3f}, max {max(dp):.3f}; '
                 f"ms per tie from files {1000 * secs['files'] / len(dp):.0f}, from thumbnails {1000 * secs['thumbnails'] / len(dp):.0f}")
