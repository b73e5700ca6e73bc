"""Which face crops carry a smile? MobileNetV2 embeddings of the mouth region (what the earlier head read), the
whole face, a tighter mouth crop, and their concatenations, each with a cross-validated logistic regression on
three quarters of the GENKI-4K calibration faces, measured on the quarter `held_out_faces` holds out (seed 0).

    python benchmarks/smile_crops_probe.py      # about 3 minutes on 2 cores
"""
import time
from pathlib import Path
import numpy as np, pandas as pd
from sklearn.linear_model import LogisticRegressionCV
from phototriage.data import shared_data_dir
import torch
from phototriage.portrait import detect_faces, face_crop, held_out_faces, roc_auc
from phototriage.features import shared_backbone
from phototriage.iqa import load_image

mouth_region = lambda face: face[face.shape[0] // 2:]      # the lower half of the face crop (the earlier head's input)

@torch.inference_mode()
def face_embeddings(crops, bs=64):
    "Frozen MobileNetV2 ImageNet embeddings (n, 1280), global-average-pooled"
    bb = shared_backbone()
    return torch.cat([bb(torch.stack([bb.preprocess(c) for c in crops[s:s + bs]])) for s in range(0, len(crops), bs)]).numpy()

folder = shared_data_dir()/'genki4k-calib'
labels = pd.read_csv(folder/'labels.txt', sep=' ')
t = time.perf_counter(); crops = []
for n in labels.file:
    img = load_image(folder/'files'/n); found = detect_faces(img, min_frac=0.2)
    crops.append(face_crop(img, max(found, key=lambda b: b[2] * b[3])) if found else img)
tight = lambda c: c[int(c.shape[0] * 0.55):int(c.shape[0] * 0.95), int(c.shape[1] * 0.15):int(c.shape[1] * 0.85)]
emb = dict(mouth=face_embeddings([mouth_region(c) for c in crops]), face=face_embeddings(crops),
           mouth_tight=face_embeddings([tight(c) for c in crops]))
print(f'embeddings {time.perf_counter() - t:.0f} s')
y = labels.smile.to_numpy(); te = held_out_faces(labels.file, 0, 0.25); tr = ~te
for name in ['mouth', 'face', 'face+mouth', 'face+mouth+mouth_tight']:
    X = np.hstack([emb[k] for k in name.split('+')]); X = (X - X[tr].mean(0)) / (X[tr].std(0) + 1e-6)
    m = LogisticRegressionCV(Cs=np.logspace(-4, 0, 9), cv=5, max_iter=3000, scoring='accuracy').fit(X[tr], y[tr])
    p = m.predict_proba(X[te])[:, 1]
    print(f'{name:24} C {m.C_[0]:.4f}  held-out accuracy {((p > 0.5) == y[te]).mean():.3f}  AUC {roc_auc(y[te], p):.3f}')
