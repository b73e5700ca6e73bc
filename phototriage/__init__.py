__version__ = "0.1.0"

import warnings as _warnings
# fastai 2.8 compiles two activations with `torch.jit.script` when it is imported, which torch 2.14 deprecates:
# a warning on every run that no user of phototriage can act on
_warnings.filterwarnings('ignore', message=r'`torch\.jit\.script` is deprecated', category=FutureWarning)
