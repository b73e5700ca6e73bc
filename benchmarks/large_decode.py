"""Peak memory and time of decoding a 169-megapixel PNG to the album's 1000 px, alone and as two threads at once.

Usage: python benchmarks/large_decode.py [--write]   (--write records the table in benchmarks/large_decode.md)
"""
import subprocess, sys, tempfile, json, datetime, platform
from pathlib import Path
import numpy as np, cv2

CHILD = r'''
import json, re, sys, time, threading
def hwm_mb():   # this process's peak RSS; ru_maxrss would carry the parent's over from fork
    return int(re.search(r'VmHWM:\s+(\d+) kB', open('/proc/self/status').read()).group(1)) / 1024
from phototriage.iqa import load_image
base = hwm_mb()
paths = sys.argv[1:]; t0 = time.perf_counter(); shapes = []
ts = [threading.Thread(target=lambda p=p: shapes.append(load_image(p, max_size=1000).shape)) for p in paths]
[t.start() for t in ts]; [t.join() for t in ts]
print(json.dumps(dict(seconds=time.perf_counter() - t0, peak_mb=hwm_mb(), import_mb=base, shapes=shapes)))
'''

def main(write=False):
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for i in range(2):        # 13,000 × 13,000 RGB, a gradient with lines: compresses to about 0.5 MB, like the file
            a = np.zeros((13000, 13000, 3), np.uint8); a[:, :, 1] = np.linspace(0, 255, 13000, dtype=np.uint8)[None]; a[i::500] = 255
            p = Path(d)/f'big{i}.png'; cv2.imwrite(str(p), a, [cv2.IMWRITE_PNG_COMPRESSION, 9]); paths.append(str(p)); del a
        rows = []
        for name, ps in [('one 169-MP PNG', paths[:1]), ('two at once (two analysis threads)', paths)]:
            r = json.loads(subprocess.run([sys.executable, '-c', CHILD, *ps], capture_output=True, text=True, check=True).stdout)
            rows.append(f"| {name} | {r['seconds']:.2f} | {r['peak_mb']:.0f} | {r['import_mb']:.0f} | {r['shapes'][0]} |")
    table = '\n'.join(['| decode to 1000 px | seconds | peak RSS (VmHWM) MB | after imports MB | result |', '|---|---|---|---|---|', *rows])
    print(table)
    if write:
        Path(__file__).with_name('large_decode.md').write_text(
            f"# Large PNG decoding\n\n`python benchmarks/large_decode.py --write`, {datetime.date.today()}, {platform.machine()}, "
            f"{__import__('os').cpu_count()} cores. A 13,000 × 13,000 RGB PNG (169 MP, about 0.5 MB on disk) decoded by "
            f"`load_image(path, max_size=1000)`: reduced by a whole factor right after decoding; images over `LARGE_DECODE` pixels "
            f"decoded one at a time.\n\n{table}\n")

if __name__ == '__main__': main('--write' in sys.argv)
