"""Train the Siamese at a larger input, now that a larger test-time input helps the shipped one? The shipped recipe
(05_siamese's default, 2,700 series of `protocol_training_dataset`, seed 0) with `input_size: 224` instead of 160, then
measured as `siamese_sizes_probe.py` measures the shipped model: at its own size, with its mirror, and at three sizes
with their mirrors (160/224/288 as the shipped model's, and 224/288/352 around its own), on the protocol's validation
photos (what a choice may look at) and test photos. Trained in 3,718 s on two threads (2026-12-02); an interrupted
run resumes from the run folder's last checkpoint.

    OMP_NUM_THREADS=2 python benchmarks/siamese_input_size_probe.py    # WORK_DIR=/tmp/phototriage-protocol; ~1 h 10 min
"""
import os, time
from pathlib import Path
import pandas as pd
from phototriage.synthetic import protocol_dataset, protocol_training_dataset
from phototriage.protocol import bootstrap_metrics, METRICS
from phototriage.siamese import train_siamese, SiameseScorer
from phototriage.features import set_torch_threads
from phototriage.weights import atomic_write
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
proto = protocol_dataset(work/'protocol')           # read where made from the same settings and photos, else made
more = protocol_training_dataset(work/'more')
assert not set(more.photos.source) & set(proto.split('test').photos.source)
run, secs = work/'siamese-input-224', None
if not (run/'config.yaml').exists():
    t = time.perf_counter(); train_siamese(more, run, input_size=224, resume=run.exists())
    secs = time.perf_counter() - t
    print(f'trained in {secs:.0f} s', flush=True)
rows = []
for sizes, flip in (([224], False), ([224], True), ([160, 224, 288], True), ([224, 288, 352], True)):
    scorer = SiameseScorer(run, test_time_flip=flip, test_time_sizes=sizes)
    for split in ('valid', 'test'):
        part = proto.split(split); b = bootstrap_metrics(part, scorer(part.photos))
        rows.append(dict(model='trained at 224', split=split, train_seconds=secs,
                         sizes=f"{'+'.join(map(str, sizes))}{', mirror' if flip else ''}", **{k: round(b[k], 3) for k in METRICS},
                         **{f'{k}_{e}': round(b[f'{k}_{e}'], 3) for k in METRICS for e in ('lo', 'hi')}))
        print(rows[-1], flush=True)
with atomic_write(Path(__file__).with_suffix('.csv')) as tmp: pd.DataFrame(rows).to_csv(tmp, index=False)
