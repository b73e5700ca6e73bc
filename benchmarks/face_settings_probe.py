"""Face settings for smaller faces: recall of `detect_faces` on GENKI-4K faces (files 100–199) pasted at heights of
8, 12, 20 and 30 % of the short side into the 61 shared scenes (1000×750), for the album's settings and larger
detection copies with smaller minimum faces; and the detections on the scenes without pasted faces (false alarms).
The function is the one of `05b_portrait`'s slow cell (`face_settings.csv`).

    python benchmarks/face_settings_probe.py       # about 3 minutes on 2 cores
"""
import time
import numpy as np, pandas as pd, cv2
from phototriage.portrait import detect_faces
from phototriage.iqa import load_image
from phototriage.data import shared_data_dir

def face_recall(settings:dict, faces, scenes, fracs=(0.12, 0.2, 0.3, 0.45), seed:int=1)->pd.DataFrame:
    "Recall and time of `detect_faces` settings on `faces` pasted at heights `fracs` of the short side into `scenes` (1000×750)"
    rng, rows, threads = np.random.default_rng(seed), [], cv2.getNumThreads()
    cv2.setNumThreads(1)                                      # one core per photo, as in the album's analysis threads
    for frac in fracs:
        hits, secs = dict.fromkeys(settings, 0), dict.fromkeys(settings, 0.)
        for i, f in enumerate(faces):
            scene, face = scenes[i % len(scenes)].copy(), load_image(f)
            h = int(frac * 750 * 1.3); w = int(h * face.shape[1] / face.shape[0])     # a GENKI crop is about 1.3× its face
            x, y = rng.integers(0, 1000 - w), rng.integers(0, 750 - h)
            scene[y:y + h, x:x + w] = cv2.resize(face, (w, h), interpolation=cv2.INTER_AREA)
            for name, kw in settings.items():
                t = time.perf_counter(); found = detect_faces(scene, **kw); secs[name] += time.perf_counter() - t
                hits[name] += any(abs(fx + fw / 2 - (x + w / 2)) < w / 2 and abs(fy + fh / 2 - (y + h / 2)) < h / 2 for fx, fy, fw, fh, _ in found)
        rows += [dict(face_height=frac, settings=n, recall=hits[n] / len(faces), ms_per_photo=1000 * secs[n] / len(faces)) for n in settings]
    cv2.setNumThreads(threads)
    return pd.DataFrame(rows)

SHARED = shared_data_dir()
album = dict(detect_size=480, scale_factor=1.3, min_frac=0.1, profile=False, frontal='frontal_alt2', min_neighbors=3)
settings = {'now': album,
            '640': {**album, 'detect_size': 640, 'min_frac': 0.08},
            '800': {**album, 'detect_size': 800, 'min_frac': 0.06},
            '640 1.2': {**album, 'detect_size': 640, 'min_frac': 0.08, 'scale_factor': 1.2},
            '640 default': {**album, 'detect_size': 640, 'min_frac': 0.08, 'frontal': 'frontal'}}
scenes = [cv2.resize(load_image(p, max_size=1000), (1000, 750)) for p in sorted((SHARED/'photos').glob('*.jpg'))]
rows = face_recall(settings, sorted((SHARED/'genki4k-calib'/'files').glob('*.jpg'))[100:200], scenes, fracs=(0.08, 0.12, 0.2, 0.3))
print(rows.pivot(index='face_height', columns='settings', values=['recall', 'ms_per_photo']).round(3).to_string())
print('detections on the scenes alone:', {n: sum(len(detect_faces(s, **kw)) for s in scenes) for n, kw in settings.items()})
