"""Helpers the album benchmarks share (`album_resolution.py`, `quality_head_scales.py`): albums of the same bursts at
two resolutions, and per-burst figures that paired bootstrap resamples can sum."""
from pathlib import Path
import numpy as np, pandas as pd
import phototriage.synthetic as synthetic
from phototriage.ingest import make_synthetic_album, ingest, analyse_photos
from phototriage.protocol import album_burst_hits
from phototriage.synthetic import protocol_photos, source_split

def make_paired_album(out:Path, photos:list, long_side:int, seed:int=4, n_bursts:int=120)->pd.DataFrame:
    """`make_synthetic_album` of the varied recipe, each photo's noise drawn from a generator of its own: the album's
    other draws (burst sizes, degradations, times) do not depend on the image size, so albums of one seed at two
    sizes hold the same bursts with the same latent qualities. Made once (a `.made` file marks an album finished: one
    killed while written is made again); later calls read its ground truth."""
    made = Path(out)/'.made'
    if not made.exists():
        degrade = synthetic.degrade
        synthetic.degrade = lambda img, d, rng: degrade(img, d, np.random.default_rng(int(rng.integers(2**63))))
        try: make_synthetic_album(out, n_bursts=n_bursts, photos=photos, seed=seed, long_side=long_side, recipe='varied')
        finally: synthetic.degrade = degrade       # make_synthetic_album imports it from the module when called
        made.write_text(f'seed {seed}, {n_bursts} bursts, {long_side} px\n')
    return pd.read_csv(Path(out)/'ground_truth.csv')

def analysed_album(album:Path, truth:pd.DataFrame, cache_dir:Path):
    """An album's photos as `analyse_photos` measures them (cached in `cache_dir`), with their times and ground truth
    (`burst`, `quality`, `is_best`): `(table, embeddings)`, rows aligned"""
    found, _ = ingest(album)
    tab, emb, errors = analyse_photos(found.path, cache_dir, progress=False); assert not errors, errors[:3]
    return tab.merge(found, on='path').merge(truth, on='path', validate='one_to_one'), emb

def paired_albums(work:Path, which=('valid', 'test'), sizes=(512, 1024)):
    """The benchmarks' paired albums (120 bursts, seed 4) of the protocol's validation and test photos at each size:
    `(which, size, folder, ground truth)`, each made once under `work`"""
    photos = protocol_photos(); split_of = dict(zip([p.name for p in photos], source_split([p.name for p in photos])))
    for w in which:
        chosen = [p for p in photos if split_of[p.name] == w]
        for size in sizes:
            album = Path(work)/(f'resolution-album-{size}' if w == 'test' else f'resolution-album-valid-{size}')
            yield w, size, album, make_paired_album(album, chosen, size)

def check_paired(*truths):
    "Fail unless the albums' ground truths list the same files, bursts and latent qualities"
    names = [t.assign(path=t.path.map(lambda p: Path(p).name)) for t in truths]
    for t in names[1:]:
        assert t[['path', 'burst']].equals(names[0][['path', 'burst']]) and np.allclose(t.quality, names[0].quality), \
            'the albums are not paired'

def pair_acc_by_burst(sel:pd.DataFrame, scores, min_gap:float=0.5)->pd.DataFrame:
    """Per true burst (`sel`: `burst`, `quality`, one row per photo): pairs ordered as their latent qualities are
    (`right`; a tie counts half) of those whose qualities differ by at least `min_gap` (`total`)"""
    right, total = {}, {}
    for burst, g in sel.assign(score=np.asarray(scores, float)).groupby('burst'):
        i, j = np.triu_indices(len(g), 1)
        q, s = g.quality.to_numpy(), g.score.to_numpy()
        keep = np.abs(q[i] - q[j]) >= min_gap
        right[burst] = float((np.sign(q[i] - q[j]) * np.sign(s[i] - s[j]) > 0)[keep].sum() + 0.5 * (s[i] == s[j])[keep].sum())
        total[burst] = float(keep.sum())
    return pd.DataFrame(dict(right=right, total=total))

