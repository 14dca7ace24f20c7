#!/usr/bin/python3
"""PyTorch reference for `geneft train`: the same model, data and loop, timed.

Model (THEORY.md section 1, Table 3): embeddings n x d ~ N(0,1) * init_scale; decoder input
concat [E_i, E_j]; `depth` hidden tanh layers of `width`; one logit; BCEWithLogitsLoss (mean over
the training pairs); full batch; Adam on the embeddings, AdamW on the decoder. A step computes the
logits of the training pairs (with gradients) and of the test pairs (without: backward runs over the
training pairs only, since 2026-12-04 12:45 UTC; before, one forward over all n^2 pairs carried the test
pairs through backward too, which cost PyTorch most on runs that never pass the test) and the train and
test accuracy (logit > 0) until the test accuracy first passes Table 4's 0.9, then the training pairs'
logits only (the test accuracy is then no longer needed), then backward and both optimizer steps: the
work the Java trainer does (--all-pairs-every-step keeps computing the test pairs every step).

Prints one JSON line per repetition: steps/s over --steps steps after --warmup steps.
Run single-threaded (torch.set_num_threads(1)) with Debian's python3-torch:
    /usr/bin/python3 bench/torch_reference.py --reps 5
"""
import argparse
import json
import time

import torch


def relation(spec, n):
    i = torch.arange(n).unsqueeze(1)
    j = torch.arange(n).unsqueeze(0)
    if spec.startswith("mod:"):
        k = int(spec[4:])
        return (i % k == j % k).float()
    if spec == "gt":
        return (i < j).float()
    raise SystemExit("unknown relation " + spec)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--relation", default="mod:3")
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--d", type=int, default=2)
    ap.add_argument("--depth", type=int, default=3)
    ap.add_argument("--width", type=int, default=50)
    ap.add_argument("--eta-enc", type=float, default=1e-3)
    ap.add_argument("--eta-dec", type=float, default=1e-3)
    ap.add_argument("--train-frac", type=float, default=0.75)
    ap.add_argument("--steps", type=int, default=2000)
    ap.add_argument("--warmup", type=int, default=100)
    ap.add_argument("--reps", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--dtype", choices=["float32", "float64"], default="float32")
    ap.add_argument("--all-pairs-every-step", action="store_true")
    a = ap.parse_args()
    torch.set_num_threads(1)
    dtype = getattr(torch, a.dtype)
    torch.manual_seed(a.seed)
    n = a.n
    r = relation(a.relation, n).reshape(-1).to(dtype)
    perm = torch.randperm(n * n)
    t = round(a.train_frac * n * n)
    train_idx, test_idx = perm[:t], perm[t:]
    left = torch.arange(n * n) // n
    right = torch.arange(n * n) % n
    left_train, right_train = left[train_idx], right[train_idx]
    y_train, y_test = r[train_idx], r[test_idx]

    for rep in range(a.reps):
        emb = torch.nn.Parameter(torch.randn(n, a.d, dtype=dtype))
        layers, width_in = [], 2 * a.d
        for _ in range(a.depth):
            layers += [torch.nn.Linear(width_in, a.width), torch.nn.Tanh()]
            width_in = a.width
        layers.append(torch.nn.Linear(width_in, 1))
        decoder = torch.nn.Sequential(*layers).to(dtype)
        enc_opt = torch.optim.Adam([emb], lr=a.eta_enc, weight_decay=0)
        dec_opt = torch.optim.AdamW(decoder.parameters(), lr=a.eta_dec, weight_decay=0)
        loss_fn = torch.nn.BCEWithLogitsLoss()

        tested = [False]  # whether the test accuracy has passed 0.9 (Table 4's threshold) at some step

        left_test, right_test = left[test_idx], right[test_idx]

        def step():
            # The training pairs' logits with gradients; the test pairs' (while the test accuracy is still needed)
            # without, so that backward runs over the training pairs only, as the Java trainer's does.
            x = torch.cat([emb[left_train], emb[right_train]], dim=1)
            train_logits = decoder(x).squeeze(1)
            if (tested[0] and not a.all_pairs_every_step):
                test_acc = float("nan")
            else:
                with torch.no_grad():
                    test_logits = decoder(torch.cat([emb[left_test], emb[right_test]], dim=1)).squeeze(1)
                test_acc = ((test_logits > 0).to(dtype) == y_test).to(dtype).mean().item()
                tested[0] = tested[0] or test_acc > 0.9
            train_acc = ((train_logits > 0).to(dtype) == y_train).to(dtype).mean().item()
            loss = loss_fn(train_logits, y_train)
            enc_opt.zero_grad()
            dec_opt.zero_grad()
            loss.backward()
            enc_opt.step()
            dec_opt.step()
            return train_acc, test_acc

        for _ in range(a.warmup):
            step()
        start, cpu_start = time.perf_counter(), time.process_time()
        for _ in range(a.steps):
            train_acc, test_acc = step()
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        print(json.dumps({"impl": "torch-" + torch.__version__, "dtype": a.dtype, "threads": torch.get_num_threads(),
                          "steps": a.steps, "wall_s": wall, "steps_per_s": a.steps / wall,
                          "cpu_s": cpu, "steps_per_cpu_s": a.steps / cpu,
                          "train_acc": train_acc, "test_acc": test_acc}), flush=True)


if __name__ == "__main__":
    main()
