"""Does the Siamese gain from more training series of the same photos? Going from the protocol's 552 training series to
`protocol_training_dataset`'s 2,104 (2,700 series over the 59 training and validation photos) was the largest gain any
change has measured here (validation pair accuracy 0.721 → 0.782); nothing has measured beyond 2,700. One run of the
shipped recipe (`train_siamese` defaults, seed 0, 160 px) on 5,400 series of the same photos (`protocol_training_dataset`
with `n_series=5400`, series seed 12, the varied recipe at 512 px), against the shipped model (the same recipe on 2,700).
Both plain (160 px, no mirror).

Measured: the protocol's validation and test splits (512 px; pair accuracy, agreed pairs, top-1, intervals over base
photos, and the difference from the shipped model paired over base photos), and pair accuracy within the true bursts
(latent qualities at least 0.5 apart) on the paired albums (`album_tools`, 120 bursts, seed 4, 512 and 1024 px) of the
validation and of the test photos, read from the files, with paired intervals over bursts.

The rule, written before any figure: 5,400 series are worth training the ensemble's members by (the 224-px models,
more seeds, then shipping by the record runs) when on the protocol's validation split the agreed-pairs accuracy beats the
shipped model's by at least 0.01, and on the validation photos' 1024-px album its pair accuracy is not below the
shipped model's (paired difference ≥ 0). One seed: a pass is a reason to train more, not to ship. Test figures are
reported, not chosen on.

    OMP_NUM_THREADS=2 python benchmarks/siamese_more_series_probe.py   # WORK_DIR=/tmp/phototriage-protocol
"""
import os, sys, time
from pathlib import Path
import numpy as np, pandas as pd
from phototriage.synthetic import protocol_dataset, protocol_training_dataset
from phototriage.siamese import train_siamese, SiameseScorer
from phototriage.evaluation import score_with
from phototriage.protocol import bootstrap_metrics, series_counts
from phototriage.features import set_torch_threads
from phototriage.weights import atomic_write
sys.path.insert(0, str(Path(__file__).parent))
from album_tools import models_on_paired_albums
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))

def paired_by_photo(data, new, old, n_boot=2000, seed=0):
    "Agreed-pairs and pair accuracy differences new − old with percentile intervals over base photos (the same draws)"
    c = [series_counts(data, s, seed=seed).groupby('cluster').sum() for s in (new, old)]
    assert (c[0].index == c[1].index).all()
    w = np.random.default_rng(seed).multinomial(len(c[0]), np.full(len(c[0]), 1 / len(c[0])), n_boot)
    out = {}
    for m, (ok, n) in dict(pair_acc=('pair_ok', 'pair_n'), pair_acc_agree=('agree_ok', 'agree_n'),
                           top1=('top1_ok', 'top1_n')).items():
        d = [(w @ x[ok].to_numpy()) / (w @ x[n].to_numpy()) for x in c]
        out[f'{m}_diff'] = round(float(c[0][ok].sum() / c[0][n].sum() - c[1][ok].sum() / c[1][n].sum()), 4)
        out[f'{m}_diff_lo'], out[f'{m}_diff_hi'] = np.round(np.nanquantile(d[0] - d[1], [0.025, 0.975]), 4).tolist()
    return out

t = time.perf_counter()
data = protocol_training_dataset(work/'more-5400', n_series=5400)
print(f'{len(data.series)} series, {len(data.photos)} photos made in {time.perf_counter() - t:.0f} s', flush=True)
run = work/'siamese-5400'
if not (run/'model.safetensors').exists():
    t = time.perf_counter(); _, res = train_siamese(data, run, resume=True)   # resumes an interrupted run
    print(f'trained in {time.perf_counter() - t:.0f} s: {res}', flush=True)
old, new = 'shipped (2,700 series)', '5,400 series'
models = {old: SiameseScorer(), new: SiameseScorer(run)}
proto = protocol_dataset(work/'protocol')
rows = []
for split in ('valid', 'test'):
    part = proto.split(split)
    scores = {name: score_with(m, part.photos) for name, m in models.items()}
    for name, s in scores.items():
        r = bootstrap_metrics(part, s)
        rows.append(dict(model=name, on=f'protocol {split} (512 px)', **{k: round(v, 4) for k, v in r.items()},
                         **(paired_by_photo(part, s, scores[old]) if name == new else {})))
        print(rows[-1], flush=True)
rows += models_on_paired_albums(models, old, work, prefix='album_vs_shipped_')
table = pd.DataFrame(rows)
with atomic_write(Path(__file__).with_suffix('.csv')) as f: table.to_csv(f, index=False)
t = table.set_index(['model', 'on'])
pv, al = t.loc[(new, 'protocol valid (512 px)')], t.loc[(new, 'album of the valid photos, 1024 px')]
ok = pv.pair_acc_agree_diff >= 0.01 and al.album_vs_shipped_diff >= 0
print(f"rule: 5,400 series {'are' if ok else 'are not'} worth training the ensemble's members by: protocol validation "
      f"agreed pairs {pv.pair_acc_agree:.3f}, difference {pv.pair_acc_agree_diff:+.3f} [{pv.pair_acc_agree_diff_lo:+.3f}, "
      f"{pv.pair_acc_agree_diff_hi:+.3f}]; validation album (1024 px) {al.pair_acc:.3f}, difference "
      f"{al.album_vs_shipped_diff:+.3f} [{al.album_vs_shipped_diff_lo:+.3f}, {al.album_vs_shipped_diff_hi:+.3f}]")
