"""Ship the two 224-px Siamese of `siamese_three_models_fresh.py` (seeds 0 and 1, one torch thread each) as
`phototriage/assets/models/siamese_224_s{seed}/`, the members of `SiameseEnsemble` besides the shipped 160-px model.
Each is written with its test-time setting (224 px and mirror) in its `config.yaml` and a provenance holding its figures
on the protocol's test photos, measured as 08a_protocol measures (and checks) them.

    OMP_NUM_THREADS=2 python benchmarks/ship_siamese_224.py     # WORK_DIR=/tmp/phototriage-protocol
"""
import json, os
from pathlib import Path
from phototriage.data import read_phototriage
from phototriage.synthetic import split_by_source
from phototriage.protocol import bootstrap_metrics
from phototriage.evaluation import evaluate_scores
from phototriage.siamese import SiameseScorer, load_siamese, SHIPPED_SIAMESE_224
from phototriage.training import save_run
from phototriage.features import set_torch_threads
from phototriage.weights import atomic_write
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
proto = split_by_source(read_phototriage(work/'protocol'))
test = proto.split('test')
more = split_by_source(read_phototriage(work/'more'))
for seed, dest in enumerate(SHIPPED_SIAMESE_224):
    run = load_siamese(work/f'siamese-224-s{seed}-t1')
    assert run.config['seed'] == seed and run.config['input_size'] == 224, run.config
    save_run(dest, run.model, {**run.config, 'test_time_flip': True, 'test_time_sizes': [224]})
    scores = SiameseScorer(dest)(test.photos)
    res = {**evaluate_scores(test, scores), **bootstrap_metrics(test, scores)}
    with atomic_write(dest/'provenance.json') as tmp: tmp.write_text(json.dumps(dict(
        data=f'the generalisation protocol (08a_protocol): {len(proto.series)} series of the varied recipe (seed 11, 512 px), '
             f'split by base photo 60/15/25 (seed 0); trained on {len(more.split("train").series)} series of the '
             f'{more.split("train").photos.source.nunique()} training photos (protocol_training_dataset, seed 12), measured '
             f'at 224 px and mirror on the {test.photos.source.nunique()} test photos (intervals: 95 %, bootstrap over '
             f'base photos)',
        config=f'siamese_mobilenet_v2.yaml with input_size 224, seed {seed}; one torch thread',
        test_results={k: round(float(v), 4) for k, v in res.items()},
        command='OMP_NUM_THREADS=1 python benchmarks/siamese_three_models_fresh.py train:SEED, then '
                'python benchmarks/ship_siamese_224.py'), indent=1))
    print(dest.name, {k: round(float(res[k]), 3) for k in ('pair_acc', 'pair_acc_agree', 'top1')}, flush=True)
