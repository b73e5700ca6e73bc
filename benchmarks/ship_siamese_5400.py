"""Ship the 5,400-series Siamese of `siamese_5400_ensemble_fresh.py` (the shipped recipe, 160 px, seed 0, trained on
5,400 series of the training and validation photos) as `phototriage/assets/models/siamese_5400/`, `SiameseEnsemble`'s
fourth member, as that script's rule decided. Written with its test-time setting (160+224+288 px and mirrors, the
shipped model's best) in its `config.yaml` and a provenance holding its figures on the protocol's test photos,
measured as 08a_protocol measures (and checks) them, and its fresh-series figures from the rule's CSV.

    OMP_NUM_THREADS=2 python benchmarks/ship_siamese_5400.py     # WORK_DIR=/tmp/phototriage-protocol
"""
import json, os
from pathlib import Path
import pandas as pd
from phototriage.data import read_phototriage
from phototriage.synthetic import split_by_source
from phototriage.protocol import bootstrap_metrics
from phototriage.evaluation import evaluate_scores
from phototriage.siamese import SiameseScorer, load_siamese, SHIPPED_SIAMESE_5400
from phototriage.training import save_run
from phototriage.features import set_torch_threads
from phototriage.weights import atomic_write
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
proto = split_by_source(read_phototriage(work/'protocol'))
test = proto.split('test')
more = split_by_source(read_phototriage(work/'more-5400'))
run = load_siamese(work/'siamese-5400')
assert run.config['seed'] == 0 and run.config['input_size'] == 160, run.config
dest = SHIPPED_SIAMESE_5400
save_run(dest, run.model, {**run.config, 'test_time_flip': True, 'test_time_sizes': [160, 224, 288]})
scores = SiameseScorer(dest)(test.photos)
res = {**evaluate_scores(test, scores), **bootstrap_metrics(test, scores)}
fresh = pd.read_csv(Path(__file__).with_name('siamese_5400_ensemble_fresh.csv'))
fresh = fresh[(fresh.evidence == 'both, pooled') & fresh.scorer.str.startswith('5,400')].iloc[0]
with atomic_write(dest/'provenance.json') as tmp: tmp.write_text(json.dumps(dict(
    data=f'the generalisation protocol (08a_protocol): {len(proto.series)} series of the varied recipe (seed 11, 512 px), '
         f'split by base photo 60/15/25 (seed 0); trained on {len(more.split("train").series)} series of the '
         f'{more.split("train").photos.source.nunique()} training photos (protocol_training_dataset with n_series 5400, '
         f'seed 12), measured at 160+224+288 px and mirrors on the {test.photos.source.nunique()} test photos (intervals: '
         f'95 %, bootstrap over base photos)',
    config='siamese_mobilenet_v2.yaml (the shipped recipe), seed 0; two torch threads',
    test_results={k: round(float(v), 4) for k, v in res.items()},
    fresh_series_results={k: float(fresh[k]) for k in ('pair_acc', 'pair_acc_agree', 'top1')},
    fresh_series='750 series of the 38 base photos no shipped model trained on (siamese_5400_ensemble_fresh.py, seeds 43 '
                 'and 44), the model alone',
    command='OMP_NUM_THREADS=2 python benchmarks/siamese_5400_ensemble_fresh.py train, then '
            'python benchmarks/ship_siamese_5400.py'), indent=1))
print(dest.name, {k: round(float(res[k]), 3) for k in ('pair_acc', 'pair_acc_agree', 'top1')}, flush=True)
