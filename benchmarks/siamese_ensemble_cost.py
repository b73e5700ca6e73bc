"""Would `SiameseEnsemble` gain from decoding each photo once for the members that read photos alike? Its two 224-px
members read the same 448-px decoding at 224 px; today each decodes it itself (the 160-px member's three sizes read a
576-px decoding of their own). `shared_decoding` below is that change: the members grouped by what `siamese_inputs`
reads (input sizes, padding), one decoding per group. Timed on the protocol's test split (08a: 509 photos of 192
series of the 16 test photos, 512 px) and on 120 of those photos enlarged to a camera's 4000 px (JPEG quality 92),
where decoding costs more; the files read once beforehand so that neither pays the disk; each way twice,
alternating; the scores must be equal to the last bit. (`SiameseEnsemble` has decoded once per size since
2026-12-07, `ensemble_decode_raw.py`; 'each member decodes' here is the members' mean as it computed it then.)

    OMP_NUM_THREADS=2 python benchmarks/siamese_ensemble_cost.py     # WORK_DIR=/tmp/phototriage-protocol; ~8 minutes
"""
import os
from pathlib import Path
import numpy as np, pandas as pd, cv2
from phototriage.synthetic import protocol_dataset
from phototriage.siamese import SiameseEnsemble, siamese_inputs, siamese_scores
from phototriage.iqa import input_sizes
from phototriage.evaluation import photos_view, checked_scores, MeanScorer
from phototriage.features import set_torch_threads
from phototriage.weights import atomic_write
from timing_tools import alternate_timings
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
test = protocol_dataset(work/'protocol').split('test')
sets = {'protocol test split, 512 px': test.photos[['path', 'series_id', 'photo_idx']]}
camera = work/'camera-size'; camera.mkdir(exist_ok=True)       # a camera's size: the first 120 enlarged to 4000 px, q 92
big = test.photos.iloc[:120][['path', 'series_id', 'photo_idx']].copy()
for i, p in enumerate(big.path):
    out = camera/f'{i:03d}.jpg'
    if not out.exists():
        img = cv2.imread(str(p)); s = 4000 / max(img.shape[:2])
        cv2.imwrite(str(out), cv2.resize(img, None, fx=s, fy=s, interpolation=cv2.INTER_CUBIC), [cv2.IMWRITE_JPEG_QUALITY, 92])
sets['the first 120 of them enlarged to 4000 px'] = big.assign(path=[str(camera/f'{i:03d}.jpg') for i in range(len(big))])
def shared_decoding(ens, photos):
    "`ens`'s scores with one decoding of each photo per group of members that read photos alike"
    key = lambda m: (tuple(input_sizes(m.config)), bool(m.config.get('pad_square', False)))
    scores = [None] * len(ens.scorers)
    for k in dict.fromkeys(map(key, ens.scorers)):
        ms = [i for i, m in enumerate(ens.scorers) if key(m) == k]
        images = siamese_inputs(photos.path, ens.scorers[ms[0]].config)
        for i in ms:
            m = ens.scorers[i]
            scores[i] = checked_scores(siamese_scores(m.model, photos.path, photos_view(photos), m.config, images=images), len(photos))
    return np.mean(scores, axis=0)
ens = SiameseEnsemble()
each_member = MeanScorer(ens.scorers)     # SiameseEnsemble as it was: each member decodes
rows = alternate_timings(sets, {'each member decodes (SiameseEnsemble)': each_member,
                                'shared decoding': lambda p: shared_decoding(ens, p)})
with atomic_write(Path(__file__).with_suffix('.csv')) as f: pd.DataFrame(rows).to_csv(f, index=False)
