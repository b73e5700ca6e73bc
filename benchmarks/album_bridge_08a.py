"""08a's album of the test photos (120 bursts of the varied recipe, seed 4, 1024 px: the draw 08a's `#|slow` cell makes,
whose only-best issue 18 follows) with `group_series`' `bridge_spoiled` off (the album until 2026-12-06) and on (its
default since, chosen on fresh albums of the validation photos, `album_grouping_bridge_fresh.py`). Reported, not chosen
on: grouping ARI, bursts split, and the album's picks (`album_best_picked`), the on − off difference of only-best paired
over bursts.

    OMP_NUM_THREADS=2 python benchmarks/album_bridge_08a.py   # WORK_DIR=/tmp/phototriage-protocol; ~3 minutes
"""
import os, sys
from pathlib import Path
import pandas as pd
from sklearn.metrics import adjusted_rand_score
from phototriage.ingest import make_synthetic_album
from phototriage.album import select_album
from phototriage.protocol import album_best_picked, album_burst_hits
from phototriage.synthetic import protocol_photos, source_split
from phototriage.weights import atomic_write
sys.path.insert(0, str(Path(__file__).parent))
from album_tools import paired_difference

work = Path(os.environ.get('WORK_DIR', '/tmp/phototriage-protocol'))
photos = protocol_photos(); split_of = dict(zip([p.name for p in photos], source_split([p.name for p in photos])))
album = work/'protocol-album-08a'
if not (album/'.made').exists():
    make_synthetic_album(album, n_bursts=120, photos=[p for p in photos if split_of[p.name] == 'test'], seed=4,
                         long_side=1024, recipe='varied')
    (album/'.made').write_text('08a: seed 4, 120 bursts, 1024 px\n')
truth = pd.read_csv(album/'ground_truth.csv')
rows, hits = [], {}
for bridge in (False, True):
    out = work/f'protocol-album-08a-out-{"bridge" if bridge else "off"}'
    select_album(album, out, progress=False, export='none', sidecars='none', grouping=dict(bridge_spoiled=bridge))
    sel = pd.read_csv(out/'selection.csv'); m = sel.merge(truth, on='path', validate='one_to_one')
    hits[bridge] = album_burst_hits(sel, truth).only_best.astype(float)
    rows.append(dict(bridge_spoiled=bridge, ari=round(adjusted_rand_score(m.burst, m.series), 4), series=m.series.nunique(),
                     split=int((m.groupby('burst').series.nunique() > 1).sum()),
                     **{k: round(v, 4) if isinstance(v, float) else v for k, v in album_best_picked(sel, truth).items()}))
rows[-1].update({f'only_best_vs_off_{k}': v for k, v in paired_difference(hits[True], hits[False]).items()})
table = pd.DataFrame(rows); print(table.to_string())
with atomic_write(Path(__file__).with_suffix('.csv')) as f: table.to_csv(f, index=False)
