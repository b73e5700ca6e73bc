"""The six-member `SiameseEnsemble` as it ships, on the eight fresh sets of the last two rules pooled in one table:
seeds 49–52 (`siamese_pad_s2_fresh.py`, folders fresh7/fresh8) and 53–56 (`siamese_zoom_fresh.py`, fresh9/fresh10),
3,000 series in all. Why: the six met issue 18's 0.85 agreed pairs / 0.75 top-1 on the second draw (0.851 / 0.757)
and missed on the first (0.834 / 0.739); the mean of two pooled figures is not a pooled measurement, and it has no
interval. Recorded, not chosen on: nothing here changes a default.

Scorers: `SiameseEnsemble()` (the mean of its six members, each scored once) and its first member alone (the shipped
160-px model at 160+224+288 px and mirrors). Intervals by bootstrap over base photos (scenes for the 9 never-used
photos), the four draws of one pool resampled together (`fresh_series.fresh_table`), the single model's differences
paired against the six. The per-set rows must equal those the two rules recorded (checked against their CSVs).

    OMP_NUM_THREADS=1 python benchmarks/siamese_six_pooled.py     # WORK_DIR=/tmp/phototriage-protocol; ~90 min on 1 thread
"""
import os, sys, time
from pathlib import Path
import numpy as np, pandas as pd
from phototriage.features import set_torch_threads
from phototriage.siamese import SiameseEnsemble, SHIPPED_SIAMESE
sys.path.insert(0, str(Path(__file__).parent))
from fresh_series import BEST_160, scored_fresh_table
set_torch_threads()
here = Path(__file__).parent
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
FOLDERS = ('fresh7-unseen', 'fresh7-never', 'fresh8-unseen', 'fresh8-never',
           'fresh9-unseen', 'fresh9-never', 'fresh10-unseen', 'fresh10-never')
SEEDS = (49, 50, 51, 52, 53, 54, 55, 56)
ensemble = SiameseEnsemble()
members = ensemble.scorers
first = members[0]
assert len(members) == 6 and first.run_dir == SHIPPED_SIAMESE and first.config.get('test_time_sizes') == BEST_160['test_time_sizes']
names = ('SiameseEnsemble as shipped (six)', 'shipped 160-px model, 160+224+288, mirror')

def all_scores(photos):
    t = time.perf_counter(); per = [m(photos) for m in members]
    print(f'  scored {len(photos)} photos in {time.perf_counter() - t:.0f} s', flush=True)
    return dict(zip(names, (np.mean(per, 0), per[0])))           # as `SiameseEnsemble` (a `MeanScorer`) combines them

csv_path = here/'siamese_six_pooled.csv'
table = scored_fresh_table(work, FOLDERS, SEEDS, all_scores, list(names), names[0], csv_path)
# each set's rows are the ones the two rules recorded: the same series, the same scores
recorded = pd.concat([pd.read_csv(here/'siamese_pad_s2_fresh.csv').replace({'mean of the six': names[0]}),
                      pd.read_csv(here/'siamese_zoom_fresh.csv')])
for _, row in table[table.evidence.str.contains(r'\(seed ')].iterrows():
    if row.scorer != names[0]: continue
    old = recorded[(recorded.evidence == row.evidence) & (recorded.scorer == names[0])]
    assert len(old) == 1, row.evidence
    for m in ('pair_acc', 'pair_acc_agree', 'top1'):
        assert abs(old[m].iloc[0] - row[m]) <= 0.001, (row.evidence, m, old[m].iloc[0], row[m])
p = table[table.evidence == 'both, pooled'].set_index('scorer').loc[names[0]]
print(f"pooled over {p.series} series: agreed pairs {p.pair_acc_agree:.3f} [{p.pair_acc_agree_lo:.3f}, {p.pair_acc_agree_hi:.3f}]"
      f" (issue 0.85), top-1 {p.top1:.3f} [{p.top1_lo:.3f}, {p.top1_hi:.3f}] (issue 0.75), pair accuracy {p.pair_acc:.3f}")
