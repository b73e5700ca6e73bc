"""What the album's Siamese loses by reading its 320-px JPEG thumbnails. The album's Siamese reads the analysis'
thumbnails (320 px, JPEG quality 85, made from the shared decode) rather than the photo files, where the model was
trained reading files; read from the files, the shipped model scored the paired 1024-px albums 0.835 and 0.780 against
0.818 and 0.773 from the thumbnails (`siamese_scales_probe.py`). Is it the re-encoding (quality 85) or the resizing?

Variants, each scored by the shipped Siamese (plain, 160 px) round-robin within the true bursts, on the paired albums
(`album_tools`, 120 bursts, seed 4, 512 and 1024 px) of the validation and of the test photos:
files (what training read); thumbnails as the album makes them (quality 85; checked byte-equal to the album's cached
ones where a cache of it exists); the same thumbnails at quality 95; and losslessly (PNG: the resizing alone).
Pair accuracy within the true bursts (latent qualities at least 0.5 apart), paired intervals over bursts; and the
thumbnails' mean size on disk.

The rule, written before any figure: thumbnails at quality 95 become the album's default when on the validation photos'
albums (512 and 1024 px) the mean of the two paired differences quality 95 − quality 85 is at least 0 and neither
interval lies wholly below 0, and they take at most twice the disk of quality 85's. (The change removes a skew between
how the model was trained and how the album feeds it, so a tie is enough.) Test albums are reported, not chosen on.

    OMP_NUM_THREADS=2 python benchmarks/album_thumb_quality.py   # WORK_DIR=/tmp/phototriage-protocol
"""
import os, sys
from pathlib import Path
import numpy as np, pandas as pd, cv2
from phototriage.siamese import SiameseScorer
from phototriage.evaluation import score_with
from phototriage.iqa import load_image, decode_size_for
from phototriage.ingest import half_size, ALBUM_FACES
from phototriage.cache import write_thumbnail, content_keys
from phototriage.features import set_torch_threads, shared_backbone
from phototriage.weights import atomic_write
sys.path.insert(0, str(Path(__file__).parent))
from album_tools import paired_albums, pair_acc_by_burst, figure, paired_difference
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
DECODE, THUMB = 1000, 320       # the album's decode_size and thumb_size
keep = max(decode_size_for(shared_backbone().input_size), ALBUM_FACES['detect_size'], THUMB)   # as analyse_photo keeps

def thumbnails(truth, album, out):
    "Each photo's thumbnail made as `analyse_photo` makes it, written at quality 85, 95 and as PNG"
    for kind in ('q85', 'q95', 'png'): (out/kind).mkdir(parents=True, exist_ok=True)
    for p in truth.path:
        small, name = half_size(load_image(album/Path(p).name, max_size=DECODE), keep), Path(p).stem
        for kind, q in (('q85', 85), ('q95', 95)):
            if not (dest := out/kind/f'{name}.jpg').exists(): write_thumbnail(small, dest, THUMB, q)
        if not (dest := out/'png'/f'{name}.png').exists():
            h, w = small.shape[:2]; s = THUMB / max(h, w)
            img = cv2.resize(small, (max(1, round(w * s)), max(1, round(h * s))), interpolation=cv2.INTER_AREA) if s < 1 else small
            cv2.imwrite(str(dest), np.ascontiguousarray(img[..., ::-1]))
    return {kind: [out/kind/f'{Path(p).stem}.{"png" if kind == "png" else "jpg"}' for p in truth.path]
            for kind in ('q85', 'q95', 'png')}

def same_as_cached(truth, album, made, cache):
    "Whether the remade quality-85 thumbnails equal the album's cached ones byte for byte (None: no cache to compare)"
    d = cache/'thumbs'/f'decode{DECODE}-thumb{THUMB}'
    if not d.exists(): return None
    keys, _ = content_keys([str(album/Path(p).name) for p in truth.path], cache)
    pairs = [(m, d/f'{k}.jpg') for m, k in zip(made, keys) if k and (d/f'{k}.jpg').exists()]
    return len(pairs), all(a.read_bytes() == b.read_bytes() for a, b in pairs)

model, rows = SiameseScorer(), []
for which, size, album, truth in paired_albums(work):
    name = album.name
    made = thumbnails(truth, album, work/'thumb-quality'/name)
    check = same_as_cached(truth, album, made['q85'], work/f'resolution-cache-{which}-{size}')
    print(f'{name}: remade quality-85 thumbnails equal to the album cache\'s: {check}', flush=True)
    sources = {'files': [album/Path(p).name for p in truth.path], 'thumbnails q85 (as shipped)': made['q85'],
               'thumbnails q95': made['q95'], 'thumbnails PNG (lossless)': made['png']}
    acc = {k: pair_acc_by_burst(truth, score_with(model, truth.assign(series_id=truth.burst, path=[str(s) for s in v])))
           for k, v in sources.items()}
    # described, not in the rule: the round-robin within the series the album found (its grouping) instead of
    # the true bursts, from the album's own selection (`album_weights_scale.py`'s run as it ships) where there is one
    if (sel := work/f'weights-scale-out-{which}-{size}'/'selection.csv').exists():
        sel = pd.read_csv(sel).assign(name=lambda d: d.path.map(lambda x: Path(x).name)).set_index('name')
        names = truth.path.map(lambda x: Path(x).name)
        found = sel.series.reindex(names).to_numpy(); assert not pd.isna(found).any(), 'the selection is not this album'
        acc['thumbnails q85, within the album\'s series'] = pair_acc_by_burst(truth, score_with(
            model, truth.assign(series_id=found, path=[str(s) for s in made['q85']])))
        acc['the album\'s siamese component (selection.csv)'] = pair_acc_by_burst(truth, sel.siamese.reindex(names).to_numpy())
        sources.update({k: made['q85'] for k in list(acc)[-2:]})
    for k, v in acc.items():
        rows.append(dict(album=f'{which} photos, {size} px', source=k, pair_acc=round(figure(v), 4),
                         mean_kb=round(np.mean([Path(s).stat().st_size for s in sources[k]]) / 1024, 1),
                         **{f'vs_q85_{a}': b for a, b in paired_difference(v, acc['thumbnails q85 (as shipped)']).items()}))
        print(rows[-1], flush=True)
table = pd.DataFrame(rows)
with atomic_write(Path(__file__).with_suffix('.csv')) as f: table.to_csv(f, index=False)
t = table.set_index(['album', 'source'])
v = [t.loc[(f'valid photos, {s} px', 'thumbnails q95')] for s in (512, 1024)]
disk = max(t.loc[(f'valid photos, {s} px', 'thumbnails q95'), 'mean_kb'] / t.loc[(f'valid photos, {s} px', 'thumbnails q85 (as shipped)'), 'mean_kb']
           for s in (512, 1024))
ok = np.mean([r.vs_q85_diff for r in v]) >= 0 and all(r.vs_q85_diff_hi >= 0 for r in v) and disk <= 2
print(f"rule: quality-95 thumbnails {'become' if ok else 'do not become'} the default: validation albums "
      + ', '.join(f'{r.vs_q85_diff:+.3f} [{r.vs_q85_diff_lo:+.3f}, {r.vs_q85_diff_hi:+.3f}]' for r in v)
      + f'; disk {disk:.2f}× quality 85')
