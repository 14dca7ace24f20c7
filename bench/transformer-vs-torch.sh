#!/usr/bin/env bash
# Sec. 4.2's transformer, the authors' model at a reduced scale: geneft's (geneft grokking transformer) against the same
# model built from torch's own modules with the same loop (bench/torch_transformer.py), same sizes (feed-forward 2d
# wide, two layers, 80 % trained on), STEPS full-batch steps without weight decay (so neither run stops early),
# accuracies and the PCA entropy every 50 steps, one thread each, alternating, REPS times. PyTorch is Debian's
# python3-torch on OpenBLAS (libopenblas0-pthread, OPENBLAS_NUM_THREADS=1, torch.set_num_threads(1)). Each side draws
# its own weights and split: this compares speed, not trajectories.
#   bench/transformer-vs-torch.sh [REPS] [STEPS] [P] [D] [DEPTH]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
reps="${1:-5}"
steps="${2:-1000}"
p="${3:-31}"
d="${4:-32}"
depth="${5:-2}"
py=/usr/bin/python3
"$py" -c 'import torch' 2>/dev/null || { echo "needs Debian's python3-torch (apt-get install python3-torch libopenblas0-pthread)" >&2; exit 3; }
for ((r = 1; r <= reps; r++)); do
  g=$("$here/geneft" grokking transformer --p "$p" --d "$d" --hidden $((2 * d)) --depth "$depth" --decay 0 \
      --steps "$steps" --seed "$r" \
      2>/dev/null | "$py" -c 'import json,sys; print(json.load(sys.stdin)["seconds"])')
  t=$(OPENBLAS_NUM_THREADS=1 "$py" "$here/bench/torch_transformer.py" "$p" "$d" $((2 * d)) "$depth" 0.8 1e-3 0 \
      "$steps" "$r" | cut -d' ' -f1)
  echo "rep $r: geneft $g s, PyTorch $t s"
done
