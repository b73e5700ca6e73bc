"""Which change to the Siamese CNN's training helps on photos it never saw? Variants of 05_siamese's default
configuration trained on the generalisation protocol's training photos, each measured on the protocol's validation
photos (what a choice may look at) and test photos (what is reported): the default on the protocol's 900 series
(as 08a_protocol), the default on 2,700 series of the same training photos (seed 12, as protocol_more_data.py),
a 224-px input, and five end-to-end epochs instead of three.

    OMP_NUM_THREADS=1 python benchmarks/protocol_siamese_probe.py [VARIANT ...]   # default: all; WORK_DIR=/tmp/phototriage-protocol
"""
import os, sys, time
from pathlib import Path
from phototriage.synthetic import protocol_dataset, protocol_training_dataset
from phototriage.protocol import bootstrap_metrics
from phototriage.siamese import train_siamese, SiameseScorer
from phototriage.evaluation import score_with

work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
proto = protocol_dataset(work/'protocol')           # read where made from the same settings and photos, else made
parts = {n: proto.split(n) for n in ('valid', 'test')}
def more():
    m = protocol_training_dataset(work/'more')
    assert not set(m.split('train').photos.source) & (set(parts['test'].photos.source) | set(parts['valid'].photos.source))
    return m
VARIANTS = {'default': (lambda: proto, {}), 'more data (2,700 series)': (more, {}),
            'input 224 px': (lambda: proto, dict(input_size=224)), '5 epochs': (lambda: proto, dict(epochs=5))}
for name in sys.argv[1:] or VARIANTS:
    data_fn, kw = VARIANTS[name]; data = data_fn()
    run = work/'siamese-probe'/name.split(' ')[0]
    t = time.perf_counter(); train_siamese(data, run, **kw); secs = time.perf_counter() - t
    out = []
    for n, part in parts.items():
        b = bootstrap_metrics(part, score_with(SiameseScorer(run), part.photos), 500)
        out.append(f"{n} {b['pair_acc']:.3f} / {b['pair_acc_agree']:.3f} / {b['top1']:.3f}")
    print(f'{name}: {"; ".join(out)} (pair acc / agreed / top-1); {secs:.0f} s', flush=True)
