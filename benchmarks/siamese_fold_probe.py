"""The album's Siamese with batch norm folded into its convolutions (`ModelHub.siamese`) against the model as
trained: time to embed a folder's thumbnails, and how far embeddings and round-robin verdicts move.

    python benchmarks/siamese_fold_probe.py CACHE     # CACHE: the feature cache of a `phototriage select` run
"""
import sys, time, glob, copy, torch
from phototriage.picking import SIAMESE
from phototriage.siamese import load_siamese, siamese_inputs, siamese_embeddings
from phototriage.features import fold_batchnorm

thumbs = sorted(glob.glob(f'{sys.argv[1]}/thumbs/**/*.jpg', recursive=True))[:128]
run = load_siamese(SIAMESE); plain = run.model.eval()
folded = fold_batchnorm(copy.deepcopy(plain).eval())
imgs = siamese_inputs(thumbs, run.config)
def timed(model):
    "Embeddings and the best of two timings"
    best = float('inf')
    for _ in range(2):
        t0 = time.perf_counter(); e = siamese_embeddings(model, imgs, run.config); best = min(best, time.perf_counter() - t0)
    return e, best
(e0, t0), (e1, t1) = timed(plain), timed(folded)
with torch.no_grad():
    i, j = torch.triu_indices(len(e0), len(e0), 1)
    p0, p1 = (torch.sigmoid(m.head_logit(e[i], e[j])) for m, e in ((plain, e0), (folded, e1)))
print(f'{len(thumbs)} thumbnails, {torch.get_num_threads()} torch threads: as trained {t0 / len(thumbs) * 1e3:.1f} ms a photo, '
      f'folded {t1 / len(thumbs) * 1e3:.1f}; max |embedding difference| {(e0 - e1).abs().max():.2g}, '
      f'max |p difference| {(p0 - p1).abs().max():.2g}, verdicts changed {((p0 > 0.5) != (p1 > 0.5)).sum().item()} of {len(p0)}')
