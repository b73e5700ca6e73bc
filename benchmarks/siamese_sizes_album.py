"""Does the album pick better with the Siamese CNN embedding each photo at three sizes and their mirror images (the
protocol's best scorer, `siamese_sizes_probe.py`)? 08a_protocol's album of its test photos (120 bursts of the varied
recipe, 1024 px, one flat folder; made as `album_size_norm.py` makes it), `select_album` with the shipped Siamese
as it ships (160 px, plain) and with `test_time_sizes: [160, 224, 288]`, `test_time_flip: true` in a copy of its
config, each in the album's default composite and alone (weights: Siamese 1); `only_best` as 08a counts it, and the
seconds of the whole `select_album` call with the photos' analysis already cached: the default composite's call
computes the model's verdicts (cached per model: each configuration is a new model to the cache), the Siamese alone's
reads them.

    OMP_NUM_THREADS=2 python benchmarks/siamese_sizes_album.py     # WORK_DIR=/tmp/phototriage-protocol; ~5 minutes
"""
import os, time, shutil, tempfile
from pathlib import Path
import pandas as pd, yaml
from phototriage.synthetic import protocol_photos, source_split
from phototriage.ingest import make_synthetic_album
from phototriage.album import select_album
from phototriage.picking import SIAMESE, PROTOCOL_WEIGHTS
from phototriage.protocol import album_best_picked
from phototriage.weights import atomic_write

work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
album = work/'size-norm-test-album'
if not (album/'ground_truth.csv').exists():        # 08a_protocol's album of its test photos, made the same way
    photos = protocol_photos(); split = source_split([p.name for p in photos])
    make_synthetic_album(album, n_bursts=120, photos=[p for p, s in zip(photos, split) if s == 'test'], seed=4,
                         long_side=1024, recipe='varied')
truth = pd.read_csv(album/'ground_truth.csv')
with tempfile.TemporaryDirectory() as tmp_dir:           # removed on the way out, error or not
    tmp = Path(tmp_dir)
    sizes_dir = tmp/'siamese-three-sizes'; shutil.copytree(SIAMESE, sizes_dir)
    cfg = yaml.safe_load((sizes_dir/'config.yaml').read_text())
    (sizes_dir/'config.yaml').write_text(yaml.safe_dump({**cfg, 'test_time_sizes': [160, 224, 288], 'test_time_flip': True}))
    cache = tmp/'cache'                                 # a cache of this run's own: the first call of each model embeds
    select_album(album, tmp/'warm-up', progress=False, export='none', sidecars='none', cache_dir=cache,
                 config=dict(models=dict(siamese_checkpoint='none')))       # the photos' analysis cached, no verdicts yet
    rows = []
    for siamese, ck in (('as shipped (160, plain)', SIAMESE), ('160+224+288, mirror', sizes_dir)):
        for weights_name, weights in (('default composite', PROTOCOL_WEIGHTS), ('Siamese alone', dict(aesthetic=0, iqa=0, siamese=1, portrait=0))):
            out = tmp/f'{len(rows)}'; t = time.perf_counter()
            select_album(album, out, progress=False, export='none', sidecars='none', cache_dir=cache,
                         config=dict(models=dict(siamese_checkpoint=str(ck)), weights=weights))
            secs = time.perf_counter() - t
            sel = pd.read_csv(out/'selection.csv').merge(truth[['path', 'burst', 'is_best']], on='path', validate='one_to_one')
            rows.append(dict(siamese=siamese, weights=weights_name, seconds=round(secs, 1), **album_best_picked(sel, sel)))
            print(rows[-1], flush=True)
with atomic_write(Path(__file__).with_suffix('.csv')) as f: pd.DataFrame(rows).round(4).to_csv(f, index=False)
