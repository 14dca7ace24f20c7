#!/usr/bin/python3
"""PyTorch doing a geneft sweep's work: every run of Table 3's decoder (3 x 50 tanh, concat) in a fig3 store
(runs.jsonl of `geneft sweep fig3`) replayed by bench/torch_reference.py's model and loop, one after another in this
process: the same relation, n, training fraction and number of steps; the trainer's work per step (every pair's
logits until the test accuracy first passes 0.9, then the training pairs'); float32; one thread. Prints the summed
steps over the summed loop times (imports and model set-up excluded, as geneft's per-run wall times exclude the JVM's
start), as one JSON line.
    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 bench/torch_sweep.py STORE/runs.jsonl [WARMUP]
WARMUP (default 0) untimed steps before each run's timed ones: PyTorch's best case, which geneft's times do not get.
"""
import contextlib
import io
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import torch_reference  # noqa: E402

runs = [json.loads(line) for line in open(sys.argv[1])]
warmup = sys.argv[2] if len(sys.argv) > 2 else "0"
table3 = [r for r in runs if r["config"]["depth"] == 3 and r["config"]["width"] == 50 and r["config"]["mode"] == "concat"]
steps = wall = 0.0
for i, r in enumerate(table3):
    c = r["config"]
    sys.argv = ["torch_reference.py", "--relation", r["relation"], "--n", str(r["n"]), "--d", str(c["embedding_dim"]),
                "--eta-enc", str(c["eta_enc"]), "--eta-dec", str(c["eta_dec"]), "--train-frac", str(c["train_frac"]),
                "--steps", str(r["steps_run"]), "--warmup", warmup, "--seed", str(i), "--dtype", "float32"]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        torch_reference.main()
    result = json.loads(out.getvalue())
    steps += result["steps"]
    wall += result["wall_s"]
print(json.dumps({"runs": len(table3), "steps": int(steps), "wall_s": wall, "steps_per_s": steps / wall}))
