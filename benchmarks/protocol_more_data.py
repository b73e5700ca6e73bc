"""Does more training data help on the generalisation protocol? Heads trained on 2,700 series of the varied recipe
from the protocol's *training and validation* photos only (seed 12; the split by base photo keeps each photo's
split), measured on the protocol's test split (the same 192 series from 16 base photos as `08a_protocol`).

    python benchmarks/protocol_more_data.py [WORK_DIR]      # default /tmp/phototriage-protocol; about 8 minutes
"""
import sys, time
from pathlib import Path
import numpy as np
from phototriage.synthetic import protocol_dataset, protocol_training_dataset
from phototriage.protocol import bootstrap_metrics
from phototriage.features import photo_features, set_torch_threads
from phototriage.pairwise import train_pairwise, HeadScorer
from phototriage.series import train_series, SeriesScorer
from phototriage.evaluation import score_with

work = Path(sys.argv[1] if len(sys.argv) > 1 else '/tmp/phototriage-protocol'); set_torch_threads()
proto = protocol_dataset(work/'protocol')           # read where made from the same settings and photos, else made
more = protocol_training_dataset(work/'more')
assert not set(more.photos.source) & set(proto.split('test').photos.source)
print('training data:', more.series.split.value_counts().to_dict(), flush=True)
t = time.perf_counter(); f_more = photo_features(more, ('cnn', 'iqa')); print(f'features {time.perf_counter() - t:.0f} s')
f_proto = photo_features(proto, ('cnn', 'iqa'))
test = proto.split('test'); rows = np.flatnonzero((proto.photos.split == 'test').to_numpy())
for name, kind, kw in [('linear pairwise', 'pairwise', dict(model='classifier', hidden=[])),
                       ('MLP ranker', 'pairwise', dict()), ('series transformer', 'series', dict())]:
    for seed in (0, 1):
        run = work/'runs'/f"{name.replace(' ', '_')}-{seed}"
        (train_pairwise if kind == 'pairwise' else train_series)(more, f_more, run, seed=seed, **kw)
        scorer = (HeadScorer if kind == 'pairwise' else SeriesScorer)(run)
        s = score_with(scorer, test.photos, {g: np.asarray(v)[rows] for g, v in f_proto.items()})
        b = bootstrap_metrics(test, s, 500)
        print(name, f'seed {seed}', {k: round(v, 3) for k, v in b.items() if not k.endswith(('_lo', '_hi'))}, flush=True)
