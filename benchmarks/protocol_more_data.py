"""Does more training data help on the generalisation protocol? Heads trained on 2,700 series of the varied recipe
from the protocol's *training and validation* photos only (seed 12; the split by base photo keeps each photo's
split), measured on the protocol's test split (the same 192 series from 16 base photos as `08a_protocol`).

    python benchmarks/protocol_more_data.py [WORK_DIR]      # default /tmp/phototriage-protocol; about 8 minutes
"""
import sys, time
from pathlib import Path
import numpy as np
from phototriage.data import read_phototriage
from phototriage.synthetic import make_synthetic_phototriage
from phototriage.synthetic import split_by_source, protocol_photos
from phototriage.protocol import bootstrap_metrics
from phototriage.features import photo_features, set_torch_threads
from phototriage.pairwise import train_pairwise, HeadScorer
from phototriage.series import train_series, SeriesScorer
from phototriage.evaluation import score_with

work = Path(sys.argv[1] if len(sys.argv) > 1 else '/tmp/phototriage-protocol'); set_torch_threads()
if not (work/'protocol'/'synthetic_params.csv').exists():     # the protocol's own dataset, as 08a_protocol makes it
    make_synthetic_phototriage(work/'protocol', n_series=900, photos=protocol_photos(), seed=11, long_side=512,
                               progress=False, recipe='varied')
proto = split_by_source(read_phototriage(work/'protocol'))
seen = set(proto.split('train').photos.source) | set(proto.split('valid').photos.source)
if not (work/'more'/'synthetic_params.csv').exists():
    make_synthetic_phototriage(work/'more', n_series=2700, photos=[p for p in protocol_photos() if p.name in seen],
                               seed=12, long_side=512, progress=False, recipe='varied')
more = split_by_source(read_phototriage(work/'more'))         # same hash of the photo's name: same split
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
