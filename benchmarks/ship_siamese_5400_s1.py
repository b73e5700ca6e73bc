"""Ship the Siamese of `siamese_5400_s1_fresh.py` (the shipped recipe, 160 px, training seed 1, trained on 5,400 other
series of the training and validation photos, series seed 13) as `phototriage/assets/models/siamese_5400_s1/`,
`SiameseEnsemble`'s fifth member, as that script's rule decided. Written with its test-time setting (160+224+288 px and
mirrors, the 160-px models' best) in its `config.yaml` and a provenance holding its figures on the protocol's test
photos, measured as 08a_protocol measures (and checks) them (`ship_tools.ship_siamese`), and its fresh-series figures
from the rule's CSV.

    OMP_NUM_THREADS=2 python benchmarks/ship_siamese_5400_s1.py     # WORK_DIR=/tmp/phototriage-protocol
"""
import os, sys
from pathlib import Path
from phototriage.siamese import SHIPPED_SIAMESE_5400_S1
from phototriage.features import set_torch_threads
sys.path.insert(0, str(Path(__file__).parent))
from ship_tools import ship_siamese, fresh_alone
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
ship_siamese(work, work/'siamese-5400-s1', SHIPPED_SIAMESE_5400_S1, dict(seed=1, input_size=160),
             dict(test_time_flip=True, test_time_sizes=[160, 224, 288]), 'more-5400-s13',
             'protocol_training_dataset with n_series 5400, seed 13', '160+224+288 px and mirrors',
             'siamese_mobilenet_v2.yaml (the shipped recipe), seed 1; two torch threads',
             'OMP_NUM_THREADS=2 python benchmarks/siamese_5400_s1_fresh.py train, then '
             'python benchmarks/ship_siamese_5400_s1.py',
             **fresh_alone('siamese_5400_s1_fresh.csv', '5,400 other series',
                           '750 series of the 38 base photos no shipped model trained on (siamese_5400_s1_fresh.py, '
                           'seeds 47 and 48), the model alone'))
