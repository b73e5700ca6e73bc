"""Where does the protocol's best scorer before test-time sizes (the shipped Siamese CNN with its mirror average) go
wrong? Each agreed pair (agreement >= 0.7) of the protocol's validation and test photos is put under the degradation
whose cost (the terms of `latent_quality`) differs most between its two photos; per degradation and split: the pairs,
the share judged right, the errors.

    OMP_NUM_THREADS=2 python benchmarks/siamese_errors_by_degradation.py   # WORK_DIR=/tmp/phototriage-protocol; ~1 min
"""
import os, math
from pathlib import Path
import numpy as np, pandas as pd
from phototriage.data import pair_agreement
from phototriage.synthetic import protocol_dataset
from phototriage.siamese import SiameseScorer
from phototriage.features import set_torch_threads
from phototriage.weights import atomic_write
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
proto = protocol_dataset(work/'protocol')           # read where made from the same settings and photos, else made
params = pd.read_csv(work/'protocol'/'synthetic_params.csv')

def cost_terms(d:dict)->dict:
    "`latent_quality`'s cost, term by term (taste as a cost: minus it)"
    wb = abs(math.log1p(d['wb_r'])) + abs(math.log1p(d['wb_b']))
    return dict(motion=0.12*d['motion'], defocus=0.35*d['defocus'], noise=0.10*d['noise'], exposure=1.6*abs(d['ev']),
                white_balance=4*wb, jpeg=0.02*(95 - d['jpeg']), gauss_blur=0.3*d['gauss_blur'],
                resolution_loss=2.5*(1 - d['downscale']), haze=3*d['haze'], oversharpen=0.6*d['oversharpen'],
                occlusion=8*d['occlusion'], taste=-d['taste'])

costs = pd.DataFrame([cost_terms(r) for r in params.to_dict('records')],
                     index=pd.MultiIndex.from_arrays([params.series_id, params.photo_idx]))
# the terms are latent_quality's, written out: they must add up to the quality each photo was labelled with
assert np.allclose(-costs.sum(1).to_numpy(), params.quality.to_numpy(), atol=1e-6)
scorer, rows = SiameseScorer(test_time_flip=True), []
for split in ('valid', 'test'):
    part = proto.split(split)
    s = pd.Series(scorer(part.photos), index=pd.MultiIndex.from_arrays([part.photos.series_id, part.photos.photo_idx]))
    p = part.pairs[part.pairs.ratio != 0.5]
    p = p[(pair_agreement(p) >= 0.7 - 1e-9).to_numpy()]
    ia, ib = (pd.MultiIndex.from_arrays([p.series_id, p[c]]) for c in ('photo_a', 'photo_b'))
    ok = (s.reindex(ia).to_numpy() > s.reindex(ib).to_numpy()) == (p.ratio.to_numpy() > 0.5)
    diff = costs.reindex(ia).to_numpy() - costs.reindex(ib).to_numpy()
    rows.append(pd.DataFrame(dict(split=split, degradation=costs.columns[np.abs(diff).argmax(1)], ok=ok)))
pairs = pd.concat(rows)
both = pairs.assign(split='valid+test')
table = (pd.concat([pairs, both]).groupby(['split', 'degradation']).ok.agg(pairs='size', right='mean')
         .assign(errors=lambda t: (t.pairs * (1 - t.right)).round().astype(int)).reset_index()
         .sort_values(['split', 'errors'], ascending=[True, False]))
print(table.round(3).to_string(index=False))
with atomic_write(Path(__file__).with_suffix('.csv')) as tmp: table.round(4).to_csv(tmp, index=False)
