"""Run notebooks as `nbdev_test` does (cells flagged `slow` or `record`, `eval: false` cells and the export cell
skipped) and keep their outputs, so the docs pages and README.md show real results and pictures. Each notebook runs
in a fresh process, in its own folder. Warnings and progress bars (stderr) are not kept. Then `nbdev_clean`.

    python .ci/refresh_outputs.py                      # every notebook in nbs/
    python .ci/refresh_outputs.py nbs/index.ipynb ...  # some
"""
import sys, subprocess
from pathlib import Path

def compact_image(data:dict, max_png_kb:int=150)->dict:
    "A large PNG output (a figure of photos) re-encoded as JPEG: a tenth of the bytes in the notebook, the same picture"
    import base64, io
    from PIL import Image
    png = data.get('image/png')
    if not png or len(png) * 3 / 4 < max_png_kb * 1024: return data
    buf = io.BytesIO()
    Image.open(io.BytesIO(base64.b64decode(png))).convert('RGB').save(buf, 'JPEG', quality=85, optimize=True)
    return {'image/jpeg': base64.b64encode(buf.getvalue()).decode(), **{k: v for k, v in data.items() if k != 'image/png'}}

def run_one(fn:Path):
    "Execute `fn` in this process and write its outputs back into the notebook"
    import os
    from execnb.nbio import read_nb, write_nb
    from execnb.shell import CaptureShell
    from fastcore.xtras import working_directory
    from nbdev.config import get_config
    from nbdev.process import NBProcessor
    from nbdev.frontmatter import FrontmatterProc
    os.environ['IN_TEST'] = '1'
    skip = set(get_config().tst_flags.split())
    nb = NBProcessor(fn, procs=FrontmatterProc, process=True).nb
    def no_eval(cell):
        if cell.cell_type != 'code' or 'nbdev_export' + '(' in cell.source: return True
        direc = getattr(cell, 'directives_', {}) or {}
        if direc.get('eval:', [''])[0].lower() == 'false': return True
        return bool(skip & direc.keys())
    shell = CaptureShell(fn)
    with working_directory(fn.parent): shell.run_all(nb, exc_stop=True, preproc=no_eval)
    outputs = {c.id: c.get('outputs', []) for c in nb.cells if c.cell_type == 'code' and 'id' in c}
    raw = read_nb(fn)
    for c in raw.cells:
        if c.cell_type != 'code': continue
        kept = []
        for o in outputs.get(c.get('id'), []):
            if o.get('output_type') == 'stream' and o.get('name') == 'stderr': continue
            data = o.get('data')
            if data and 'application/vnd.jupyter.widget-view+json' in data:       # a widget: its text form only
                o['data'] = {k: v for k, v in data.items() if k == 'text/plain'}
            elif data: o['data'] = compact_image(data)
            if 'data' in o and not o['data']: continue                                 # nothing a page could show
            kept.append(o)
        c['outputs'] = kept
    write_nb(raw, fn)

if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == '--one': run_one(Path(sys.argv[2]).resolve()); sys.exit(0)
    nbs = [Path(a) for a in sys.argv[1:]] or sorted(p for p in Path('nbs').glob('*.ipynb') if not p.name.startswith('_'))
    failed = []
    for p in nbs:
        r = subprocess.run([sys.executable, __file__, '--one', str(p)])
        print(f"{p}: {'ok' if r.returncode == 0 else 'FAILED'}", flush=True)
        if r.returncode: failed.append(p)
    subprocess.run(['nbdev_clean'], check=True)
    sys.exit(1 if failed else 0)
