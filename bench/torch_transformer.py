"""Sec. 4.2's transformer in PyTorch, the authors' model (grokking-squared's phasegrok/models.py) built from torch's own
modules, with geneft's loop (TransformerRun): addition modulo p on every ordered pair, a share trained on (full batch),
torch.nn.Embedding, DEPTH torch.nn.TransformerEncoderLayer (one head, feed-forward HIDDEN wide, ReLU, norm_first, no
mask, no position vectors), the two outputs concatenated into a linear layer, cross-entropy, AdamW with the embeddings'
weight decay at AdamW's default and the decoder's DECAY; accuracies and the PCA entropy every `every` steps. Float32 on
one thread. For bench/transformer-vs-torch.sh (a speed reference: torch draws its own weights and split).
    python3 torch_transformer.py P D HIDDEN DEPTH FRACTION LR DECAY STEPS SEED [EVERY]
        -> prints seconds and the last accuracies and entropy
    python3 torch_transformer.py --check DUMP.json
        -> the loss and every gradient of geneft's model (a dump by TransformerTorchDumpTest) recomputed by torch's
           modules in float64; prints the largest differences
"""
import json
import sys
import time

import torch

torch.set_num_threads(1)


def model(p, d, hidden, depth, heads=1):
    emb = torch.nn.Embedding(p, d)
    layers = [torch.nn.TransformerEncoderLayer(d, heads, dim_feedforward=hidden, dropout=0.0, activation="relu",
                                               batch_first=True, norm_first=True) for _ in range(depth)]
    out = torch.nn.Linear(2 * d, p)
    return emb, layers, torch.nn.Sequential(*layers, torch.nn.Flatten(), out)


def check(path):
    torch.set_default_dtype(torch.float64)
    j = json.load(open(path))
    p, d, heads, hidden, depth = (j[k] for k in ("p", "d", "heads", "hidden", "depth"))
    emb, layers, net = model(p, d, hidden, depth, heads)
    ps = [torch.tensor(x) for x in j["params"]]
    mods = []
    for L in layers:
        a = L.self_attn
        mods += [(L.norm1.weight, None), (L.norm1.bias, None), (a.in_proj_weight, (3 * d, d)), (a.in_proj_bias, None),
                 (a.out_proj.weight, (d, d)), (a.out_proj.bias, None), (L.norm2.weight, None), (L.norm2.bias, None),
                 (L.linear1.weight, (hidden, d)), (L.linear1.bias, None), (L.linear2.weight, (d, hidden)),
                 (L.linear2.bias, None)]
    out = net[-1]
    mods = [(emb.weight, (p, d))] + mods + [(out.weight, (p, 2 * d)), (out.bias, None)]
    with torch.no_grad():
        for (t, shape), v in zip(mods, ps):
            t.copy_(v.view(shape) if shape else v)
    net.eval()
    pairs = torch.tensor([(a, b) for a in range(p) for b in range(p)])
    y = (pairs[:, 0] + pairs[:, 1]) % p
    loss = torch.nn.functional.cross_entropy(net(emb(pairs)), y)
    loss.backward()
    worst = max((t.grad.flatten() - torch.tensor(g)).abs().max().item() for (t, _), g in zip(mods, j["grads"]))
    largest = max(t.grad.abs().max().item() for t, _ in mods)
    print(f"loss: geneft {j['loss']!r}, torch {loss.item()!r}, difference {abs(j['loss'] - loss.item()):.3g}")
    print(f"{len(mods)} gradient arrays: largest difference {worst:.3g}, largest gradient {largest:.3g}")


def bench(argv):
    p, d, hidden, depth = (int(x) for x in argv[:4])
    frac, lr, wd = float(argv[4]), float(argv[5]), float(argv[6])
    steps, seed = int(argv[7]), int(argv[8])
    every = int(argv[9]) if len(argv) > 9 else 50
    torch.manual_seed(seed)
    pairs = torch.tensor([(a, b) for a in range(p) for b in range(p)])
    y = (pairs[:, 0] + pairs[:, 1]) % p
    perm = torch.randperm(len(pairs))
    ntr = int(frac * len(pairs))
    tr, te = perm[:ntr], perm[ntr:]
    emb, _, net = model(p, d, hidden, depth)
    opt = torch.optim.AdamW([{"params": emb.parameters(), "lr": lr},
                             {"params": net.parameters(), "lr": lr, "weight_decay": wd}])
    start = time.perf_counter()
    a_tr = a_te = entropy = float("nan")
    for s in range(steps + 1):
        if s % every == 0 or s == steps:
            net.eval()
            with torch.no_grad():
                right = (net(emb(pairs)).argmax(-1) == y).double()
                a_tr, a_te = right[tr].mean().item(), right[te].mean().item()
                e = emb.weight - emb.weight.mean(0)
                w = torch.linalg.eigvalsh(e.T @ e).clamp(min=0)
                r = w / w.sum()
                entropy = -(r[r > 0] * r[r > 0].log()).sum().item()
            net.train()
            if s == steps:
                break
        loss = torch.nn.functional.cross_entropy(net(emb(pairs[tr])), y[tr])
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(time.perf_counter() - start, a_tr, a_te, entropy)


if __name__ == "__main__":
    check(sys.argv[2]) if sys.argv[1] == "--check" else bench(sys.argv[1:])
