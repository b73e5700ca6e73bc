"""A fifth member for `SiameseEnsemble`: the Siamese trained on 10,800 series. Doubling the training series from 2,700
to 5,400 was the largest lever measured for the Siamese (`siamese_more_series_probe.py`: protocol test top-1 0.672 →
0.766 plain), and the 5,400-series model alone scored level with the three-model ensemble on fresh series
(`siamese_5400_ensemble_fresh.py`). This doubles the series again: the shipped recipe (`train_siamese` defaults, seed 0,
160 px) on `protocol_training_dataset(n_series=10800)` (the training and validation photos only), in
WORK_DIR/siamese-10800.

Scorers: `SiameseEnsemble` as it ships when this rule was written (four members: the shipped model at 160+224+288 px and
mirrors, the two 224-px models at 224 px and mirror, the 5,400-series model at 160+224+288 px and mirrors); the
10,800-series model at 160+224+288 px and mirrors, alone; the five-model mean (the four and it, equal weights).

Fresh series, new seeds (no figure of them seen before the rule was committed): 600 series (seed 45) of the 29 base
photos no shipped model trained on, 150 series (seed 46) of the 9 photos no model, probe or choice here trained on
(`fresh_series.fresh_sets`, other draws); intervals by bootstrap over base photos (scenes for the 9), differences paired
on the same draws.

The rule, written and committed before any fresh figure: the five-model mean becomes `SiameseEnsemble`'s default (the
10,800-series model shipped, its provenance with these figures) when, pooled over both fresh sets, its agreed-pair
accuracy and its top-1 are each at least the shipped ensemble's and the paired interval of neither difference lies
wholly below 0 (`fresh_series.pooled_rule`). The issue's 0.85 / 0.75 are read off the same pooled figures. The
protocol's validation and test rows are recorded, not chosen on; so are the 10,800-series model's figures alone.

    OMP_NUM_THREADS=2 python benchmarks/siamese_10800_fresh.py train   # 489 s of series, 4,437 s of training
    OMP_NUM_THREADS=2 python benchmarks/siamese_10800_fresh.py score   # the rule; writes the .csv (~11 min)
    OMP_NUM_THREADS=2 python benchmarks/siamese_10800_fresh.py album   # recorded only; writes _album.csv

The album step (recorded, not a rule): 08a's album of the test photos picked by the album's defaults, then again with
each scorer above as the default composite's Siamese and alone (`album_tools.siamese_in_album`).
"""
import os, sys
from pathlib import Path
from phototriage.features import set_torch_threads
sys.path.insert(0, str(Path(__file__).parent))
from fresh_series import fifth_member_rule, train_on_more_series
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
RUN = work/'siamese-10800'
fifth_member_rule(Path(__file__), sys.argv[1] if len(sys.argv) > 1 else 'score', work, RUN,
                  '10,800 series, 160+224+288, mirror', lambda: train_on_more_series(work, 10800, RUN),
                  ('fresh5-unseen', 'fresh5-never'), (45, 46), '10800-album-default')
