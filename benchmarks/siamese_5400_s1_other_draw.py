"""The five-model `SiameseEnsemble` (as `siamese_5400_s1_fresh.py`'s rule adopted it) against the four it replaced, on
an earlier fresh draw: the series of seeds 45 and 46 that `siamese_10800_fresh.py` scored (600 series of the 29 photos
no shipped model trained on, 150 of the 9 never-used photos). Recorded, not a rule: the rule was decided on seeds 47 and
48; this says whether its gain shows on another draw of the same kind (the four's top-1 moved 0.725–0.739 between draws).

    OMP_NUM_THREADS=2 python benchmarks/siamese_5400_s1_other_draw.py   # writes the .csv (~15 min with the protocol rows)
"""
import os, sys
from pathlib import Path
from phototriage.features import set_torch_threads
sys.path.insert(0, str(Path(__file__).parent))
from fresh_series import fifth_member_rule
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
fifth_member_rule(Path(__file__), 'score', work, work/'siamese-5400-s1', '5,400 other series, seed 1, 160+224+288, mirror',
                  None, ('fresh5-unseen', 'fresh5-never'), (45, 46), None)
