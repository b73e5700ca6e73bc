"""Fresh series for the Siamese probes' rules (`siamese_two_models_fresh.py`, `siamese_three_models_fresh.py`,
`siamese_5400_ensemble_fresh.py`, `siamese_10800_fresh.py`, `siamese_5400_s1_fresh.py`): series of base photos no shipped model trained on, made with new seeds, and one table
of every scorer's figures on each set and on both pooled, with paired bootstrap intervals against a base scorer."""
from pathlib import Path
import numpy as np, pandas as pd
import sklearn
from phototriage.data import read_phototriage, TriageData, shared_data_dir
from phototriage.synthetic import protocol_photos, source_split, make_synthetic_phototriage, photo_sources
from phototriage.protocol import METRICS

def fresh_set(root:Path, photos:list, n_series:int, seed:int, scene=lambda f: f)->TriageData:
    "Synthetic series of `photos` (the protocol's recipe and size) in `root`, made once; each photo row's `source` its scene"
    data = read_phototriage(make_synthetic_phototriage(root, n_series=n_series, photos=photos, seed=seed, long_side=512,
                                                       recipe='varied', val_frac=0., progress=False))   # read where made so
    src = photo_sources(data).map(scene)
    return TriageData(data.photos.assign(source=data.photos.series_id.map(src).to_numpy()), data.pairs, data.root,
                      data.missing)

def fresh_sets(work:Path, folders:tuple, seeds:tuple)->dict:
    """`unseen photos, new series`: 600 series of the 29 base photos no shipped model trained on (the protocol's
    validation and test photos); `never-used photos`: 150 series of the 9 photos no model, probe or choice here trained on
    (the demo series' 7, scikit-learn's 2), whose intervals resample scenes (5), not photos. Each in `work/folder` with
    its seed; `folders`/`seeds` may name several draws, as (unseen, never) pairs one after the other"""
    pool = protocol_photos()
    unseen = [p for p, s in zip(pool, source_split([p.name for p in pool])) if s != 'train']
    demo = sorted((shared_data_dir()/'phototriage'/'demo-series').glob('*/*.jpg'))
    never = demo + sorted((Path(sklearn.__file__).parent/'datasets'/'images').glob('*.jpg'))
    assert len(unseen) == 29 and len(never) == 9 and not {p.name for p in never} & {p.name for p in pool}
    assert len(folders) == len(seeds) and len(folders) % 2 == 0, 'folders and seeds: (unseen, never) pairs, one per draw'
    sets, tag = {}, lambda s: '' if len(folders) == 2 else f' (seed {s})'   # several draws: each name gets its seed
    for k in range(0, len(folders), 2):
        sets[f'unseen photos, new series{tag(seeds[k])}'] = fresh_set(work/folders[k], unseen, 600, seeds[k])
        sets[f'never-used photos{tag(seeds[k + 1])}'] = fresh_set(work/folders[k + 1], never, 150, seeds[k + 1],
                                                                  scene=lambda f: Path(f).name.rsplit('-', 1)[0])
    return sets

PAIRS = dict(pair_acc=('pair_ok', 'pair_n'), pair_acc_agree=('agree_ok', 'agree_n'), top1=('top1_ok', 'top1_n'))

