"""Docs check without Quarto (it cannot be installed here): run nbdev's own doc processors over every notebook
(`_proc/`, what Quarto would render), render each processed notebook to a standalone HTML page, check the
sidebar lists every notebook and README.md is generated from `index.ipynb`.

    python .ci/docs_check.py                 # check
    python .ci/docs_check.py --write-readme  # regenerate README.md from nbs/index.ipynb
"""
import re, sys, shutil
from pathlib import Path
from nbdev.config import get_config
from nbdev.doclinks import _build_modidx
from nbdev.serve import proc_nbs
from nbconvert import HTMLExporter, MarkdownExporter
from traitlets.config import Config
import nbformat, yaml

cfg = get_config()
root, nbs = cfg.config_path, cfg.nbs_path
problems = []

def front_matter(nb):
    "The YAML front matter nbdev's processors put in a notebook's first raw cell (title, description)"
    c = nb.cells[0] if nb.cells else None
    if c is None or c.cell_type != 'raw' or not c.source.startswith('---'): return {}
    return yaml.safe_load(c.source.strip().strip('-')) or {}

README_FIGURES = 'index_files/figure-commonmark'     # where Quarto's gfm output puts them for `nbdev_readme`

def readme_from_index(proc_dir)->tuple:
    "README.md's text and pictures `{path: bytes}`: the processed index notebook as Markdown, as Quarto would render it"
    nb = nbformat.read(proc_dir/'index.ipynb', as_version=4)
    fm = front_matter(nb)
    nb.cells = nb.cells[1:] if fm else nb.cells
    for c in nb.cells:
        if c.cell_type != 'code': continue
        lines = c.source.splitlines()
        opts = {l[2:].split(':')[0].strip(): l[2:].partition(':')[2].strip() for l in lines if l.startswith('#|')}
        if opts.get('echo') == 'false' or 'hide' in opts: c.metadata['tags'] = ['remove_input']
        if 'hide' in opts: c.outputs = []
        c.source = '\n'.join(l for l in lines if not l.startswith('#|')).strip()     # directives are Quarto's, never the reader's
    cfg = Config(); cfg.TagRemovePreprocessor.enabled = True; cfg.TagRemovePreprocessor.remove_input_tags = {'remove_input'}
    exporter = MarkdownExporter(config=cfg, exclude_input_prompt=True, exclude_output_prompt=True)
    body, res = exporter.from_notebook_node(nb, resources={'output_files_dir': README_FIGURES})
    head = f"# {fm.get('title', 'phototriage')}\n\n> {fm.get('description', '')}\n\n"
    body = re.sub(r'!\[(?:png|jpeg|svg)\]\(', '![](', body)          # nbconvert's alt text is the MIME type
    body = body.replace('```{mermaid}', '```mermaid')                   # Quarto's gfm writes diagrams as GitHub's own mermaid blocks
    text = '\n'.join(l.rstrip() for l in (head + body.strip()).splitlines()) + '\n'
    return text, dict(res.get('outputs', {}))

def main(write_readme=False):
    _build_modidx()
    proc_dir = proc_nbs(nbs, n_workers=0, force=True)
    if not (proc_dir/'index.ipynb').exists():     # nbdev skips files whose absolute path has a part starting with '.'
        print(f'docs check problem: nbdev processed no notebook into {proc_dir} (is a folder above {root} named .something?)')
        return False
    notebooks = sorted(p for p in nbs.glob('*.ipynb') if not p.name.startswith(('_', '.')))
    out = root/'_docs_check'; shutil.rmtree(out, ignore_errors=True); out.mkdir()
    sidebar = (nbs/'sidebar.yml').read_text() if (nbs/'sidebar.yml').exists() else ''
    exporter = HTMLExporter()
    for p in notebooks:
        proc = proc_dir/p.name
        if not proc.exists(): problems.append(f'{p.name}: not processed'); continue
        nb = nbformat.read(proc, as_version=4)
        fm = front_matter(nb)
        if not fm.get('title'): problems.append(f'{p.name}: no title (a `# Title` markdown cell first)')
        if not fm.get('description'): problems.append(f'{p.name}: no `> summary` line under the title')
        nb.metadata['title'] = fm.get('title', p.stem)
        html, _ = exporter.from_notebook_node(nb)
        (out/p.with_suffix('.html').name).write_text(html)
        if 'Traceback (most recent call last)' in html: problems.append(f'{p.name}: page shows a traceback')
        if p.name not in sidebar: problems.append(f'{p.name}: missing from nbs/sidebar.yml')
    readme, figures = readme_from_index(proc_dir)
    if write_readme:
        shutil.rmtree(root/README_FIGURES, ignore_errors=True)
        (root/'README.md').write_text(readme)
        for name, data in figures.items(): (root/name).parent.mkdir(parents=True, exist_ok=True); (root/name).write_bytes(data)
    else:
        stale = not (root/'README.md').exists() or (root/'README.md').read_text() != readme
        stale |= any(not (root/n).exists() or (root/n).read_bytes() != d for n, d in figures.items())
        if stale: problems.append('README.md or its pictures are not the rendering of nbs/index.ipynb: run `python .ci/docs_check.py --write-readme`')
    if re.search(r'^\s*#\|', readme, re.M): problems.append('README.md shows a `#|` directive')
    if not figures: problems.append('README.md shows no picture (run `python .ci/refresh_outputs.py nbs/index.ipynb`)')
    print(f'docs check: {len(notebooks)} notebooks rendered to {out.relative_to(root)}/')
    for m in problems: print('docs check problem:', m)
    return not problems

if __name__ == '__main__': sys.exit(0 if main('--write-readme' in sys.argv) else 1)
