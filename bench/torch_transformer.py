"""Sec. 4.2's reduced transformer in PyTorch, the same model and loop as geneft's TransformerModel and TransformerRun:
addition modulo p on every ordered pair, a share trained on (full batch), embeddings plus a position vector each, one
decoder-only block (causal attention, ReLU MLP, residuals, no layer norm), the two outputs concatenated into a linear
layer, cross-entropy, AdamW with the weight decay on the decoder only; accuracies and the PCA entropy measured every
`every` steps. For bench/transformer-vs-torch.sh (a speed reference: torch draws its own weights and split).
    python3 torch_transformer.py P D FRACTION LR DECAY STEPS SEED [EVERY]   -> prints seconds and the last accuracies
"""
import math
import sys
import time

import torch

torch.set_num_threads(1)
p, d, frac, lr, wd, steps, seed = (int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]),
                                   float(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7]))
every = int(sys.argv[8]) if len(sys.argv) > 8 else 50
heads = 4
torch.manual_seed(seed)
pairs = torch.tensor([(a, b) for a in range(p) for b in range(p)])
y = (pairs[:, 0] + pairs[:, 1]) % p
perm = torch.randperm(len(pairs))
ntr = round(frac * len(pairs))
tr, te = perm[:ntr], perm[ntr:]


class Model(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.E = torch.nn.Parameter(torch.randn(p, d) / math.sqrt(d))
        self.P = torch.nn.Parameter(torch.randn(2, d) / math.sqrt(d))
        self.q, self.k, self.v, self.o = (torch.nn.Linear(d, d) for _ in range(4))
        self.f1, self.f2 = torch.nn.Linear(d, 4 * d), torch.nn.Linear(4 * d, d)
        self.out = torch.nn.Linear(2 * d, p)
        self.mask = torch.triu(torch.ones(2, 2, dtype=torch.bool), 1)

    def forward(self, x):
        h = self.E[x] + self.P
        n = h.shape[0]
        split = lambda t: t.view(n, 2, heads, d // heads).transpose(1, 2)
        q, k, v = split(self.q(h)), split(self.k(h)), split(self.v(h))
        a = (q @ k.transpose(-1, -2) / math.sqrt(d // heads)).masked_fill(self.mask, float('-inf')).softmax(-1)
        h = h + self.o((a @ v).transpose(1, 2).reshape(n, 2, d))
        h = h + self.f2(torch.relu(self.f1(h)))
        return self.out(h.reshape(n, 2 * d))


m = Model()
decoder = [t for name, t in m.named_parameters() if name != 'E']
opt = torch.optim.AdamW([{'params': [m.E], 'weight_decay': 0.0}, {'params': decoder, 'weight_decay': wd}], lr=lr)
start = time.perf_counter()
a_tr = a_te = entropy = float('nan')
for s in range(steps + 1):
    if s % every == 0 or s == steps:
        with torch.no_grad():
            right = (m(pairs).argmax(-1) == y).double()
            a_tr, a_te = right[tr].mean().item(), right[te].mean().item()
            e = m.E - m.E.mean(0)
            w = torch.linalg.eigvalsh(e.T @ e).clamp(min=0)
            r = w / w.sum()
            entropy = -(r[r > 0] * r[r > 0].log()).sum().item()
        if s == steps:
            break
    loss = torch.nn.functional.cross_entropy(m(pairs[tr]), y[tr])
    opt.zero_grad()
    loss.backward()
    opt.step()
print(time.perf_counter() - start, a_tr, a_te, entropy)
