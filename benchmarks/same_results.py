"""Do two commits give the same results? The demo's comparison table and its album selection, same seeds, each commit
run from its own git worktree in a fresh process with its own feature cache.

Usage: python benchmarks/same_results.py REV_A REV_B [--series 120] [--epochs 5]
"""
import argparse, os, subprocess, sys, tempfile
from pathlib import Path
import numpy as np, pandas as pd

RUN = ("from phototriage.demo import run_demo; "
       "run_demo({out!r}, n_series={series}, epochs={epochs}, n_bursts=6, seed=0, cache_dir={cache!r}, verbose=False)")
ACCURACY = ['pair_acc', 'pair_gain_pts', 'top1', 'top2', 'top3', 'mrr', 'top1_random', 'mrr_random']

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
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as d:
        (ta, sa), (tb, sb) = (run_at(r, Path(d), args.series, args.epochs) for r in (args.a, args.b))
    same_methods = list(ta.index) == list(tb.index)
    acc = float(np.abs(ta[ACCURACY].to_numpy() - tb[ACCURACY].to_numpy()).max()) if same_methods else float('nan')
    name = lambda s: s.path.map(lambda q: Path(q).name)
    print(f'{args.a} vs {args.b}: {len(ta)} methods, same names and order: {same_methods}; largest accuracy difference: {acc}')
    print(f'album: {len(sa)} vs {len(sb)} photos; same photos {(name(sa) == name(sb)).all()}, same series {(sa.series == sb.series).all()}, '
          f'same picks {(sa.pick == sb.pick).all()}, largest composite difference {np.abs(sa.composite - sb.composite).max()}, '
          f'same reasons {(sa.reason.fillna("") == sb.reason.fillna("")).all()}')

if __name__ == '__main__': main()
