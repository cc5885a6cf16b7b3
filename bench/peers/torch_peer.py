"""Peer: PyTorch (CPU, float32, 2 threads), the same network, batch, losses and optimizer as our
trainer. Sobolev: the input gradient by autograd with create_graph=True, then backward through it
(PyTorch's double backward is exact). Prints one JSON line: plain_step_ms, sobolev_step_ms (medians
after warm-up). Run by bench/run.ts with the Python that has torch (Debian's /usr/bin/python3).
    python3 bench/peers/torch_peer.py [--quick]
"""
import json
import statistics
import sys
import time

import torch

quick = "--quick" in sys.argv
width, depth, batch, n_in = (32, 2, 64, 7) if quick else (128, 6, 256, 7)
warmup, reps = (2, 3) if quick else (5, 15)
torch.manual_seed(1)
torch.set_num_threads(2)

layers = []
sizes = [n_in] + [width] * depth
for a, b in zip(sizes, sizes[1:]):
    layers += [torch.nn.Linear(a, b), torch.nn.SiLU()]
layers.append(torch.nn.Linear(width, 1))
net = torch.nn.Sequential(*layers)
opt = torch.optim.Adam(net.parameters(), lr=1e-4)
x = torch.randn(batch, n_in)
y = torch.randn(batch, 1)
d = torch.randn(batch, n_in)
alpha, beta = 1 / (1 + n_in), n_in / (1 + n_in)


def plain_step():
    opt.zero_grad()
    loss = torch.mean((net(x) - y) ** 2)
    loss.backward()
    opt.step()


def sobolev_step():
    opt.zero_grad()
    xr = x.clone().requires_grad_(True)
    out = net(xr)
    (g,) = torch.autograd.grad(out.sum(), xr, create_graph=True)
    loss = alpha * torch.mean((out - y) ** 2) + beta * torch.mean((g - d) ** 2)
    loss.backward()
    opt.step()


def time_step(step):
    for _ in range(warmup):
        step()
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        step()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(),
                  "plain_step_ms": time_step(plain_step), "sobolev_step_ms": time_step(sobolev_step),
                  "shape": "-".join(map(str, sizes + [1])), "batch": batch}))
