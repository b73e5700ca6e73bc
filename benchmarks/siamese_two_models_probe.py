"""Two Siamese models averaged: the shipped one (trained at 160 px) at its best test-time setting (160+224+288 and
mirrors, `siamese_sizes_probe.py`) and the one trained at 224 px by `siamese_input_size_probe.py` (its run folder,
WORK_DIR/siamese-input-224) at the validation's choice for it (224 and mirror); each photo's score the mean of the two
models' round-robin scores (both a mean probability of beating the others of its series). On the protocol's validation
photos (what a choice may look at) and test photos, as the probes before it.

    OMP_NUM_THREADS=2 python benchmarks/siamese_two_models_probe.py    # WORK_DIR=/tmp/phototriage-protocol; ~5 min
"""
import os
from pathlib import Path
import pandas as pd
from phototriage.data import read_phototriage
from phototriage.synthetic import split_by_source
from phototriage.protocol import bootstrap_metrics, METRICS
from phototriage.siamese import SiameseScorer
from phototriage.features import set_torch_threads
from phototriage.weights import atomic_write
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
proto = split_by_source(read_phototriage(work/'protocol'))           # made by siamese_input_size_probe.py
scorers = {'shipped (160), 160+224+288, mirror': SiameseScorer(test_time_sizes=[160, 224, 288], test_time_flip=True),
           'trained at 224, 224, mirror': SiameseScorer(work/'siamese-input-224', test_time_flip=True, test_time_sizes=[224])}
rows = []
for split in ('valid', 'test'):
    part = proto.split(split)
    scores = {name: s(part.photos) for name, s in scorers.items()}
    scores['mean of the two'] = sum(scores.values()) / 2
    for name, sc in scores.items():
        b = bootstrap_metrics(part, sc)
        rows.append(dict(scorer=name, split=split, **{k: round(b[k], 3) for k in METRICS},
                         **{f'{k}_{e}': round(b[f'{k}_{e}'], 3) for k in METRICS for e in ('lo', 'hi')}))
        print(rows[-1], flush=True)
with atomic_write(Path(__file__).with_suffix('.csv')) as tmp: pd.DataFrame(rows).to_csv(tmp, index=False)
