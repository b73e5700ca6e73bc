"""Does a Siamese trained on bursts at two sizes judge the album's photos better? The recipe's defects are sized in
pixels, so a 1024-px album shows a model (reading 160 px) defects half as large as the 512-px series it was trained on
(`album_resolution.py`); the Siamese held up there better than the quality head, and is the component a next step
would train. One run of the shipped recipe (`train_siamese` defaults, seed 0) on `protocol_training_dataset`'s 2,700
series with the even series at 512 px and the odd ones at 1024 px (the same bursts and amount of data as the shipped
model's, two scales; made as `quality_head_scales.py` makes its `mixed` head's), against the shipped model (that recipe
at 512 px, seed 0). Both plain (160 px, no mirror), as the album reads them.

Measured: the protocol's validation and test splits (512 px; pair accuracy, agreed pairs, top-1, intervals over base
photos), and pair accuracy within the true bursts (latent qualities at least 0.5 apart) on the paired albums
(`album_tools`, 120 bursts, seed 4, 512 and 1024 px) of the validation and of the test photos, read from the files,
with paired intervals over bursts.

The rule, written before any figure: the two-scale recipe is worth training further (more seeds, then shipping by 08a's
record run) when on the validation photos' 1024-px album its pair accuracy beats the shipped model's with the paired
interval above 0, and its agreed pairs on the protocol's validation split are at least the shipped model's minus 0.01.
One seed: a pass is a reason to train seeds, not to ship. Test figures are reported, not chosen on.

    OMP_NUM_THREADS=2 python benchmarks/siamese_scales_probe.py   # WORK_DIR=/tmp/phototriage-protocol; ~45 minutes
                                                                  # with quality_head_scales.py's series made
"""
import os, sys, time
from pathlib import Path
import numpy as np, pandas as pd
from phototriage.data import TriageData
from phototriage.synthetic import protocol_dataset, protocol_training_dataset
from phototriage.siamese import train_siamese, SiameseScorer
from phototriage.evaluation import score_with
from phototriage.protocol import bootstrap_metrics, METRICS
from phototriage.features import set_torch_threads
from phototriage.weights import atomic_write
sys.path.insert(0, str(Path(__file__).parent))
from album_tools import models_on_paired_albums
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
data = {512: protocol_training_dataset(work/'more'), 1024: protocol_training_dataset(work/'more-1024', long_side=1024)}
a = data[512].subset(data[512].series.index[data[512].series.index % 2 == 0])
b = data[1024].subset(data[1024].series.index[data[1024].series.index % 2 == 1])
mixed = TriageData(pd.concat([a.photos, b.photos]), pd.concat([a.pairs, b.pairs]), a.root)
run = work/'siamese-two-scales'
if not (run/'model.safetensors').exists():
    t = time.perf_counter(); _, res = train_siamese(mixed, run, resume=True)   # resumes an interrupted run
    print(f'trained in {time.perf_counter() - t:.0f} s: {res}', flush=True)
models = {'shipped (512 px)': SiameseScorer(), 'two scales (512 + 1024 px)': SiameseScorer(run)}
proto = protocol_dataset(work/'protocol')
rows = []
for name, m in models.items():
    for split in ('valid', 'test'):
        part = proto.split(split)
        r = bootstrap_metrics(part, score_with(m, part.photos))
        rows.append(dict(model=name, on=f'protocol {split} (512 px)', **{k: round(v, 4) for k, v in r.items()}))
        print(rows[-1], flush=True)
rows += models_on_paired_albums(models, 'shipped (512 px)', work)
table = pd.DataFrame(rows)
with atomic_write(Path(__file__).with_suffix('.csv')) as f: table.to_csv(f, index=False)
t = table.set_index(['model', 'on']); new, old = 'two scales (512 + 1024 px)', 'shipped (512 px)'
al = t.loc[(new, 'album of the valid photos, 1024 px')]
ok = al.vs_shipped_diff_lo > 0 and t.loc[(new, 'protocol valid (512 px)'), 'pair_acc_agree'] >= t.loc[(old, 'protocol valid (512 px)'), 'pair_acc_agree'] - 0.01
print(f"rule: the two-scale recipe {'is' if ok else 'is not'} worth training further: validation album (1024 px) "
      f"{al.pair_acc:.3f}, difference [{al.vs_shipped_diff_lo:+.3f}, {al.vs_shipped_diff_hi:+.3f}]; protocol validation agreed pairs "
      f"{t.loc[(new, 'protocol valid (512 px)'), 'pair_acc_agree']:.3f} against {t.loc[(old, 'protocol valid (512 px)'), 'pair_acc_agree']:.3f}")
