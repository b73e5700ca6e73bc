"""A fifth member for `SiameseEnsemble` that differs from the others: the shipped recipe (`train_siamese` defaults,
160 px) trained with seed 1 on 5,400 other series (`protocol_training_dataset(n_series=5400, seed=13)`: the training and
validation photos only, bursts the shipped 5,400-series model, series seed 12 and training seed 0, never saw), in
WORK_DIR/siamese-5400-s1. Why: more series of the same recipe stopped helping (`siamese_10800_fresh.py`: 10,800 series
scored no better than 5,400), while the two 224-px members gained through their mean rather than alone; a member with its
own bursts and its own initial head and batch order is the cheapest different member.

Scorers: `SiameseEnsemble` as it ships when this rule was written (four members: the shipped model at 160+224+288 px
and mirrors, the two 224-px models at 224 px and mirror, the 5,400-series model at 160+224+288 px and mirrors); the new
model at 160+224+288 px and mirrors, alone; the five-model mean (the four and it, equal weights).

Fresh series, new seeds (no figure of them seen before the rule was committed): 600 series (seed 47) of the 29 base
photos no shipped model trained on, 150 series (seed 48) of the 9 photos no model, probe or choice here trained on
(`fresh_series.fresh_sets`, other draws); intervals by bootstrap over base photos (scenes for the 9), differences paired
on the same draws.

The rule, written and committed before any fresh figure: the five-model mean becomes `SiameseEnsemble`'s default (the
new model shipped, its provenance with these figures) when, pooled over both fresh sets, its agreed-pair accuracy and
its top-1 are each at least the shipped ensemble's and the paired interval of neither difference lies wholly below 0
(`fresh_series.pooled_rule`). The issue's 0.85 / 0.75 are read off the same pooled figures. The protocol's validation
and test rows are recorded, not chosen on; so are the new model's figures alone.

    OMP_NUM_THREADS=2 python benchmarks/siamese_5400_s1_fresh.py train   # series, then the training
    OMP_NUM_THREADS=2 python benchmarks/siamese_5400_s1_fresh.py score   # the rule; writes the .csv (~11 min)
    OMP_NUM_THREADS=2 python benchmarks/siamese_5400_s1_fresh.py album   # recorded only; writes _album.csv

The album step (recorded, not a rule): 08a's album of the test photos picked by the album's defaults, then again with
each scorer above as the default composite's Siamese and alone (`album_tools.siamese_album_step`).
"""
import os, sys
from pathlib import Path
from phototriage.features import set_torch_threads
sys.path.insert(0, str(Path(__file__).parent))
from fresh_series import fifth_member_rule, train_on_more_series
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
RUN = work/'siamese-5400-s1'
fifth_member_rule(Path(__file__), sys.argv[1] if len(sys.argv) > 1 else 'score', work, RUN,
                  '5,400 other series, seed 1, 160+224+288, mirror',
                  lambda: train_on_more_series(work, 5400, RUN, series_seed=13, seed=1),
                  ('fresh6-unseen', 'fresh6-never'), (47, 48), '5400s1-album-default')
