"""Ship the Siamese of `siamese_pad_s2_fresh.py` (the shipped recipe, 160 px, the whole frame padded to a square,
training seed 2, trained on 5,400 other series of the training and validation photos, series seed 14) as
`phototriage/assets/models/siamese_pad_s2/`, `SiameseEnsemble`'s sixth member, as that script's rule decided. Written
with its test-time setting (160+224+288 px and mirrors, the 160-px members' setting) in its `config.yaml` and a
provenance holding its figures on the protocol's test photos, measured as 08a_protocol measures (and checks) them
(`ship_tools.ship_siamese`), and its fresh-series figures from the rule's CSV.

    OMP_NUM_THREADS=2 python benchmarks/ship_siamese_pad_s2.py     # WORK_DIR=/tmp/phototriage-protocol
"""
import os, sys
from pathlib import Path
from phototriage.siamese import SHIPPED_SIAMESE_PAD_S2
from phototriage.features import set_torch_threads
sys.path.insert(0, str(Path(__file__).parent))
from ship_tools import ship_siamese, fresh_alone
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
ship_siamese(work, work/'siamese-pad-s2', SHIPPED_SIAMESE_PAD_S2, dict(seed=2, input_size=160, pad_square=True),
             dict(test_time_flip=True, test_time_sizes=[160, 224, 288]), 'more-5400-s14',
             'protocol_training_dataset with n_series 5400, seed 14', '160+224+288 px and mirrors',
             'siamese_mobilenet_v2.yaml (the shipped recipe) with pad_square true, seed 2; two torch threads',
             'OMP_NUM_THREADS=2 python benchmarks/siamese_pad_s2_fresh.py train, then '
             'python benchmarks/ship_siamese_pad_s2.py',
             **fresh_alone('siamese_pad_s2_fresh.csv', 'padded frame',
                           '1,500 series of the 38 base photos no shipped model trained on (siamese_pad_s2_fresh.py, '
                           'seeds 49 to 52), the model alone'))