def fresh_table(sets:dict, counts:dict, names:list, base:str, vs:str, n_boot:int=2000, seed:int=0)->pd.DataFrame:
    """One row per scorer of `names` on each set and on both pooled: each metric with its interval, and its difference
    from `base` (columns `{metric}_{vs}`, `_vs_lo`, `_vs_hi`) on the same resamples of base photos (paired).
    `counts[set, name]`: `series_counts` summed per base photo; several draws of one pool (names ending '(seed N)')
    share their resamples of its photos"""
    rng = np.random.default_rng(seed)
    pool_of = lambda s: s.split(' (seed ')[0]      # the draws of one photo pool resample its photos together
    first = {}
    for s in sets:
        if pool_of(s) in first: assert counts[s, base].index.equals(counts[first[pool_of(s)], base].index), s
        else: first[pool_of(s)] = s
    n = {p: len(counts[s, base]) for p, s in first.items()}
    pool_draws = {p: rng.multinomial(n[p], np.full(n[p], 1 / n[p]), n_boot) for p in first}
    draws = {s: pool_draws[pool_of(s)] for s in sets}
    def figures(set_names, name):
        "Each metric and its bootstrap draws, over `set_names` pooled (each set resampled within itself)"
        out = {}
        for m, (ok, n) in PAIRS.items():
            num = sum(counts[s, name][ok].sum() for s in set_names); den = sum(counts[s, name][n].sum() for s in set_names)
            bnum = sum(draws[s] @ counts[s, name][ok].to_numpy() for s in set_names)
            bden = sum(draws[s] @ counts[s, name][n].to_numpy() for s in set_names)
            out[m] = (num / den, bnum / bden)
        return out
    rows = []
    for label, set_names in [*((s, [s]) for s in sets), ('both, pooled', list(sets))]:   # all sets pooled
        b = figures(set_names, base)
        for name in names:
            f = figures(set_names, name)
            row = dict(evidence=label, series=sum(len(sets[s].series) for s in set_names), scorer=name)
            for m in METRICS:
                row[m] = round(float(f[m][0]), 3)
                row[f'{m}_lo'], row[f'{m}_hi'] = (round(float(q), 3) for q in np.nanquantile(f[m][1], [0.025, 0.975]))
                row[f'{m}_{vs}'] = round(float(f[m][0] - b[m][0]), 3)
                row[f'{m}_vs_lo'], row[f'{m}_vs_hi'] = (round(float(q), 3) for q in
                                                        np.nanquantile(f[m][1] - b[m][1], [0.025, 0.975]))
            rows.append(row); print(row, flush=True)
    return pd.DataFrame(rows)

def protocol_rows(work:Path, all_scores)->list:
    """Rows of `METRICS` with intervals on the protocol's validation and test splits (in `work/protocol`), for each
    scorer `all_scores(photos)` returns (name → scores): recorded beside a rule's fresh rows, not chosen on"""
    from phototriage.synthetic import split_by_source
    from phototriage.protocol import bootstrap_metrics
    proto, rows = split_by_source(read_phototriage(work/'protocol')), []
    for split in ('valid', 'test'):
        part = proto.split(split); print(f'protocol {split}', flush=True)
        for name, sc in all_scores(part.photos).items():
            b = bootstrap_metrics(part, sc)
            rows.append(dict(evidence=f'protocol {split}', series=len(part.series), scorer=name,
                             **{k: round(b[k], 3) for k in METRICS},
                             **{f'{k}_{e}': round(b[f'{k}_{e}'], 3) for k in METRICS for e in ('lo', 'hi')}))
            print(rows[-1], flush=True)
    return rows

def scored_fresh_table(work:Path, folders:tuple, seeds:tuple, all_scores, names:list, base:str, csv_path:Path)->pd.DataFrame:
    """A rule's table: `fresh_sets(work, folders, seeds)` scored by `all_scores(photos)` (name → scores), `fresh_table`'s
    rows of `names` against `base`, then the protocol's validation and test rows (recorded, not chosen on) when
    `work/protocol` exists; written to `csv_path`"""
    from phototriage.protocol import series_counts
    from phototriage.weights import atomic_write
    sets = fresh_sets(work, folders, seeds)
    counts = {}
    for set_name, data in sets.items():
        print(set_name, flush=True)
        for name, sc in all_scores(data.photos).items(): counts[set_name, name] = series_counts(data, sc).groupby('cluster').sum()
    rows = fresh_table(sets, counts, names, base, 'vs_shipped').to_dict('records')
    if (work/'protocol').exists(): rows += protocol_rows(work, all_scores)
    table = pd.DataFrame(rows)
    with atomic_write(csv_path) as tmp: table.to_csv(tmp, index=False)
    return table

def pooled_rule(table:pd.DataFrame, name:str)->tuple:
    """The fresh rule's verdict for scorer `name`: pooled over both sets, its agreed-pair accuracy and its top-1 each at
    least the base's and neither paired interval wholly below 0; (verdict, a line of its figures with the issue's
    0.85 / 0.75)"""
    p = table[table.evidence == 'both, pooled'].set_index('scorer').loc[name]
    ok = all(p[f'{m}_vs_shipped'] >= 0 and p[f'{m}_vs_hi'] >= 0 for m in ('pair_acc_agree', 'top1'))
    return ok, (f"pooled agreed pairs {p.pair_acc_agree:.3f} ({p.pair_acc_agree_vs_shipped:+.3f} [{p.pair_acc_agree_vs_lo:+.3f}, "
                f"{p.pair_acc_agree_vs_hi:+.3f}]; issue 0.85), top-1 {p.top1:.3f} ({p.top1_vs_shipped:+.3f} [{p.top1_vs_lo:+.3f}, "
                f"{p.top1_vs_hi:+.3f}]; issue 0.75)")

