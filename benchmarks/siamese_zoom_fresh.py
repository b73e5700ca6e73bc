"""A closer view for every `SiameseEnsemble` member: `test_time_zoom: 0.5` (05_siamese) adds to each member's views the
middle half of the photo's short side, from a decoding twice as large, at the member's input size (with its mirror
where the member uses mirrors), counting as much as the member's other views together. Why: motion blur is the
largest share of the Siamese's errors (45 of 122 on the protocol) and a 160-px view of a 512-px photo shrinks it with
the photo; on the protocol the shipped model at 160 px gained with the view (`siamese_zoom_probe.py`: agreed pairs
0.847 → 0.866 on validation, 0.814 → 0.826 on test).

Scorers: `SiameseEnsemble()` as it ships when this rule was written (six members, each at its own setting); the shipped
160-px model at 160+224+288 px and mirrors without and with the zoomed view (recorded); the six, each member with the
zoomed view. Each member embeds the photos once: its usual views and the zoomed one, the two means combined as
`siamese_embeddings` combines them (checked here against `SiameseScorer(test_time_zoom=0.5)` on the first 40 photos).

Fresh series, four new sets (no figure of them seen before this rule was committed): 600 series of the 29 base photos
no shipped model trained on with seeds 53 and 55, 150 series of the 9 photos no model, probe or choice here trained on
with seeds 54 and 56 (`fresh_series.fresh_sets`); intervals by bootstrap over base photos (scenes for the 9), the two
draws of one pool resampled together, differences paired.

The rule, written and committed before any fresh figure: the zoomed view becomes `SiameseEnsemble`'s default (every
member with `test_time_zoom: 0.5`) when, pooled over the four fresh sets, the six with it score agreed-pair accuracy and
top-1 each at least the six's without, and the paired interval of neither difference lies wholly below 0
(`fresh_series.pooled_rule`). The protocol's validation and test rows are recorded, not chosen on.

    OMP_NUM_THREADS=2 python benchmarks/siamese_zoom_fresh.py      # WORK_DIR=/tmp/phototriage-protocol; ~35 min
"""
import os, sys, time
from pathlib import Path
import numpy as np, torch
from phototriage.features import set_torch_threads
from phototriage.evaluation import photos_view
from phototriage.siamese import (SiameseEnsemble, SiameseScorer, SHIPPED_SIAMESE, siamese_inputs, siamese_embeddings,
                                 round_robin)
sys.path.insert(0, str(Path(__file__).parent))
from fresh_series import BEST_160, fresh_rule_step
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
FOLDERS, SEEDS = ('fresh9-unseen', 'fresh9-never', 'fresh10-unseen', 'fresh10-never'), (53, 54, 55, 56)
ZOOM = 0.5
members = SiameseEnsemble().scorers
assert len(members) == 6 and not any(m.config.get('test_time_zoom') for m in members)   # as shipped when written

@torch.no_grad()
def both_ways(m, photos):
    "Member `m`'s round-robin scores of `photos` without and with the zoomed view, from one embedding of each view"
    cfg = {**m.config, 'test_time_zoom': ZOOM}; plain = {**m.config, 'test_time_zoom': None}
    views = siamese_inputs(photos.path, cfg)
    usual, closer = siamese_embeddings(m.model, views[:-1], plain), siamese_embeddings(m.model, views[-1:], plain)
    out = []
    for emb in (usual, (usual + closer) / 2):               # `siamese_embeddings`' combination with the zoomed view
        sc = np.zeros(len(photos), np.float32)
        for _, g in photos.reset_index(drop=True).groupby('series_id'):
            sc[g.index] = round_robin(m.model, emb[torch.tensor(g.index.to_numpy())]).numpy()
        out.append(sc)
    return out

names = ('SiameseEnsemble as shipped (six)', 'shipped 160-px model, 160+224+288, mirror',
         'the same with the zoomed view', 'the six, each with the zoomed view')
checked = []
def all_scores(photos):
    t = time.perf_counter(); per = [both_ways(m, photos) for m in members]
    print(f'  scored {len(photos)} photos in {time.perf_counter() - t:.0f} s', flush=True)
    if not checked:                                          # the benchmark's combination is the package's
        few = photos.iloc[:40]; series = few.series_id.isin(few.series_id.value_counts()[lambda v: v > 1].index)
        few = few[series]
        for m in members[:2]:
            direct = SiameseScorer(m.run_dir, test_time_zoom=ZOOM,
                                   test_time_sizes=m.config.get('test_time_sizes'),
                                   test_time_flip=m.config.get('test_time_flip'))(few)
            assert np.allclose(direct, both_ways(m, few)[1], atol=1e-4), m.name
        checked.append(True)
    plain, zoomed = [p[0] for p in per], [p[1] for p in per]
    first = members[0]
    assert first.run_dir == SHIPPED_SIAMESE and first.config.get('test_time_sizes') == BEST_160['test_time_sizes']
    return dict(zip(names, (np.mean(plain, 0), plain[0], zoomed[0], np.mean(zoomed, 0))))

fresh_rule_step(work, FOLDERS, SEEDS, all_scores, names, Path(__file__).with_suffix('.csv'), 'the zoomed view for every member')
