"""The probe that chose the smile head's recipe: MobileNetV2 from ImageNet, fine-tuned end to end on GENKI-4K face
crops (plain PyTorch, AdamW with a one-cycle schedule, mirror/shift/brightness augmentation), measured after every
epoch on the quarter `held_out_faces` holds out (seed 0), with and without mirror averaging at prediction. One
configuration was run (112 px, 5 epochs); `train_smile_head` took its settings (4 epochs, to save time). Figures
vary a little from run to run (numpy's shuffle is not seeded).

    python benchmarks/smile_finetune_probe.py [SIZE] [EPOCHS]     # 112 5: about 5 minutes on 2 idle cores
"""
import sys, time
import numpy as np, torch, torchvision
from phototriage.data import shared_data_dir
from phototriage.portrait import genki_faces, held_out_faces, roc_auc
from phototriage.weights import load_state_dict

torch.manual_seed(0)                       # numpy's shuffle and shifts unseeded, as in the recorded run
size = int(sys.argv[1]) if len(sys.argv) > 1 else 112; epochs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
labels, crops = genki_faces(shared_data_dir()/'genki4k-calib', size=128)       # the probe read 128 px crops
y, te = labels.smile.to_numpy(), held_out_faces(labels.file, 0, 0.25); tr = ~te
m = torchvision.models.mobilenet_v2(); m.load_state_dict(load_state_dict('mobilenet_v2/imagenet'))
m.classifier = torch.nn.Sequential(torch.nn.Dropout(0.2), torch.nn.Linear(1280, 1))
mean, std = torch.tensor([0.485, 0.456, 0.406]).view(1, 3, 1, 1), torch.tensor([0.229, 0.224, 0.225]).view(1, 3, 1, 1)
X = torch.from_numpy(np.array(crops)).permute(0, 3, 1, 2).float().div(255)
X = (torch.nn.functional.interpolate(X, size=(size, size), mode='bilinear', antialias=True) - mean) / std
Y = torch.from_numpy(y).float()

def augment(b):
    b = torch.where(torch.rand(b.shape[0], 1, 1, 1) < 0.5, b.flip(3), b)
    s = size // 14; dx, dy = np.random.randint(-s, s + 1, 2)
    b = torch.roll(b, (int(dy), int(dx)), (2, 3))
    return b * (1 + 0.2 * (torch.rand(b.shape[0], 1, 1, 1) - 0.5)) + 0.2 * (torch.rand(b.shape[0], 1, 1, 1) - 0.5)

itr, bs = np.flatnonzero(tr), 32
opt = torch.optim.AdamW(m.parameters(), lr=1e-3, weight_decay=1e-2)
sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=1e-3, total_steps=epochs * (len(itr) // bs), pct_start=0.25)
t = time.time()
for ep in range(epochs):
    m.train(); np.random.shuffle(itr)
    for s in range(len(itr) // bs):
        idx = itr[s * bs:(s + 1) * bs]
        loss = torch.nn.functional.binary_cross_entropy_with_logits(m(augment(X[idx])).squeeze(-1), Y[idx])
        opt.zero_grad(); loss.backward(); opt.step(); sched.step()
    m.eval()
    with torch.inference_mode():
        z = torch.cat([m(b) for b in X[te].split(128)]).squeeze(-1)
        zf = torch.cat([m(b.flip(3)) for b in X[te].split(128)]).squeeze(-1)
    p, pf = torch.sigmoid(z).numpy(), torch.sigmoid((z + zf) / 2).numpy()
    print(f'epoch {ep} {time.time() - t:.0f} s  held-out accuracy {((p > 0.5) == y[te]).mean():.3f} AUC {roc_auc(y[te], p):.3f}'
          f'  mirror-averaged {((pf > 0.5) == y[te]).mean():.3f} / {roc_auc(y[te], pf):.3f}', flush=True)
