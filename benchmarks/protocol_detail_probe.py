"""Does a native-resolution view help judge quality? The Siamese and the quality head see a photo shrunk to 160-224 px,
where fine noise, JPEG blocks and the varied recipe's resolution loss all but vanish. Probe with frozen features:
MobileNetV2 (ImageNet, batch norm folded) of the photo's centre 224 x 224 pixels at full resolution ('detail'), added to
the quality head's inputs (03's baseline ranker on MobileNetV2 + IQA), trained on `protocol_training_dataset` (2,700
series of the 59 training and validation photos), seeds 0 and 1; measured on the protocol's validation and test photos.

    OMP_NUM_THREADS=2 python benchmarks/protocol_detail_probe.py     # WORK_DIR=/tmp/phototriage-protocol; about 5 minutes
"""
import os, time, tempfile
from pathlib import Path
import numpy as np, pandas as pd, torch
import torchvision.transforms.v2 as T
from phototriage.synthetic import protocol_dataset, protocol_training_dataset
from phototriage.features import photo_features, get_backbone, fold_batchnorm, set_torch_threads, IMAGENET_MEAN, IMAGENET_STD
from phototriage.iqa import load_image
from phototriage.pairwise import train_pairwise, HeadScorer
from phototriage.protocol import bootstrap_metrics
from phototriage.evaluation import score_with
from phototriage.weights import atomic_write
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
proto, more = protocol_dataset(work/'protocol'), protocol_training_dataset(work/'more')   # read where made alike, else made
scratch = tempfile.TemporaryDirectory(); runs = Path(scratch.name)     # the heads' run folders, removed at the end
bb = get_backbone('mobilenet_v2'); fold_batchnorm(bb.model.eval())
pre = T.Compose([T.ToImage(), T.CenterCrop(224), T.ToDtype(torch.float32, scale=True), T.Normalize(IMAGENET_MEAN, IMAGENET_STD)])
def detail(data, name):
    t = time.perf_counter(); out = []
    paths = data.photos.path.tolist()
    with torch.inference_mode():
        for s in range(0, len(paths), 64):
            x = torch.stack([pre(load_image(p)) for p in paths[s:s+64]]); out.append(bb(x).numpy())
    out = np.concatenate(out); print(f'{name}: {out.shape} detail features in {time.perf_counter() - t:.0f} s', flush=True)
    return out
F = {}
for name, d in (('proto', proto), ('more', more)):
    F[name] = {**photo_features(d, ('cnn', 'iqa')), 'detail': detail(d, name)}
parts = {n: proto.split(n) for n in ('valid', 'test')}
rows = {n: np.flatnonzero((proto.photos.split == n).to_numpy()) for n in parts}
res = []
for groups in (['cnn', 'iqa'], ['cnn', 'iqa', 'detail'], ['detail', 'iqa']):
    for seed in (0, 1):
        run = runs/f'{"-".join(groups)}-{seed}'
        r = train_pairwise(more, F['more'], run, groups=groups, seed=seed)
        row = dict(groups='+'.join(groups), seed=seed, epochs=r['epochs_run'])
        for n, part in parts.items():
            sc = score_with(HeadScorer(run), part.photos, {g: np.asarray(v)[rows[n]] for g, v in F['proto'].items()})
            b = bootstrap_metrics(part, sc, 200)      # the point values; intervals not kept
            row.update({f'{n}_{k}': round(b[k], 3) for k in ('pair_acc', 'pair_acc_agree', 'top1')})
        print(row, flush=True); res.append(row)
with atomic_write(Path(__file__).with_suffix('.csv')) as tmp: pd.DataFrame(res).to_csv(tmp, index=False)   # whole or not at all
