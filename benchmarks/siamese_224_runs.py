"""Does the lead of the two Siamese models averaged hold across trainings? The 224-px Siamese (the shipped recipe at
`input_size=224`) trained twice before gave, averaged with the shipped model at its best setting, 0.796 / 0.854 /
0.760 and then 0.770 / 0.839 / 0.724 on the protocol's test photos (pair acc / agreed pairs / top-1): the gain moved
with the run. Here two runs side by side, each by this script's command alone:

- `siamese-input-224-b`: seed 0 (the recipe's), trained by `siamese_two_models_fresh.py --train-only` (then moved aside);
- `siamese-input-224-c`: seed 1, trained here when absent (~32 min on two threads).

Scorers, each at the setting chosen before (`siamese_two_models_probe.py`): the shipped model at 160+224+288 px and
mirrors; each 224-px run at 224 px and mirror; the means of their round-robin scores (two and three models). On the
protocol's validation and test photos, 95 % intervals by bootstrap over base photos. Nothing is chosen here: it records
the spread between runs that any decision to ship a second model has to beat.

    OMP_NUM_THREADS=2 python benchmarks/siamese_224_runs.py     # WORK_DIR=/tmp/phototriage-protocol
"""
import os, time
from itertools import combinations
from pathlib import Path
import pandas as pd
from phototriage.data import read_phototriage
from phototriage.synthetic import split_by_source
from phototriage.protocol import bootstrap_metrics, METRICS
from phototriage.siamese import SiameseScorer, train_siamese
from phototriage.features import set_torch_threads
from phototriage.weights import atomic_write
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
runs = {'b': (work/'siamese-input-224-b', 0), 'c': (work/'siamese-input-224-c', 1)}
for name, (run, seed) in runs.items():
    if not (run/'config.yaml').exists():
        more = split_by_source(read_phototriage(work/'more'))          # made by siamese_two_models_fresh.py
        t = time.perf_counter(); train_siamese(more, run, input_size=224, seed=seed, resume=run.exists())
        print(f'run {name} trained in {time.perf_counter() - t:.0f} s', flush=True)
proto = split_by_source(read_phototriage(work/'protocol'))
scorers = {'shipped': SiameseScorer(test_time_sizes=[160, 224, 288], test_time_flip=True),
           **{f'224 run {n}': SiameseScorer(run, test_time_flip=True, test_time_sizes=[224]) for n, (run, _) in runs.items()}}
rows = []
for split in ('valid', 'test'):
    part = proto.split(split)
    scores = {name: s(part.photos) for name, s in scorers.items()}
    names = list(scores)
    for k in (2, 3):
        for combo in combinations(names, k): scores['mean of ' + ' + '.join(combo)] = sum(scores[c] for c in combo) / k
    for name, sc in scores.items():
        b = bootstrap_metrics(part, sc)
        rows.append(dict(scorer=name, split=split, **{k: round(b[k], 3) for k in METRICS},
                         **{f'{k}_{e}': round(b[f'{k}_{e}'], 3) for k in METRICS for e in ('lo', 'hi')}))
        print(rows[-1], flush=True)
with atomic_write(Path(__file__).with_suffix('.csv')) as tmp: pd.DataFrame(rows).to_csv(tmp, index=False)