def only_best_by_burst(sel:pd.DataFrame, pick)->pd.Series:
    "Per true burst of more than one photo: 1 when its one pick is its best photo (`sel`: `path`, `burst`, `is_best`)"
    return album_burst_hits(sel.assign(pick=np.asarray(pick, bool)), sel).only_best.sort_index().astype(float)

def figure(v, draws=None):
    "The figure of per-burst values (a `pair_acc_by_burst` frame: pooled; a series: mean), or of each resample in `draws`"
    if isinstance(v, pd.DataFrame):
        r, n = v.right.to_numpy(), v.total.to_numpy()
        return r.sum() / n.sum() if draws is None else r[draws].sum(1) / n[draws].sum(1)
    v = v.to_numpy(); return v.mean() if draws is None else v[draws].mean(1)

def paired_difference(a, b, n:int=2000, seed:int=0)->dict:
    "`figure(a) - figure(b)` over the same bursts, with its 95 % interval from `n` resamples of bursts"
    assert a.index.equals(b.index), 'not the same bursts'
    draws = np.random.default_rng(seed).choice(len(a.index), (n, len(a.index)))
    d = figure(a, draws) - figure(b, draws)
    return dict(diff=round(float(figure(a) - figure(b)), 4), diff_lo=round(float(np.quantile(d, 0.025)), 4),
                diff_hi=round(float(np.quantile(d, 0.975)), 4))

def models_on_paired_albums(models:dict, baseline:str, work:Path, prefix:str='vs_shipped_')->list:
    """Rows of pair accuracy within the true bursts of each scorer in `models` (name → scorer, reading the files) on
    `paired_albums(work)`, with its paired difference from `models[baseline]` (columns `prefix` + diff, diff_lo, diff_hi)"""
    from phototriage.evaluation import score_with
    rows = []
    for which, size, album, truth in paired_albums(work):
        view = truth.assign(series_id=truth.burst)
        acc = {name: pair_acc_by_burst(truth, score_with(m, view)) for name, m in models.items()}
        for name, v in acc.items():
            rows.append(dict(model=name, on=f'album of the {which} photos, {size} px', pair_acc=round(figure(v), 4),
                             **{f'{prefix}{k}': x for k, x in paired_difference(v, acc[baseline]).items()}))
            print(rows[-1], flush=True)
    return rows

