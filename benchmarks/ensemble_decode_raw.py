"""Does `SiameseEnsemble` gain from decoding each photo once per decoding size (576 px for the four 160-px members,
448 px for the two 224-px ones) rather than once per member, where decoding is dear: camera RAW files? The earlier
measurement (`siamese_ensemble_cost.py`, three members, JPEGs) found no gain past the run-to-run spread. Here: 24 DNGs
of 4000×3000 (`write_dng`, no embedded preview, so `load_raw` demosaics them at half size, as for a RAW without a large
enough preview) and the same 24 scenes as 4000×3000 JPEGs (quality 92), eight bursts of three from scikit-image's
photos (`make_synthetic_album`). 'each member decodes' is the mean of the members called one by one, as
`SiameseEnsemble` computed it before (MeanScorer); 'once per size' is `SiameseEnsemble` now. Files in the page cache,
each way twice, alternating, 2 threads; the scores must be equal to the last bit.

    OMP_NUM_THREADS=2 python benchmarks/ensemble_decode_raw.py     # WORK_DIR=/tmp/bench; ~5 minutes
"""
import os
from pathlib import Path
import pandas as pd, cv2
from phototriage.ingest import make_synthetic_album
from phototriage.iqa import write_dng
from phototriage.evaluation import MeanScorer
from phototriage.siamese import SiameseEnsemble
from phototriage.features import set_torch_threads
from phototriage.weights import atomic_write
from timing_tools import alternate_timings
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/bench'))/'ensemble-decode'
gt = make_synthetic_album(work/'album', n_bursts=8, sizes=(3,), seed=0, long_side=1000)
(work/'dng').mkdir(exist_ok=True); (work/'jpeg').mkdir(exist_ok=True)
dngs, jpegs = [], []
for i, p in enumerate(gt.path):
    img = cv2.resize(cv2.imread(str(p)), (4000, 3000), interpolation=cv2.INTER_CUBIC)
    dngs.append(work/'dng'/f'{i:02d}.dng'); jpegs.append(work/'jpeg'/f'{i:02d}.jpg')
    if not dngs[-1].exists(): write_dng(dngs[-1], img[..., ::-1].copy())
    if not jpegs[-1].exists(): cv2.imwrite(str(jpegs[-1]), img, [cv2.IMWRITE_JPEG_QUALITY, 92])
series = gt.burst.to_numpy()
sets = {'DNG 4000×3000, no preview': pd.DataFrame(dict(path=list(map(str, dngs)), series_id=series, photo_idx=range(len(gt)))),
        'JPEG 4000×3000, q 92': pd.DataFrame(dict(path=list(map(str, jpegs)), series_id=series, photo_idx=range(len(gt))))}
ens = SiameseEnsemble()
each_member = MeanScorer(ens.scorers)     # SiameseEnsemble as it was: each member decodes
rows = alternate_timings(sets, {'each member decodes': each_member, 'once per size (SiameseEnsemble)': ens})
with atomic_write(Path(__file__).with_suffix('.csv')) as f: pd.DataFrame(rows).to_csv(f, index=False)
