"""Does the shipped Siamese CNN judge better when it sees the whole frame? It reads the centre square of a photo
(160 px, `pad_square: false`), so on a 4:3 photo a quarter of the frame is never seen: a finger over the lens at the
left or right edge, or a blurred side. Test-time views, no retraining: the centre square (as trained), the two end
squares (left and right, or top and bottom), the whole frame padded to a square (the paper's preprocessing) — each
with its mirror image — their embeddings averaged before the head compares them (as `test_time_flip` does for the
mirror). Measured on the protocol's validation photos (where a choice is made) and its test photos.

    OMP_NUM_THREADS=2 python benchmarks/siamese_views_probe.py     # WORK_DIR=/tmp/phototriage-protocol; a few minutes
"""
import os, sys, time
from pathlib import Path
import numpy as np, pandas as pd, torch
from phototriage.data import read_phototriage
from phototriage.synthetic import split_by_source, protocol_dataset
from phototriage.features import set_torch_threads
from phototriage.iqa import load_image
from phototriage.siamese import load_siamese, siamese_preprocess
from phototriage.siamese import SHIPPED_SIAMESE
from phototriage.iqa import decode_size_for
from phototriage.weights import atomic_write
sys.path.insert(0, str(Path(__file__).parent))
from view_sets import view_set_rows
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
proto = (split_by_source(read_phototriage(work/'protocol')) if (work/'protocol'/'synthetic_params.csv').exists()
         else protocol_dataset(work/'protocol'))
run = load_siamese(SHIPPED_SIAMESE); model, cfg = run.model.eval(), run.config
size = cfg['input_size']

def end_squares(img):
    "The two squares at the ends of the long side (left and right, or top and bottom)"
    h, w = img.shape[:2]; s = min(h, w)
    return (img[:s, :s], img[h - s:, w - s:])

def views(img):
    "Every view of one photo, each a (3, size, size) uint8 tensor"
    a, b = end_squares(img)
    return dict(centre=siamese_preprocess(img, size), left=siamese_preprocess(a, size), right=siamese_preprocess(b, size),
                padded=siamese_preprocess(img, size, pad_square=True))

@torch.no_grad()
def embed(x, bs=64): return torch.cat([model.embed(x[s:s + bs]) for s in range(0, len(x), bs)])

SETS = {'centre (as shipped)': ['centre'], 'centre + mirror': ['centre', 'centre~'],
        'three squares': ['centre', 'left', 'right'], 'three squares + mirrors': ['centre', 'left', 'right', 'centre~', 'left~', 'right~'],
        'ends only + mirrors': ['left', 'right', 'left~', 'right~'],
        'padded': ['padded'], 'padded + mirror': ['padded', 'padded~'],
        'centre + padded + mirrors': ['centre', 'padded', 'centre~', 'padded~']}
res = []
for split in ('valid', 'test'):
    part = proto.split(split); photos = part.photos.reset_index(drop=True)
    t = time.perf_counter()
    V = [views(load_image(p, max_size=decode_size_for(size))) for p in photos.path]
    E = {}
    for k in V[0]:
        x = torch.stack([v[k] for v in V]); E[k] = embed(x); E[k + '~'] = embed(x.flip(-1))
    print(f'{split}: {len(photos)} photos, {len(E)} views embedded in {time.perf_counter() - t:.0f} s', flush=True)
    res += view_set_rows(model, part, E, SETS, split)
with atomic_write(Path(__file__).with_suffix('.csv')) as tmp: pd.DataFrame(res).to_csv(tmp, index=False)   # whole or not at all
