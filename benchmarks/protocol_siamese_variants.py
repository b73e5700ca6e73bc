"""Training variants of the Siamese CNN on photos it never saw: the shipped recipe (05's default configuration on 2,700
series of `protocol_training_dataset`, as 08a_protocol trains it) with one setting changed, against the shipped model
(the recipe unchanged, seed 0), each measured on the protocol's validation photos (what a choice may look at) and test
photos (what is reported), plain and with the test-time mirror average. Variants:

- `flip`: `flip_p=0.5`, both photos of a pair mirrored left to right at random in training (the label kept);
- `none`: the shipped recipe unchanged, for seeds other than the shipped model's;
- `pad`: `pad_square=True`, the paper's preprocessing — the whole frame padded to a square instead of its centre
  square cropped, so a defect at the frame's left or right edge (the varied recipe's finger over the lens) stays in
  view;
- `crops`: more base photos, the settings unchanged — the same 2,700 series drawn over the 59 training and validation
  photos and two random crops of each (60 % of each side, a closer framing of the same scene), every crop in its
  photo's split (never a test photo's).

    OMP_NUM_THREADS=1 python benchmarks/protocol_siamese_variants.py VARIANT:SEED [...]   # e.g. flip:0 pad:1; WORK_DIR=/tmp/phototriage-protocol
    python benchmarks/protocol_siamese_variants.py shipped                                # the baseline rows

A rerun replaces its rows in the CSV; a training killed midway resumes from its last finished epoch.
"""
import os, sys, time, fcntl
from pathlib import Path
import cv2, numpy as np, pandas as pd
from phototriage.data import read_phototriage
from phototriage.weights import atomic_write
from phototriage.synthetic import (protocol_dataset, protocol_training_dataset, protocol_photos,
                                   source_split, photo_sources, make_synthetic_phototriage, PROTOCOL_DATA)
from phototriage.data import TriageData
from phototriage.protocol import bootstrap_metrics
from phototriage.siamese import train_siamese, SiameseScorer
from phototriage.evaluation import score_with

VARIANTS = dict(flip=dict(flip_p=0.5), pad=dict(pad_square=True), none=dict(), crops=dict())   # none: the shipped recipe, for other seeds
def parse(arg):
    "'shipped', or VARIANT:SEED — anything else stops the script before any work, saying what it takes"
    variant, _, seed = arg.partition(':')
    if arg != 'shipped' and (variant not in VARIANTS or not seed.isdigit()):
        sys.exit(f"{arg!r}: expected 'shipped' or VARIANT:SEED with VARIANT one of {', '.join(VARIANTS)} and SEED a whole number")
    return variant, seed
jobs = [parse(a) for a in sys.argv[1:]]

work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
proto = protocol_dataset(work/'protocol')           # read where made from the same settings and photos, else made
parts = {n: proto.split(n) for n in ('valid', 'test')}
out_csv = Path(__file__).with_suffix('.csv')

def record(row):
    """Write `row` into the CSV in place of an earlier row of the same model and setting (a rerun replaces, never adds),
    under a lock (runs side by side) and whole or not at all (a kill mid-write leaves the file as it was)"""
    folder = os.open(out_csv.parent, os.O_RDONLY)           # the lock: the CSV's folder (no lock file left behind)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        old = pd.read_csv(out_csv) if out_csv.exists() else pd.DataFrame(columns=list(row))
        keep = ~((old.model == row['model']) & (old.test_time_flip.astype(str) == str(row['test_time_flip'])))
        with atomic_write(out_csv) as tmp: pd.concat([old[keep], pd.DataFrame([row])]).to_csv(tmp, index=False)
    finally: os.close(folder)                                # closing it releases the lock

def report(name, run, secs=''):
    for flip in (False, True):
        row = dict(model=name, test_time_flip=flip, train_seconds=secs)
        for n, part in parts.items():
            b = bootstrap_metrics(part, score_with(SiameseScorer(run, test_time_flip=flip), part.photos), 500)
            row.update({f'{n}_{k}': round(b[k], 4) for k in ('pair_acc', 'pair_acc_agree', 'top1')})
        print(row, flush=True); record(row)

def with_crops(root, per_photo=2, frac=0.6, seed=0):
    """protocol_training_dataset's 2,700 series over the training and validation photos and `per_photo` random crops of
    each (`frac` of each side), every series in the split of the photo it comes from"""
    photos = protocol_photos(); splits = dict(zip([p.name for p in photos], source_split([p.name for p in photos])))
    seen = [p for p in photos if splits[p.name] != 'test']
    parent, bases, rng = {}, list(seen), np.random.default_rng(seed)
    (root/'crops').mkdir(parents=True, exist_ok=True)
    for p in seen:
        img = cv2.imread(str(p)); h, w = img.shape[:2]; ch, cw = round(h * frac), round(w * frac)
        for k in range(per_photo):
            y, x = rng.integers(0, h - ch + 1), rng.integers(0, w - cw + 1)
            out = root/'crops'/f'{p.stem}--crop{k}.png'; cv2.imwrite(str(out), img[y:y + ch, x:x + cw])
            parent[out.name] = p.name; bases.append(out)
    cfg = {**PROTOCOL_DATA, 'n_series': 2700, 'seed': 12}
    make_synthetic_phototriage(root/'data', photos=bases, progress=False, **cfg)   # read where made alike, else made
    data = read_phototriage(root/'data'); src = photo_sources(data).map(lambda n: parent.get(n, n))
    split = src.map(splits)
    assert not (split == 'test').any()
    photos = data.photos.assign(split=data.photos.series_id.map(split).to_numpy(), source=data.photos.series_id.map(src).to_numpy())
    return TriageData(photos, data.pairs.assign(split=data.pairs.series_id.map(split).to_numpy()), data.root, data.missing)

for variant, seed in jobs:
    if variant == 'shipped': report('shipped (flip_p 0, seed 0)', None); continue
    setting = VARIANTS[variant]
    more = with_crops(work/'more-crops') if variant == 'crops' else protocol_training_dataset(work/'more')
    assert not set(more.split('train').photos.source) & set(parts['test'].photos.source)
    run = work/f'siamese-{variant}'/f'seed{seed}'
    t = time.perf_counter()
    train_siamese(more, run, seed=int(seed), resume=True, **setting)     # a run killed mid-training resumes from its last epoch
    secs = round(time.perf_counter() - t)
    name = 'two crops of each photo as more base photos' if variant == 'crops' else ', '.join(f'{k} {v}' for k, v in setting.items())
    report(f"{name or 'shipped recipe'}, seed {seed}", run, secs)
