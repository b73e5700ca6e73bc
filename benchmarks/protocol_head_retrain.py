"""The shipped quality head's recipe (03_pairwise) retrained on the generalisation protocol's training photos, and
what choosing the album's composite weights on the protocol's 13 validation photos then does. Not shipped: see
benchmarks/README.md. For each resolution of the head's training data: the head alone on the protocol's test split
(512 px, as 08a_protocol), then the 0.1 grid of (aesthetic, iqa, siamese) weights and tie margins of 08a chosen on
the validation photos by top-1 first and by pair accuracy first, each measured on the test photos, and how well
validation predicts test across the 66 weightings (Pearson correlation, tie margin 0).

    python benchmarks/protocol_head_retrain.py [LONG_SIDE ...]     # default 512 800; about 4 minutes each
"""
import sys, itertools, tempfile
from pathlib import Path
import numpy as np, pandas as pd
from phototriage.synthetic import protocol_dataset
from phototriage.features import photo_features
from phototriage.evaluation import evaluate_scores, score_with
from phototriage.iqa import RuleScorer
from phototriage.pairwise import train_pairwise, HeadScorer
from phototriage.siamese import SiameseScorer
from phototriage.picking import pick_series

scratch = tempfile.TemporaryDirectory()                       # removed when the script ends
work = Path(scratch.name)
proto = protocol_dataset(work/'protocol')                       # the protocol's table: 512 px
feats = photo_features(proto, ('cnn', 'iqa'))
parts = {n: proto.split(n) for n in ('valid', 'test')}
rows = {n: np.flatnonzero((proto.photos.split == n).to_numpy()) for n in parts}
def scores_of(scorer, n): return np.asarray(score_with(scorer, parts[n].photos, {g: np.asarray(v)[rows[n]] for g, v in feats.items()}), float)
iqa, siamese = RuleScorer(), SiameseScorer()
fixed = {n: dict(iqa=scores_of(iqa, n), siamese=scores_of(siamese, n)) for n in parts}
grid = [dict(zip(('aesthetic', 'iqa', 'siamese'), w)) for w in itertools.product(np.round(np.arange(0, 1.01, 0.1), 1), repeat=3)
        if abs(sum(w) - 1) < 1e-9]
def two(r): return f"{r['pair_acc']:.3f} / {r['top1']:.3f}"

for long_side in map(int, sys.argv[1:] or ['512', '800']):
    data = proto if long_side == 512 else protocol_dataset(work/f'protocol-{long_side}', long_side=long_side)
    run = work/f'head-{long_side}'
    res = train_pairwise(data, feats if data is proto else photo_features(data, ('cnn', 'iqa')), run)
    S = {n: dict(aesthetic=scores_of(HeadScorer(run), n), **fixed[n]) for n in parts}
    def composite(n, w, margin):
        table = pd.DataFrame(dict(series=parts[n].photos.series_id.to_numpy(), n_faces=0, portrait=0., **S[n]))
        strength = table.siamese.to_numpy()
        sel = pick_series(table, w, margin, (lambda i, j: float(strength[i] > strength[j])) if margin else None,
                          resolution_penalty=0)
        return sel.composite.to_numpy() + sel.pick.to_numpy()
    search = pd.DataFrame([dict(**w, tie_margin=m, **{f'{n}_{k}': evaluate_scores(parts[n], composite(n, w, m))[k]
                                                       for n in parts for k in ('top1', 'pair_acc')})
                           for w in grid for m in (0., 0.05)])
    print(f'\n== head trained at {long_side} px: {res["epochs_run"]} epochs; its own test split {two(res)} (pair acc / top-1)')
    for c in ('aesthetic', 'iqa', 'siamese'): print(f'  {c} alone on the test photos: {two(evaluate_scores(parts["test"], S["test"][c]))}')
    for by in (['valid_top1', 'valid_pair_acc'], ['valid_pair_acc', 'valid_top1']):
        ch = search.sort_values(by, ascending=False).iloc[0]
        print(f'  chosen by {by[0]} first: {ch.aesthetic:.1f} / {ch.iqa:.1f} / {ch.siamese:.1f}, tie {ch.tie_margin:g}; '
              f'test {ch.test_pair_acc:.3f} / {ch.test_top1:.3f}')
    r = search[search.tie_margin == 0]
    print(f'  validation vs test over {len(r)} weightings: top-1 r = {r.valid_top1.corr(r.test_top1):.2f}, '
          f'pair acc vs test top-1 r = {r.valid_pair_acc.corr(r.test_top1):.2f}, pair acc r = {r.valid_pair_acc.corr(r.test_pair_acc):.2f}')
