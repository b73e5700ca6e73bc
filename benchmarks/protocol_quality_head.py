"""A quality head that never saw the protocol's test photos, at the album's resolution: 03_pairwise's baseline recipe
(`train_pairwise` defaults: MLP ranker on MobileNetV2 + IQA) trained on `protocol_training_dataset` (the varied recipe
over the protocol's 59 training and validation photos, 2,700 series, seed 12) at each LONG_SIDE, against the shipped
head (until commit 3207a1c the base recipe, 600 series of the 61 shared photos at 800 px: it saw 11 of the 16 test
photos; since, this recipe at 512 px, trained in 08a). Measured:

- on the protocol's test split (08a_protocol's table: 512 px photos, the test photos' series) — pair accuracy, agreed
  pairs, top-1;
- in the album end to end on the test photos (08a's last table: 120 bursts of the varied recipe, seed 4, 1024 px,
  `select_album` with its own decoding at 1000 px and its own grouping) — the best photo picked, with the head alone and
  with the shipped default composite (the head as its `aesthetic` share).

    OMP_NUM_THREADS=1 python benchmarks/protocol_quality_head.py [LONG_SIDE ...]   # default 512 800 1024; 4-9 min each

Rows of resolutions not asked for this time are kept in the CSV.
"""
import sys, time, json
from pathlib import Path
import numpy as np, pandas as pd
from phototriage.synthetic import protocol_dataset, protocol_training_dataset, protocol_photos
from phototriage.features import photo_features
from phototriage.evaluation import score_with
from phototriage.pairwise import train_pairwise, HeadScorer
from phototriage.picking import QUALITY_HEAD, PROTOCOL_WEIGHTS
from phototriage.ingest import make_synthetic_album
from phototriage.album import select_album
from phototriage.protocol import bootstrap_metrics, album_best_picked, METRICS

WORK = Path('/tmp/phototriage-protocol')
proto = protocol_dataset(WORK/'protocol')
feats = photo_features(proto, ('cnn', 'iqa'))
test = proto.split('test'); rows = np.flatnonzero((proto.photos.split == 'test').to_numpy())
test_feats = {g: np.asarray(v)[rows] for g, v in feats.items()}
test_photos = [p for p in protocol_photos() if p.name in set(test.photos.source)]
album = WORK/'protocol-album'
if not (album/'.made').exists():                                         # 08a's album of the test photos
    gt = make_synthetic_album(album, n_bursts=120, photos=test_photos, seed=4, long_side=1024, recipe='varied')
    gt.to_csv(WORK/'protocol-album-truth.csv', index=False); (album/'.made').touch()
album_gt = pd.read_csv(WORK/'protocol-album-truth.csv')

def album_with_head(head, alone):
    out = WORK/f"album-out-{Path(head).name}-{'alone' if alone else 'default'}"
    cfg = dict(models=dict(quality_head=str(head)))
    if alone: cfg['weights'] = dict(aesthetic=1., iqa=0., siamese=0., portrait=0.)
    select_album(album, out, config=cfg, progress=False, export='none', sidecars='none')
    r = album_best_picked(pd.read_csv(out/'selection.csv'), album_gt)
    return r['best_picked'], r['bursts']

rows_out = []
def measure(name, head, **extra):
    m = bootstrap_metrics(test, np.asarray(score_with(HeadScorer(head), test.photos, test_feats), float))
    alone, n = album_with_head(head, True); comp, _ = album_with_head(head, False)
    rows_out.append(dict(head=name, **{k: round(m[k], 4) for k in METRICS}, album_head_alone=round(alone, 4),
                         album_default=round(comp, 4), album_bursts=n, default_weights=DEFAULT_WEIGHTS, **extra))
    print(rows_out[-1], flush=True)

DEFAULT_WEIGHTS = ' / '.join(f'{PROTOCOL_WEIGHTS[c]:g}' for c in ('aesthetic', 'iqa', 'siamese', 'portrait'))
measure(f"shipped now: {json.loads((QUALITY_HEAD/'provenance.json').read_text())['data'][:90]}", QUALITY_HEAD)
for long_side in map(int, sys.argv[1:] or ['512', '800', '1024']):
    t = time.perf_counter()
    data = protocol_training_dataset(WORK/f'more-{long_side}', long_side=long_side)
    assert not set(data.photos.source) & set(test.photos.source)
    run = WORK/f'quality-head-protocol-{long_side}'
    res = train_pairwise(data, photo_features(data, ('cnn', 'iqa')), run)
    measure(f'protocol_training_dataset, 2,700 series, {long_side} px', run, train_epochs=res['epochs_run'],
            minutes=round((time.perf_counter() - t) / 60, 1))
csv = Path(__file__).parent/'protocol_quality_head.csv'        # rows of earlier runs (other resolutions) kept
table = pd.DataFrame(rows_out)
if csv.exists(): table = pd.concat([pd.read_csv(csv).loc[lambda d: ~d['head'].isin(table['head'])], table])
table = table.sort_values('head', key=lambda h: h.str.extract(r'^protocol_training_dataset.* (\d+) px$')[0].astype(float).fillna(0),
                          kind='stable')                        # the shipped heads first, then by resolution
table.to_csv(csv, index=False)
print(table.to_string(index=False))
