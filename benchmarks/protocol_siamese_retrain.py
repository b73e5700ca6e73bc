"""The Siamese CNN's recipe (05_siamese) trained on the generalisation protocol's training photos, and what shipping it
as the album's Siamese would do: the model alone on the protocol's test split (512 px, as 08a_protocol), the 0.1 grid
of (aesthetic, iqa, siamese) weights and tie margins of 08a chosen on the validation photos (top-1 first, then pair
accuracy, as 08a_protocol chose then) and measured on the test photos, and 08a's album run (120 bursts of the test photos, 1024 px, one flat
folder) with that Siamese in place of the shipped one, for the shipped default weights, the weights chosen here, and
the Siamese alone.

    OMP_NUM_THREADS=2 python benchmarks/protocol_siamese_retrain.py [SEED ...]   # default 0; about 8 minutes each on 2 cores

Recorded at commit a962912, before this Siamese shipped: "shipped" there is the Siamese trained on the 61 shared
photos under the base recipe, and the album's default weights 0.42 / 0.07 / 0.21 / 0.3.
"""
import sys, itertools, tempfile
from pathlib import Path
import numpy as np, pandas as pd
from sklearn.metrics import adjusted_rand_score
from phototriage.synthetic import protocol_dataset, protocol_photos
from phototriage.features import photo_features
from phototriage.evaluation import evaluate_scores, score_with
from phototriage.iqa import RuleScorer
from phototriage.pairwise import HeadScorer
from phototriage.siamese import SiameseScorer, train_siamese, SHIPPED_SIAMESE
from phototriage.picking import pick_series, QUALITY_HEAD, PROTOCOL_WEIGHTS
from phototriage.protocol import bootstrap_metrics, album_best_picked
from phototriage.ingest import make_synthetic_album
from phototriage.album import select_album

scratch = tempfile.TemporaryDirectory()                       # removed when the script ends
work = Path(scratch.name)
proto = protocol_dataset(work/'protocol')
feats = photo_features(proto, ('cnn', 'iqa'))
parts = {n: proto.split(n) for n in ('valid', 'test')}
rows = {n: np.flatnonzero((proto.photos.split == n).to_numpy()) for n in parts}
def scores_of(scorer, n): return np.asarray(score_with(scorer, parts[n].photos, {g: np.asarray(v)[rows[n]] for g, v in feats.items()}), float)
fixed = {n: dict(aesthetic=scores_of(HeadScorer(QUALITY_HEAD), n), iqa=scores_of(RuleScorer(), n)) for n in parts}
grid = [dict(zip(('aesthetic', 'iqa', 'siamese'), w)) for w in itertools.product(np.round(np.arange(0, 1.01, 0.1), 1), repeat=3)
        if abs(sum(w) - 1) < 1e-9]
def three(r): return f"{r['pair_acc']:.3f} / {r['pair_acc_agree']:.3f} / {r['top1']:.3f}"
test_photos = [p for p in protocol_photos() if p.name in set(parts['test'].photos.source)]
album_gt = make_synthetic_album(work/'album', n_bursts=120, photos=test_photos, seed=4, long_side=1024, recipe='varied')

def album(siamese_dir, weights, tag):
    out = work/f'album-out-{tag}'
    select_album(work/'album', out, config=dict(weights=weights, models=dict(siamese_checkpoint=str(siamese_dir))),
                 progress=False, export='none', sidecars='none')
    sel = pd.read_csv(out/'selection.csv'); r = album_best_picked(sel, album_gt); grouping = sel.merge(album_gt, on='path')
    return f'best picked {r["best_picked"]:.3f} (random {r["random"]:.3f}, ARI {adjusted_rand_score(grouping.burst, grouping.series):.3f})'

print(f'shipped Siamese: protocol test {three(bootstrap_metrics(parts["test"], scores_of(SiameseScorer(), "test")))} '
      f'(pair acc / agreed / top-1); album, shipped default: {album(SHIPPED_SIAMESE, PROTOCOL_WEIGHTS, "shipped")}')
for seed in map(int, sys.argv[1:] or ['0']):
    run = work/f'siamese-{seed}'
    res = train_siamese(proto, run, seed=seed)[1]
    S = {n: dict(**fixed[n], siamese=scores_of(SiameseScorer(run), n)) for n in parts}
    def composite(n, w, margin):
        table = pd.DataFrame(dict(series=parts[n].photos.series_id.to_numpy(), n_faces=0, portrait=0., **S[n]))
        strength = table.siamese.to_numpy()
        sel = pick_series(table, w, margin, (lambda i, j: float(strength[i] > strength[j])) if margin else None,
                          resolution_penalty=0)
        return sel.composite.to_numpy() + sel.pick.to_numpy()
    search = pd.DataFrame([dict(**w, tie_margin=m, **{f'{n}_{k}': evaluate_scores(parts[n], composite(n, w, m))[k]
                                                       for n in parts for k in ('top1', 'pair_acc')})
                           for w in grid for m in (0., 0.05)])
    print(f'\n== Siamese trained on the protocol, seed {seed}: {res["train_seconds"]:.0f} s')
    for c in ('aesthetic', 'iqa', 'siamese'):
        print(f'  {c} alone on the test photos: {three(bootstrap_metrics(parts["test"], S["test"][c]))}')
    ch = search.sort_values(['valid_top1', 'valid_pair_acc'], ascending=False).iloc[0]
    w = {c: float(ch[c]) for c in ('aesthetic', 'iqa', 'siamese')}
    print(f'  chosen on validation: {w}, tie {ch.tie_margin:g}; test {three(bootstrap_metrics(parts["test"], composite("test", w, ch.tie_margin)))}')
    r = search[search.tie_margin == 0]
    print(f'  validation vs test over {len(r)} weightings: top-1 r = {r.valid_top1.corr(r.test_top1):.2f}, '
          f'pair acc r = {r.valid_pair_acc.corr(r.test_pair_acc):.2f}')
    print(f'  album, shipped default weights: {album(run, PROTOCOL_WEIGHTS, f"{seed}-default")}')
    print(f'  album, weights chosen here: {album(run, {**w, "portrait": 0.3}, f"{seed}-chosen")}')
    print(f'  album, Siamese alone: {album(run, dict(aesthetic=0, iqa=0, siamese=1, portrait=0), f"{seed}-alone")}')
