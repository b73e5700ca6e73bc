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
import os, sys, time
from pathlib import Path
from phototriage.synthetic import protocol_training_dataset
from phototriage.siamese import (train_siamese, SiameseScorer, SHIPPED_SIAMESE, SHIPPED_SIAMESE_224,
                                 SHIPPED_SIAMESE_5400)
from phototriage.features import set_torch_threads
from phototriage.weights import atomic_write
sys.path.insert(0, str(Path(__file__).parent))
from fresh_series import scored_fresh_table, pooled_rule
from album_tools import siamese_in_album
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
step = sys.argv[1] if len(sys.argv) > 1 else 'score'
RUN = work/'siamese-10800'
BEST = dict(test_time_sizes=[160, 224, 288], test_time_flip=True)      # the 160-px models' best setting

if step == 'train':
    t = time.perf_counter()
    data = protocol_training_dataset(work/'more-10800', n_series=10800)
    print(f'{len(data.series)} series, {len(data.photos)} photos made in {time.perf_counter() - t:.0f} s', flush=True)
    if not (RUN/'model.safetensors').exists():
        t = time.perf_counter(); _, res = train_siamese(data, RUN, resume=True)   # resumes an interrupted run
        print(f'trained in {time.perf_counter() - t:.0f} s: {res}', flush=True)
    sys.exit()

assert (RUN/'model.safetensors').exists(), f'{RUN}: train it first'
SHIPPED, NEW, MEAN = 'SiameseEnsemble as shipped (four)', '10,800 series, 160+224+288, mirror', 'mean of the five'
shipped = [SiameseScorer(SHIPPED_SIAMESE, **BEST), *(SiameseScorer(r) for r in SHIPPED_SIAMESE_224),
           SiameseScorer(SHIPPED_SIAMESE_5400, **BEST)]     # pinned: the four it had when this rule was written
new = SiameseScorer(RUN, **BEST)

def all_scores(photos):
    "Each member's scores once; the two means from them"
    t = time.perf_counter(); members = [m(photos) for m in shipped]
    n = new(photos); print(f'  scored {len(photos)} photos in {time.perf_counter() - t:.0f} s', flush=True)
    return {SHIPPED: sum(members) / len(members), NEW: n, MEAN: (sum(members) + n) / (len(members) + 1)}

if step == 'score':
    table = scored_fresh_table(work, ('fresh5-unseen', 'fresh5-never'), (45, 46), all_scores, [SHIPPED, NEW, MEAN], SHIPPED,
                               Path(__file__).with_suffix('.csv'))
    ok, figures = pooled_rule(table, MEAN)
    print(f"rule: the five-model mean {'becomes' if ok else 'does not become'} SiameseEnsemble's default; {figures}")

if step == 'album':
    table, own = siamese_in_album(work, all_scores, out_name='10800-album-default')
    with atomic_write(Path(__file__).with_name(Path(__file__).stem + '_album.csv')) as tmp: table.to_csv(tmp, index=False)
    t = table.set_index(['siamese', 'weights'])
    print(f"the album as it ships picks its burst's best photo in {own:.3f}; in the default composite: " + ', '.join(
        f"{n} {t.loc[(n, 'default composite'), 'only_best']:.3f} [{t.loc[(n, 'default composite'), 'vs_lo']:+.3f}, "
        f"{t.loc[(n, 'default composite'), 'vs_hi']:+.3f}]" for n in (SHIPPED, NEW, MEAN)))
