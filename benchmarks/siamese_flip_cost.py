"""What the Siamese's mirror average (`test_time_flip`, 05_siamese) costs: ms per photo embedded by the shipped model,
plain and with the mirror average, on 256 random 160-px inputs, one torch thread, each measured twice.

    OMP_NUM_THREADS=1 python benchmarks/siamese_flip_cost.py
"""
import time, torch
from phototriage.siamese import load_siamese, siamese_embeddings, SHIPPED_SIAMESE

torch.set_num_threads(1)
run = load_siamese(SHIPPED_SIAMESE)
x = (torch.rand(256, 3, run.config['input_size'], run.config['input_size']) * 255).to(torch.uint8)
for flip in (False, True, False, True):
    t = time.perf_counter(); siamese_embeddings(run.model, x, {**run.config, 'test_time_flip': flip})
    print(f'test_time_flip={flip}: {1000 * (time.perf_counter() - t) / len(x):.1f} ms per photo', flush=True)
