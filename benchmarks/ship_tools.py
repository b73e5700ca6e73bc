"""Shipping a Siamese run trained by a benchmark (`ship_siamese_224.py`, `ship_siamese_5400.py`): the run written into
the package's assets with its test-time setting, and a provenance holding its figures on the protocol's test photos,
measured as 08a_protocol measures (and checks) them."""
import json
from pathlib import Path
from phototriage.data import read_phototriage
from phototriage.synthetic import split_by_source
from phototriage.protocol import bootstrap_metrics
from phototriage.evaluation import evaluate_scores
from phototriage.siamese import SiameseScorer, load_siamese
from phototriage.training import save_run
from phototriage.weights import atomic_write

def ship_siamese(work:Path, run_dir:Path, dest:Path, expect:dict, test_time:dict, training_data:str, dataset:str,
                 setting:str, config:str, command:str, **more)->dict:
    """Write the run in `run_dir` (its config holding `expect`) to `dest` with `test_time` settings; its provenance:
    what it was trained on (`training_data`, a folder of `work`, described by `dataset`), its figures on the protocol's
    test photos at `setting`, `config`, `command` and `more` entries. Returns the test figures"""
    proto = split_by_source(read_phototriage(work/'protocol'))
    test, train = proto.split('test'), split_by_source(read_phototriage(work/training_data)).split('train')
    run = load_siamese(run_dir)
    assert all(run.config[k] == v for k, v in expect.items()), run.config
    save_run(dest, run.model, {**run.config, **test_time})
    scores = SiameseScorer(dest)(test.photos)
    res = {**evaluate_scores(test, scores), **bootstrap_metrics(test, scores)}
    with atomic_write(dest/'provenance.json') as tmp: tmp.write_text(json.dumps(dict(
        data=f'the generalisation protocol (08a_protocol): {len(proto.series)} series of the varied recipe (seed 11, 512 px), '
             f'split by base photo 60/15/25 (seed 0); trained on {len(train.series)} series of the '
             f'{train.photos.source.nunique()} training photos ({dataset}), measured at {setting} on the '
             f'{test.photos.source.nunique()} test photos (intervals: 95 %, bootstrap over base photos)',
        config=config, test_results={k: round(float(v), 4) for k, v in res.items()}, **more, command=command), indent=1))
    print(dest.name, {k: round(float(res[k]), 3) for k in ('pair_acc', 'pair_acc_agree', 'top1')}, flush=True)
    return res

def fresh_alone(csv_name:str, scorer_prefix:str, fresh_series:str)->dict:
    """A member rule's pooled fresh-series figures of the new model alone (the scorer of `csv_name`, a rule's CSV beside
    this file, whose name starts with `scorer_prefix`), as `ship_siamese`'s provenance entries, with `fresh_series`
    saying which series they are"""
    import pandas as pd
    fresh = pd.read_csv(Path(__file__).with_name(csv_name))
    row = fresh[(fresh.evidence == 'both, pooled') & fresh.scorer.str.startswith(scorer_prefix)].iloc[0]
    return dict(fresh_series_results={k: float(row[k]) for k in ('pair_acc', 'pair_acc_agree', 'top1')},
                fresh_series=fresh_series)
