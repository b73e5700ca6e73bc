"""Album analysis of 1,000 photos: this process's threads against a Dask LocalCluster of worker processes.

Usage: python benchmarks/dask_scaling.py [--n 1000] [--side 2000] [--workers 2]

Makes N JPEGs (long side SIDE, about 3 MP at 2000) from the real photos of ../shared/data/photos (shifted, cropped
and re-exposed so that every file is a new photo), then analyses them with a cold cache three ways: in-process
threads (one per core), a LocalCluster of WORKERS processes of one thread, and the same cluster warm (everything
cached). Prints photos/s and checks that both cold runs give the same table.
"""
import argparse, os, tempfile, time
from pathlib import Path
import numpy as np, cv2

def make_photos(out, n, side, seed=0):
    src = sorted((Path(__file__).resolve().parents[2]/'shared'/'data'/'photos').glob('*.jpg'))
    rng, paths = np.random.default_rng(seed), []
    base = [cv2.imread(str(p)) for p in src]
    for i in range(n):
        img = base[i % len(base)]; h, w = img.shape[:2]
        y, x = rng.integers(0, h // 8), rng.integers(0, w // 8)
        crop = img[y:y + h - h // 8, x:x + w - w // 8].astype(np.float32) * rng.uniform(0.8, 1.2)
        s = side / max(crop.shape[:2])
        crop = cv2.resize(np.clip(crop, 0, 255).astype(np.uint8), None, fx=s, fy=s, interpolation=cv2.INTER_LINEAR)
        p = out/f'{i:05d}.jpg'; cv2.imwrite(str(p), crop, [cv2.IMWRITE_JPEG_QUALITY, 90]); paths.append(str(p))
    return paths

if __name__ == '__main__':
    ap = argparse.ArgumentParser(); ap.add_argument('--n', type=int, default=1000)
    ap.add_argument('--side', type=int, default=2000); ap.add_argument('--workers', type=int, default=2)
    args = ap.parse_args()
    from distributed import LocalCluster, Client
    from phototriage.ingest import analyse_photos, ALBUM_FEATURES
    scratch = tempfile.TemporaryDirectory()             # removed when the script ends
    work = Path(scratch.name); (work/'photos').mkdir()
    t = time.perf_counter(); paths = make_photos(work/'photos', args.n, args.side)
    print(f'{args.n} photos, long side {args.side}, made in {time.perf_counter() - t:.0f} s; {os.cpu_count()} cores')
    t = time.perf_counter(); local, _, _ = analyse_photos(paths, work/'cache-threads', progress=False)
    threads_s = time.perf_counter() - t
    print(f'in-process threads ({os.cpu_count()}): {threads_s:.1f} s, {args.n / threads_s:.1f} photos/s')
    t = time.perf_counter()
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
         Client(cluster) as client:
        start_s = time.perf_counter() - t
        t = time.perf_counter(); dist, _, _ = analyse_photos(paths, work/'cache-dask', client=client, progress=False)
        dask_s = time.perf_counter() - t
        t = time.perf_counter(); analyse_photos(paths, work/'cache-dask', client=client, progress=False)
        warm_s = time.perf_counter() - t
    print(f'LocalCluster ({args.workers} processes × 1 thread): start {start_s:.1f} s; cold {dask_s:.1f} s, '
          f'{args.n / dask_s:.1f} photos/s; warm {warm_s:.1f} s, {args.n / warm_s:.0f} photos/s')
    same = (dist.path.tolist() == local.path.tolist()
            and np.abs(dist[ALBUM_FEATURES].to_numpy() - local[ALBUM_FEATURES].to_numpy()).max() < 1e-5)
    print(f'same table in order: {same}; largest difference {np.abs(dist[ALBUM_FEATURES].to_numpy() - local[ALBUM_FEATURES].to_numpy()).max():.2e}')
