"""The album the grouping benchmarks share: 120 bursts of the varied recipe from the protocol's training and validation
photos, never its test photos (seed 5, 1024 px, `make_synthetic_album`: bursts 0.5 s apart inside, 1-10 min between),
analysed as `select_album` analyses them. Imported by album_grouping.py and album_grouping_open_series.py."""
from pathlib import Path
import pandas as pd
from phototriage.synthetic import protocol_photos, source_split
from phototriage.ingest import make_synthetic_album, analyse_photos, ingest

def validation_album(work:Path):
    "The album's folder, its base photos, its ground truth and its photos analysed: `(album, seen, truth, table, emb)`; made once under `work`"
    photos = protocol_photos()
    seen = [p for p, s in zip(photos, source_split([p.name for p in photos])) if s != 'test']
    album = Path(work)/'validation-album'
    if not (album/'ground_truth.csv').exists():
        make_synthetic_album(album, n_bursts=120, photos=seen, seed=5, long_side=1024, recipe='varied')
    truth = pd.read_csv(album/'ground_truth.csv')
    found, _ = ingest(album)
    table, emb, errors = analyse_photos(found.path, progress=False)
    assert not errors, errors[:3]
    return album, seen, truth, table.merge(found, on='path').merge(truth, on='path'), emb
