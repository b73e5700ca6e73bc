"""Does the shipped Siamese CNN see motion blur better in a closer view? It reads the centre square of a photo decoded
at twice its input size (160 px from a 320-px decoding), so a 512-px photo is shrunk about 2.4× before it is judged,
and motion blur, the largest share of its errors on the protocol (45 of 122), is shrunk with it. Test-time views, no
retraining: the centre square as shipped, and a *zoomed* centre — the middle half of the short side of the photo at
full size (192 px of a 512 × 384 photo, resized to 160: about 1.2×) — each with its mirror image; their embeddings
averaged before the head compares them (as `test_time_flip` does for the mirror). Measured on the protocol's
validation photos (where a choice would be made) and its test photos; recorded only — a view that wins on validation
is a lead for fresh series under a rule of its own, not a default.

    OMP_NUM_THREADS=2 python benchmarks/siamese_zoom_probe.py     # WORK_DIR=/tmp/phototriage-protocol; a few minutes
"""
import os, sys, time
from pathlib import Path
import numpy as np, pandas as pd, torch
from phototriage.synthetic import protocol_dataset
from phototriage.features import set_torch_threads
from phototriage.iqa import load_image, decode_size_for
from phototriage.siamese import load_siamese, siamese_preprocess, SHIPPED_SIAMESE
from phototriage.weights import atomic_write
sys.path.insert(0, str(Path(__file__).parent))
from view_sets import view_set_rows
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
proto = protocol_dataset(work/'protocol')                # read where made with the same settings
run = load_siamese(SHIPPED_SIAMESE); model, cfg = run.model.eval(), run.config
size = cfg['input_size']
ZOOM = 0.5                                               # the share of the short side the zoomed view keeps

def zoomed(img, frac=ZOOM):
    "The centre square of side `frac` × the short side, at the photo's full resolution"
    h, w = img.shape[:2]; s = max(1, int(round(min(h, w) * frac))); top, left = (h - s) // 2, (w - s) // 2
    return img[top:top + s, left:left + s]

@torch.no_grad()
def embed(x, bs=64): return torch.cat([model.embed(x[s:s + bs]) for s in range(0, len(x), bs)])

SETS = {'centre + mirror (as shipped)': ['centre', 'centre~'], 'zoom + mirror': ['zoom', 'zoom~'],
        'centre + zoom + mirrors': ['centre', 'zoom', 'centre~', 'zoom~']}
res = []
for split in ('valid', 'test'):
    part = proto.split(split); photos = part.photos.reset_index(drop=True)
    t = time.perf_counter()
    centre = torch.stack([siamese_preprocess(load_image(p, max_size=decode_size_for(size)), size) for p in photos.path])
    zoom = torch.stack([siamese_preprocess(zoomed(load_image(p)), size) for p in photos.path])
    E = {'centre': embed(centre), 'centre~': embed(centre.flip(-1)), 'zoom': embed(zoom), 'zoom~': embed(zoom.flip(-1))}
    print(f'{split}: {len(photos)} photos, {len(E)} views embedded in {time.perf_counter() - t:.0f} s', flush=True)
    res += view_set_rows(model, part, E, SETS, split)
with atomic_write(Path(__file__).with_suffix('.csv')) as tmp: pd.DataFrame(res).to_csv(tmp, index=False)   # whole or not at all
