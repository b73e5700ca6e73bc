"""Do two commits give the same results? The demo's comparison table and its album selection, same seeds, each commit
run from its own git worktree in a fresh process with its own feature cache.

Usage: python benchmarks/same_results.py REV_A REV_B [--series 120] [--epochs 5]

With `--training`, it also fine-tunes a small Siamese CNN and an aesthetic regressor at each commit (the models the
demo does not train) and compares their test results and the bytes of their saved weights.
"""
import argparse, json, os, subprocess, sys, tempfile
from pathlib import Path
import numpy as np, pandas as pd

RUN = ("from phototriage.demo import run_demo; "
       "run_demo({out!r}, n_series={series}, epochs={epochs}, n_bursts=6, seed=0, cache_dir={cache!r}, verbose=False)")
ACCURACY = ['pair_acc', 'pair_gain_pts', 'top1', 'top2', 'top3', 'mrr', 'top1_random', 'mrr_random']

TRAIN = """
import hashlib, json, numpy as np
from pathlib import Path
from phototriage.synthetic import make_synthetic_phototriage
from phototriage.data import read_phototriage, split_series
from phototriage.siamese import siamese_config, train_siamese
from phototriage.aesthetic import read_ava, train_aesthetic
out = Path({out!r}); out.mkdir()
data = split_series(read_phototriage(make_synthetic_phototriage(out/'syn', n_series=24, seed=3, long_side=192,
                                                                progress=False)))
cfg = siamese_config('mobilenet_v2', input_size=96, frozen_epochs=1, epochs=2, bs=8, lr=3e-3)
_, siamese = train_siamese(data, out/'siamese', cfg)
photos = data.photos.reset_index(drop=True)
(out/'ava').mkdir()                      # AVA names images by number
for i, p in enumerate(photos.path): (out/'ava'/f'{{i + 1}}.jpg').symlink_to(p)
lines = [' '.join(map(str, [i + 1, i + 1, *np.bincount(np.full(20, i % 10), minlength=10), 0, 0, 1]))
         for i in range(len(photos))]
(out/'AVA.txt').write_text('\\n'.join(lines) + '\\n')
labels = read_ava(out/'AVA.txt', out/'ava')
labels['split'] = np.where(np.arange(len(labels)) % 5 == 0, 'test', np.where(np.arange(len(labels)) % 5 == 1, 'valid', 'train'))
aesthetic = train_aesthetic(labels, out/'aesthetic', input_size=96, epochs=2, bs=16, lr=3e-3)
digest = lambda run: hashlib.sha256((out/run/'model.safetensors').read_bytes()).hexdigest()
keep = lambda r: {{k: v for k, v in r.items() if 'seconds' not in k and 'per_s' not in k}}
(out/'training.json').write_text(json.dumps(dict(siamese=keep(siamese), aesthetic=keep(aesthetic),
                                                 siamese_weights=digest('siamese'), aesthetic_weights=digest('aesthetic'))))
"""

def train_at(rev, work):
    repo = Path(__file__).resolve().parents[1]; tree = work/f'tree-train-{rev}'
    subprocess.run(['git', '-C', str(repo), 'worktree', 'add', '--detach', '-q', str(tree), rev], check=True)
    try:
        subprocess.run([sys.executable, '-c', TRAIN.format(out=str(work/f'train-{rev}'))], check=True, cwd=work,
                       env={**os.environ, 'PYTHONPATH': str(tree)})
    finally: subprocess.run(['git', '-C', str(repo), 'worktree', 'remove', '--force', str(tree)], check=True)
    return json.loads((work/f'train-{rev}'/'training.json').read_text())

def run_at(rev, work, series, epochs):
    repo = Path(__file__).resolve().parents[1]; tree = work/f'tree-{rev}'
    subprocess.run(['git', '-C', str(repo), 'worktree', 'add', '--detach', '-q', str(tree), rev], check=True)
    try:
        code = RUN.format(out=str(work/f'out-{rev}'), cache=str(work/f'cache-{rev}'), series=series, epochs=epochs)
        subprocess.run([sys.executable, '-c', code], check=True, cwd=work, env={**os.environ, 'PYTHONPATH': str(tree)})
    finally: subprocess.run(['git', '-C', str(repo), 'worktree', 'remove', '--force', str(tree)], check=True)
    out = work/f'out-{rev}'
    return pd.read_csv(out/'comparison.csv', index_col=0), pd.read_csv(out/'album-selection'/'selection.csv')

def main():
    p = argparse.ArgumentParser(); p.add_argument('a'); p.add_argument('b')
    p.add_argument('--series', type=int, default=120); p.add_argument('--epochs', type=int, default=5)
    p.add_argument('--training', action='store_true')
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as d:
        (ta, sa), (tb, sb) = (run_at(r, Path(d), args.series, args.epochs) for r in (args.a, args.b))
        if args.training: ra, rb = (train_at(r, Path(d)) for r in (args.a, args.b))
    same_methods = list(ta.index) == list(tb.index)
    acc = float(np.abs(ta[ACCURACY].to_numpy() - tb[ACCURACY].to_numpy()).max()) if same_methods else float('nan')
    name = lambda s: s.path.map(lambda q: Path(q).name)
    print(f'{args.a} vs {args.b}: {len(ta)} methods, same names and order: {same_methods}; largest accuracy difference: {acc}')
    print(f'album: {len(sa)} vs {len(sb)} photos; same photos {(name(sa) == name(sb)).all()}, same series {(sa.series == sb.series).all()}, '
          f'same picks {(sa.pick == sb.pick).all()}, largest composite difference {np.abs(sa.composite - sb.composite).max()}, '
          f'same reasons {(sa.reason.fillna("") == sb.reason.fillna("")).all()}')
    if args.training:
        for m in ('siamese', 'aesthetic'):
            print(f'{m}: same test results {ra[m] == rb[m]} ({ra[m]}); same saved weights (bytes) '
                  f'{ra[m + "_weights"] == rb[m + "_weights"]}')

if __name__ == '__main__': main()