def siamese_in_album(work:Path, siamese_scores, out_name:str='two-models-album-default', n_boot:int=2000, seed:int=0):
    """08a_protocol's album of its test photos (made the same way, once), picked by the album's defaults, then picked
    again with other Siamese scores in the default composite and alone (picks made again with `pick_series`, the default
    weights and floors, no tiebreak). `siamese_scores(photos)`: name → scores of the
    album's photos (series as `series_id`). Returns a table: `only_best` of each (scores, weights), its difference from
    the album as it picks, with a paired interval over bursts; and the album's own `only_best`"""
    import phototriage.picking as picking
    from phototriage.album import select_album
    album = Path(work)/'size-norm-test-album'
    if not (album/'ground_truth.csv').exists():        # 08a_protocol's album of its test photos, made the same way
        photos = protocol_photos(); split = source_split([p.name for p in photos])
        make_synthetic_album(album, n_bursts=120, photos=[p for p, s in zip(photos, split) if s == 'test'], seed=4,
                             long_side=1024, recipe='varied')
    truth = pd.read_csv(album/'ground_truth.csv')
    out = Path(work)/out_name
    select_album(album, out, progress=False, export='none', sidecars='none')   # the defaults as they ship now
    sel = pd.read_csv(out/'selection.csv').merge(truth[['path', 'burst', 'is_best']], on='path', validate='one_to_one')
    siamese = {"album's own": sel.siamese.to_numpy(), **siamese_scores(sel.assign(series_id=sel.series))}
    COLS = ['series', 'aesthetic', 'iqa', 'siamese', 'portrait', 'n_faces', 'pixels']
    FLOORS = picking.DEFAULT_ALBUM_CONFIG['norm_floors']
    WEIGHTS = {'default composite': picking.PROTOCOL_WEIGHTS,
               'Siamese alone': dict(aesthetic=0, iqa=0, siamese=1, portrait=0)}
    multi = sel.groupby('burst').path.transform('size') > 1
    bursts = np.sort(sel.burst[multi].unique())
    def hits(pick):
        p = pd.Series(pick.astype(bool), index=sel.index)[multi]
        hit = (p & sel.is_best[multi].astype(bool)).groupby(sel.burst[multi]).any()
        return (hit & (p.groupby(sel.burst[multi]).sum() == 1)).reindex(bursts)
    own = picking.pick_series(sel[COLS], picking.PROTOCOL_WEIGHTS, norm_floors=FLOORS).pick.to_numpy()
    assert (own == sel.pick.to_numpy()).mean() > 0.99, 'the repicking does not reproduce the album'
    results = {(s, w): hits(picking.pick_series(sel[COLS].assign(siamese=v), wt, norm_floors=FLOORS).pick.to_numpy())
               for s, v in siamese.items() for w, wt in WEIGHTS.items()}
    rng = np.random.default_rng(seed)
    draws = rng.multinomial(len(bursts), np.full(len(bursts), 1 / len(bursts)), n_boot)
    base = results["album's own", 'default composite'].to_numpy(float)
    rows = []
    for (s, w), h in results.items():
        d = draws @ (h.to_numpy(float) - base) / len(bursts)
        rows.append(dict(siamese=s, weights=w, only_best=round(float(h.mean()), 4),
                         vs_album_default=round(float(h.mean() - base.mean()), 4),
                         vs_lo=round(float(np.quantile(d, 0.025)), 4), vs_hi=round(float(np.quantile(d, 0.975)), 4),
                         bursts=len(h)))
        print(rows[-1], flush=True)
    return pd.DataFrame(rows), float(base.mean())

def siamese_album_step(work:Path, siamese_scores, out_name:str, csv_path:Path, names:tuple):
    """A Siamese rule's album step (recorded only): `siamese_in_album`'s table written to `csv_path`, and a line of what
    the album picks with each of `names` as the default composite's Siamese"""
    from phototriage.weights import atomic_write
    table, own = siamese_in_album(work, siamese_scores, out_name=out_name)
    with atomic_write(csv_path) as tmp: table.to_csv(tmp, index=False)
    t = table.set_index(['siamese', 'weights'])
    print(f"the album as it ships picks its burst's best photo in {own:.3f}; in the default composite: " + ', '.join(
        f"{n} {t.loc[(n, 'default composite'), 'only_best']:.3f} [{t.loc[(n, 'default composite'), 'vs_lo']:+.3f}, "
        f"{t.loc[(n, 'default composite'), 'vs_hi']:+.3f}]" for n in names))
    return table

ALBUM_COLS = ['series', 'aesthetic', 'iqa', 'siamese', 'portrait', 'n_faces', 'pixels']   # what `pick_series` reads

def unseen_photos()->list:
    "The 29 base photos no shipped model trained on: the protocol's validation and test photos"
    pool = protocol_photos()
    unseen = [p for p, s in zip(pool, source_split([p.name for p in pool])) if s != 'train']
    assert len(unseen) == 29
    return unseen

def fresh_album(folder:Path, seed:int, photos:list)->pd.DataFrame:
    "A fresh album of 120 bursts at 1024 px of the varied recipe in `folder`, made once (then read); its ground truth"
    if not (folder/'.made').exists():
        make_synthetic_album(folder, n_bursts=120, photos=photos, seed=seed, long_side=1024, recipe='varied')
        (folder/'.made').write_text(f'seed {seed}\n')
    return pd.read_csv(folder/'ground_truth.csv')