def member_means(shipped:list, new, names:tuple):
    """A rule's `all_scores(photos)`: each scorer of `shipped` and `new` run once on the photos; returns, under
    `names` (shipped mean, new, mean of all), the mean of `shipped`, `new`'s scores and the mean of all of them"""
    import time
    def all_scores(photos):
        t = time.perf_counter(); members = [m(photos) for m in shipped]
        n = new(photos); print(f'  scored {len(photos)} photos in {time.perf_counter() - t:.0f} s', flush=True)
        return dict(zip(names, (sum(members) / len(members), n, (sum(members) + n) / (len(members) + 1))))
    return all_scores

def train_on_more_series(work:Path, n_series:int, run:Path, series_seed:int=12, **overrides):
    """The shipped Siamese recipe (`train_siamese` defaults, `overrides` winning, e.g. `seed`) on
    `protocol_training_dataset(n_series=n_series, seed=series_seed)` (made once in `work/more-{n_series}`, or
    `more-{n_series}-s{series_seed}` for other series than the default seed 12's: a rerun reads it, as `fresh_set`
    does), into `run`: trained once, resumed where a run was interrupted"""
    import time
    from phototriage.synthetic import protocol_training_dataset
    from phototriage.siamese import train_siamese
    t, root = time.perf_counter(), work/(f'more-{n_series}' + ('' if series_seed == 12 else f'-s{series_seed}'))
    data = protocol_training_dataset(root, n_series=n_series, seed=series_seed)    # read where made with these settings
    print(f'{len(data.series)} series, {len(data.photos)} photos ready in {time.perf_counter() - t:.0f} s', flush=True)
    if not (run/'model.safetensors').exists():
        t = time.perf_counter(); _, res = train_siamese(data, run, resume=True, **overrides)
        print(f'trained in {time.perf_counter() - t:.0f} s: {res}', flush=True)

def fresh_rule_step(work:Path, folders:tuple, seeds:tuple, all_scores, names:tuple, csv_path:Path, candidate:str)->bool:
    """A rule's score step: `scored_fresh_table` of `names` (base first, then the others) written to `csv_path`, and
    `pooled_rule`'s verdict for `names[-1]` printed (`candidate` says what becomes the default) and returned"""
    table = scored_fresh_table(work, folders, seeds, all_scores, list(names), names[0], csv_path)
    ok, figures = pooled_rule(table, names[-1])
    print(f"rule: {candidate} {'becomes' if ok else 'does not become'} SiameseEnsemble's default; {figures}")
    return ok

BEST_160 = dict(test_time_sizes=[160, 224, 288], test_time_flip=True)      # the 160-px models' best setting

def fifth_member_rule(script:Path, step:str, work:Path, run:Path, new_name:str, train, folders:tuple, seeds:tuple,
                      album_folder:str):
    """The steps of a rule for a fifth `SiameseEnsemble` member, the 160-px model in `run` (named `new_name`): 'train'
    calls `train()`; 'score' compares the four members pinned as they shipped when the rules were written, the new model
    at 160+224+288 px and mirrors alone, and the five-model mean on `fresh_sets(work, folders, seeds)`
    (`fresh_rule_step`, written beside `script` as its .csv); 'album' records `album_tools.siamese_album_step` in
    `work/album_folder` (`_album.csv`)"""
    from phototriage.siamese import SiameseScorer, SHIPPED_SIAMESE, SHIPPED_SIAMESE_224, SHIPPED_SIAMESE_5400
    from album_tools import siamese_album_step
    if step == 'train': return train()
    assert (run/'model.safetensors').exists(), f'{run}: train it first'
    names = ('SiameseEnsemble as shipped (four)', new_name, 'mean of the five')
    shipped = [SiameseScorer(SHIPPED_SIAMESE, **BEST_160), *(SiameseScorer(r) for r in SHIPPED_SIAMESE_224),
               SiameseScorer(SHIPPED_SIAMESE_5400, **BEST_160)]     # pinned: the four it had when the rules were written
    all_scores = member_means(shipped, SiameseScorer(run, **BEST_160), names)   # each member scored once; the means
    if step == 'score':
        return fresh_rule_step(work, folders, seeds, all_scores, names, script.with_suffix('.csv'), 'the five-model mean')
    if step == 'album':
        return siamese_album_step(work, all_scores, album_folder, script.with_name(script.stem + '_album.csv'), names)
    raise ValueError(f"unknown step {step!r}: use train, score or album")
