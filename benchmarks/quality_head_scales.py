"""Is the quality head's weakness at the album's resolution a train/serve skew? `album_resolution.py` found the
shipped quality head ordering the same bursts' pairs worse at 1024 px than at 512 px, where the Siamese did not. The
head reads MobileNetV2 features of the shrunk photo and the IQA features of 01_iqa, measured at a 1000-px long side:
it was trained on 512-px series, whose IQA features are measured on photos *enlarged* two times, while the album (and
any camera's photo) is measured unenlarged. A head trained on series written at 1024 px sees what the album sees.

Heads (03_pairwise's baseline recipe, `train_pairwise` defaults, on `protocol_training_dataset`: 2,700 series of the
59 training and validation photos, seed 12 — the shipped head's recipe):
- `shipped (512 px)`: the shipped head (that recipe at 512 px);
- `1024 px`: the same series written at 1024 px (photos smaller than that stay at their own size);
- `mixed`: the even series at 512 px and the odd ones at 1024 px (the same amount of data, two scales).

Measured: on the protocol's validation and test splits (512 px; pair accuracy, agreed pairs, top-1, intervals over
base photos as 08a's), and on albums of the same 120 bursts at 512 and 1024 px (`album_tools.make_paired_album`,
seed 4) of the validation photos and of the test photos: the head's pair accuracy within the true bursts (latent
qualities at least 0.5 apart), the head alone's `only_best`, and the album's default composite's `only_best` with
the head as its `aesthetic` share (its weights were cross-validated for the shipped head).

The rule, written before any figure: a candidate (`1024 px` or `mixed`, whichever has the higher pair accuracy on the
validation photos' 1024-px album) is worth building in — with the composite's weights cross-validated for it, which
this script does not do — when on that album its pair accuracy is above the shipped head's with the paired interval
(2,000 resamples of bursts) above 0, and on the protocol's validation split its agreed-pair accuracy is at least the
shipped head's minus 0.01. Test figures are reported, not chosen on.

    OMP_NUM_THREADS=2 python benchmarks/quality_head_scales.py     # WORK_DIR=/tmp/phototriage-protocol; ~16 minutes
"""
import os, sys, time
from pathlib import Path
import numpy as np, pandas as pd
import phototriage.picking as picking
from phototriage.data import TriageData
from phototriage.synthetic import protocol_dataset, protocol_training_dataset, protocol_photos, source_split
from phototriage.features import photo_features, set_torch_threads
from phototriage.evaluation import score_with
from phototriage.pairwise import train_pairwise, HeadScorer
from phototriage.picking import QUALITY_HEAD
from phototriage.album import select_album
from phototriage.protocol import bootstrap_metrics, METRICS
from phototriage.weights import atomic_write
sys.path.insert(0, str(Path(__file__).parent))
from album_tools import make_paired_album, check_paired, pair_acc_by_burst, only_best_by_burst, figure, paired_difference
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))

proto = protocol_dataset(work/'protocol')
proto_feats = photo_features(proto, ('cnn', 'iqa'))
data = {512: protocol_training_dataset(work/'more'), 1024: protocol_training_dataset(work/'more-1024', long_side=1024)}
even = data[512].series.index[data[512].series.index % 2 == 0]
odd = data[1024].series.index[data[1024].series.index % 2 == 1]
a, b = data[512].subset(even), data[1024].subset(odd)
mixed = TriageData(pd.concat([a.photos, b.photos]), pd.concat([a.pairs, b.pairs]), a.root)
assert mixed.series.split.notna().all() and len(mixed.series) == len(data[512].series)
heads = {'shipped (512 px)': QUALITY_HEAD}
for name, d in (('1024 px', data[1024]), ('mixed', mixed)):
    run = work/f'quality-head-scales-{name.replace(" ", "-")}'
    if not (run/'model.safetensors').exists():
        t = time.perf_counter(); res = train_pairwise(d, photo_features(d, ('cnn', 'iqa')), run)
        print(f'{name}: trained in {time.perf_counter() - t:.0f} s (features included), {res["epochs_run"]} epochs', flush=True)
    heads[name] = run

