"""Is the album's composite below its best component on the album's own photos? 08a checks "the composite never below
its best component" on the protocol's 512-px series, where the weights were cross-validated; `album_resolution.py`
found the composite ordering the test photos' 1024-px album worse than its Siamese alone (0.763 against 0.773) and
the quality head losing most at that size. Here the same question on the paired albums (`album_tools`, 120 bursts,
seed 4, at 512 and 1024 px) of the 13 validation photos and of the 16 test photos, `select_album` as it ships: pair
accuracy within the true bursts (latent qualities at least 0.5 apart) of the composite and of each component
(`aesthetic`: the quality head, `iqa`, `siamese`: the shipped model on the 320-px thumbnails), and the paired
difference composite minus component (2,000 resamples of bursts).

And one cheap change, with its rule written before any figure: the album's Siamese with its mirror average
(`test_time_flip: true` in a copy of its config; it reads the same thumbnails, two embeddings a photo instead of
one). It becomes the album's default when, on the validation photos' 1024-px album, the default composite's pair
accuracy with it is above the composite as it ships with the paired interval of the difference above 0. Test
figures are reported, not chosen on.

    OMP_NUM_THREADS=2 python benchmarks/album_composite_scale.py   # WORK_DIR=/tmp/phototriage-protocol; ~5 minutes
                                                                   # with quality_head_scales.py's albums made
"""
import os, sys, time, shutil, tempfile
from pathlib import Path
import pandas as pd, yaml
from phototriage.synthetic import protocol_photos, source_split
from phototriage.album import select_album
from phototriage.picking import SIAMESE
from phototriage.features import set_torch_threads
from phototriage.weights import atomic_write
sys.path.insert(0, str(Path(__file__).parent))
from album_tools import make_paired_album, check_paired, pair_acc_by_burst, only_best_by_burst, figure, paired_difference
set_torch_threads()
work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
photos = protocol_photos(); split_of = dict(zip([p.name for p in photos], source_split([p.name for p in photos])))
rows = []
with tempfile.TemporaryDirectory() as tmp_dir:
    mirror = Path(tmp_dir)/'siamese-mirror'; shutil.copytree(SIAMESE, mirror)
    cfg = yaml.safe_load((mirror/'config.yaml').read_text())
    (mirror/'config.yaml').write_text(yaml.safe_dump({**cfg, 'test_time_flip': True}))
    for which in ('valid', 'test'):
        chosen = [p for p in photos if split_of[p.name] == which]
        truths = {}
        for size in (512, 1024):
            album = work/(f'resolution-album-{size}' if which == 'test' else f'resolution-album-valid-{size}')
            truths[size] = make_paired_album(album, chosen, size)
            figs = {}
            for siamese, ck in (('as it ships', SIAMESE), ('mirror average', mirror)):
                out = Path(tmp_dir)/f'out-{which}-{size}-{len(figs)}'; t = time.perf_counter()
                select_album(album, out, progress=False, export='none', sidecars='none',
                             cache_dir=work/f'resolution-cache-{which}-{size}', config=dict(models=dict(siamese_checkpoint=str(ck))))
                secs = time.perf_counter() - t
                sel = pd.read_csv(out/'selection.csv').merge(truths[size][['path', 'burst', 'quality', 'is_best']],
                                                             on='path', validate='one_to_one')
                figs[siamese] = {c: pair_acc_by_burst(sel, sel[c]) for c in ('composite', 'aesthetic', 'iqa', 'siamese')}
                ob = only_best_by_burst(sel, sel.pick)
                print(which, size, siamese, {c: round(figure(v), 4) for c, v in figs[siamese].items()},
                      f'only best {figure(ob):.3f}', f'{secs:.0f} s', flush=True)
                for c, v in figs[siamese].items():
                    rows.append(dict(photos=which, size=size, siamese=siamese, measure=f'pair acc: {c}', value=round(figure(v), 4),
                                     **({} if c == 'composite' else {f'composite_minus_{k}': v2 for k, v2 in
                                        paired_difference(figs[siamese]['composite'], v).items()}),
                                     **({} if siamese == 'as it ships' else {f'vs_as_it_ships_{k}': v2 for k, v2 in
                                        paired_difference(v, figs['as it ships'][c]).items()}), bursts=len(v)))
                rows.append(dict(photos=which, size=size, siamese=siamese, measure='only best: album', value=round(figure(ob), 4),
                                 seconds=round(secs, 1), bursts=len(ob)))
        check_paired(*truths.values())
table = pd.DataFrame(rows)
with atomic_write(Path(__file__).with_suffix('.csv')) as f: table.to_csv(f, index=False)
r = table.set_index(['photos', 'size', 'siamese', 'measure']).loc[('valid', 1024, 'mirror average', 'pair acc: composite')]
print(f"rule: the mirror average {'becomes' if r.vs_as_it_ships_diff_lo > 0 else 'does not become'} the album's default: "
      f"validation album (1024 px) composite pair accuracy {r.value:.3f}, difference [{r.vs_as_it_ships_diff_lo:+.3f}, "
      f"{r.vs_as_it_ships_diff_hi:+.3f}]")
