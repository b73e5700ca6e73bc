"""The test-time view probes' scoring (`siamese_views_probe.py`, `siamese_zoom_probe.py`): sets of views of each photo,
their embeddings averaged before the Siamese head compares them in a round-robin, measured with intervals."""
import numpy as np, torch
from phototriage.siamese import round_robin
from phototriage.protocol import bootstrap_metrics

def view_set_rows(model, part, embeddings:dict, sets:dict, split:str)->list:
    """One row per set of `sets` (name → view keys of `embeddings`, each (n, d) for `part.photos` in order): pair accuracy,
    agreed pairs and top-1 with 95 % intervals (bootstrap over base photos) of the round-robin on the views' mean"""
    photos, rows = part.photos.reset_index(drop=True), []
    for name, keys in sets.items():
        emb = torch.stack([embeddings[k] for k in keys]).mean(0)
        sc = np.zeros(len(photos), np.float32)
        for _, g in photos.groupby('series_id'): sc[g.index] = round_robin(model, emb[torch.tensor(g.index.to_numpy())]).numpy()
        b = bootstrap_metrics(part, sc, 2000)
        row = dict(split=split, views=name, n_views=len(keys), **{k: round(b[k], 3) for k in ('pair_acc', 'pair_acc_agree', 'top1')},
                   **{f'{k}_{e}': round(b[f'{k}_{e}'], 3) for k in ('pair_acc', 'pair_acc_agree', 'top1') for e in ('lo', 'hi')})
        print(row, flush=True); rows.append(row)
    return rows