rows = []
for name, head in heads.items():
    for split in ('valid', 'test'):
        part = proto.split(split); idx = np.flatnonzero((proto.photos.split == split).to_numpy())
        m = bootstrap_metrics(part, np.asarray(score_with(HeadScorer(head), part.photos, {g: np.asarray(v)[idx] for g, v in proto_feats.items()}), float))
        rows.append(dict(head=name, on=f'protocol {split} (512 px)', **{k: round(m[k], 4) for k in METRICS},
                         **{f'{k}_lo': round(m[f'{k}_lo'], 4) for k in METRICS}, **{f'{k}_hi': round(m[f'{k}_hi'], 4) for k in METRICS}))
        print(rows[-1], flush=True)

photos = protocol_photos(); split_of = dict(zip([p.name for p in photos], source_split([p.name for p in photos])))
COLS = ['series', 'aesthetic', 'iqa', 'siamese', 'portrait', 'n_faces', 'pixels']
FLOORS = picking.DEFAULT_ALBUM_CONFIG['norm_floors']
per_burst = {}
for which in ('valid', 'test'):
    chosen = [p for p in photos if split_of[p.name] == which]
    truths = {}
    for size in (512, 1024):
        album = work/f'resolution-album-{size}' if which == 'test' else work/f'resolution-album-valid-{size}'
        truths[size] = make_paired_album(album, chosen, size)
        for name, head in heads.items():
            out = work/f'quality-head-scales-out-{which}-{size}'; t = time.perf_counter()
            select_album(album, out, progress=False, export='none', sidecars='none', cache_dir=work/f'resolution-cache-{which}-{size}',
                         config=dict(models=dict(quality_head=str(head))))
            sel = pd.read_csv(out/'selection.csv').merge(truths[size][['path', 'burst', 'quality', 'is_best']], on='path',
                                                         validate='one_to_one')
            alone = picking.pick_series(sel[COLS], dict(aesthetic=1, iqa=0, siamese=0, portrait=0), norm_floors=FLOORS).pick
            per_burst[which, size, name] = dict(pair_acc=pair_acc_by_burst(sel, sel.aesthetic),
                                                only_best_alone=only_best_by_burst(sel, alone),
                                                only_best_composite=only_best_by_burst(sel, sel.pick))
            print(which, size, name, {k: round(figure(v), 4) for k, v in per_burst[which, size, name].items()},
                  f'{time.perf_counter() - t:.0f} s', flush=True)
    check_paired(*truths.values())
for (which, size, name), figs in per_burst.items():
    base = per_burst[which, size, 'shipped (512 px)']
    for k, v in figs.items():
        rows.append(dict(head=name, on=f'album of the {which} photos, {size} px', measure=k, value=round(figure(v), 4),
                         **{f'vs_shipped_{x}': y for x, y in paired_difference(v, base[k]).items()}, bursts=len(v)))
table = pd.DataFrame(rows)
with atomic_write(Path(__file__).with_suffix('.csv')) as tmp: table.to_csv(tmp, index=False)

album = table[(table.on == 'album of the valid photos, 1024 px') & (table.measure == 'pair_acc')].set_index('head')
proto_valid = table[table.on == 'protocol valid (512 px)'].set_index('head')
best = album.drop('shipped (512 px)').value.idxmax()
ok = (album.loc[best, 'vs_shipped_diff_lo'] > 0 and
      proto_valid.loc[best, 'pair_acc_agree'] >= proto_valid.loc['shipped (512 px)', 'pair_acc_agree'] - 0.01)
print(f"rule: {best!r} {'is' if ok else 'is not'} worth building in: validation album (1024 px) pair accuracy "
      f"{album.loc[best, 'value']:.3f} against {album.loc['shipped (512 px)', 'value']:.3f}, difference "
      f"[{album.loc[best, 'vs_shipped_diff_lo']:+.3f}, {album.loc[best, 'vs_shipped_diff_hi']:+.3f}]; protocol validation agreed pairs "
      f"{proto_valid.loc[best, 'pair_acc_agree']:.3f} against {proto_valid.loc['shipped (512 px)', 'pair_acc_agree']:.3f}")
