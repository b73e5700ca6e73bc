"""Ship the two 224-px Siamese of `siamese_three_models_fresh.py` (seeds 0 and 1, one torch thread each) as
`phototriage/assets/models/siamese_224_s{seed}/`, the members of `SiameseEnsemble` besides the shipped 160-px model.
Each is written with its test-time setting (224 px and mirror) in its `config.yaml` and a provenance holding its figures
on the protocol's test photos, measured as 08a_protocol measures (and checks) them (`ship_tools.ship_siamese`).

    OMP_NUM_THREADS=2 python benchmarks/ship_siamese_224.py     # WORK_DIR=/tmp/phototriage-protocol
"""
import os, sys
from pathlib import Path
from phototriage.siamese import SHIPPED_SIAMESE_224
from phototriage.features import set_torch_threads
sys.path.insert(0, str(Path(__file__).parent))
from ship_tools import ship_siamese
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
for seed, dest in enumerate(SHIPPED_SIAMESE_224):
    ship_siamese(work, work/f'siamese-224-s{seed}-t1', dest, dict(seed=seed, input_size=224),
                 dict(test_time_flip=True, test_time_sizes=[224]), 'more', 'protocol_training_dataset, seed 12',
                 '224 px and mirror', f'siamese_mobilenet_v2.yaml with input_size 224, seed {seed}; one torch thread',
                 'OMP_NUM_THREADS=1 python benchmarks/siamese_three_models_fresh.py train:SEED, then '
                 'python benchmarks/ship_siamese_224.py')
