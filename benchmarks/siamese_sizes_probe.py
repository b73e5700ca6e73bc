"""Does the shipped Siamese CNN judge better when each photo is embedded at several input sizes? It was trained at
160 px (a 512-px protocol photo shrunk about 3×: fine blur, noise and resolution loss mostly gone). No retraining: each
photo's embedding averaged over the sizes of `test_time_sizes` (decoded once, at twice the largest), with and without
the mirror average (`test_time_flip`), through `SiameseScorer` as 08a_protocol scores. The sizes are chosen on the
protocol's validation photos (pairwise accuracy, then agreed pairs, then top-1, as the album's weights are chosen),
checked on its test photos; then a paired bootstrap over the 29 unseen photos of both splits (each resample draws
base photos; the difference of each candidate from the shipped setting and from the mirror average).

    OMP_NUM_THREADS=2 python benchmarks/siamese_sizes_probe.py     # WORK_DIR=/tmp/phototriage-protocol; ~10 minutes
"""
import os, time
from pathlib import Path
import numpy as np, pandas as pd
from phototriage.data import read_phototriage
from phototriage.synthetic import split_by_source, protocol_dataset
from phototriage.features import set_torch_threads
from phototriage.siamese import SiameseScorer
from phototriage.protocol import bootstrap_metrics, series_counts, METRICS
from phototriage.weights import atomic_write
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
proto = (split_by_source(read_phototriage(work/'protocol')) if (work/'protocol'/'synthetic_params.csv').exists()
         else protocol_dataset(work/'protocol'))
SIZES = [[160], [224], [160, 224], [160, 224, 288]]
CANDIDATES = {(tuple(s), f): f"{'+'.join(map(str, s))}{', mirror' if f else ''}" for s in SIZES for f in (False, True)}
res, counts = [], {}
for (sizes, flip), name in CANDIDATES.items():
    scorer = SiameseScorer(test_time_flip=flip, test_time_sizes=list(sizes))
    for split in ('valid', 'test'):
        part = proto.split(split); t = time.perf_counter()
        sc = scorer(part.photos)
        secs = time.perf_counter() - t
        b = bootstrap_metrics(part, sc)
        counts.setdefault(name, []).append(series_counts(part, sc).groupby('cluster').sum())
        res.append(dict(split=split, sizes=name, seconds=round(secs, 1), **{k: round(b[k], 3) for k in METRICS},
                        **{f'{k}_{e}': round(b[f'{k}_{e}'], 3) for k in METRICS for e in ('lo', 'hi')}))
        print(res[-1], flush=True)
table = pd.DataFrame(res)
valid = table[table.split == 'valid'].sort_values(['pair_acc', 'pair_acc_agree', 'top1'], ascending=False)
choice = valid.sizes.iloc[0]
print('chosen on the validation photos:', choice)
print(table.pivot(index='sizes', columns='split', values=METRICS).round(3).to_string())

# paired bootstrap over the base photos of both unseen splits
counts = {n: pd.concat(c) for n, c in counts.items()}
ncl = len(counts[CANDIDATES[((160,), False)]])
W = np.random.default_rng(0).multinomial(ncl, np.full(ncl, 1 / ncl), 4000)
KEYS = dict(pair_acc=('pair_ok', 'pair_n'), pair_acc_agree=('agree_ok', 'agree_n'), top1=('top1_ok', 'top1_n'))
def metric(c, w, m): return (w @ c[KEYS[m][0]].to_numpy()) / (w @ c[KEYS[m][1]].to_numpy())
one, diffs = np.ones(ncl), []
for base in ('160', '160, mirror'):
    for name in counts:
        if name == base: continue
        row = dict(split='valid+test, paired', sizes=name, against=base)
        for m in METRICS:
            d = metric(counts[name], W, m) - metric(counts[base], W, m)
            row[m] = round(float(metric(counts[name], one, m) - metric(counts[base], one, m)), 3)
            row[f'{m}_lo'], row[f'{m}_hi'] = np.round(np.quantile(d, [0.025, 0.975]), 3).tolist()
        diffs.append(row); print(row, flush=True)
out = pd.concat([table.assign(against=''), pd.DataFrame(diffs)]).assign(chosen=lambda d: d.sizes.eq(choice) & d.split.eq('valid'))
with atomic_write(Path(__file__).with_suffix('.csv')) as tmp: out.to_csv(tmp, index=False)   # whole or not at all
