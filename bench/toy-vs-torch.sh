#!/usr/bin/env bash
# The grokking paper's toy model: geneft's SumDecoderModel (geneft grokking toy) against the authors' own PyTorch code
# (ejmichaud/grokking-squared, toy/train_add.py, unmodified), same run: p = 10, 45 training pairs, MSE, their default
# rates, 5000 full-batch steps, one thread each, alternating, REPS times. PyTorch is Debian's python3-torch on OpenBLAS
# (libopenblas0-pthread, OPENBLAS_NUM_THREADS=1, torch.set_num_threads(1)); the authors' loop also evaluates the
# held-out set, RQI and a copy of the embeddings every step, as geneft's does (it does not copy).
#   bench/toy-vs-torch.sh PATH/TO/train_add.py [REPS] [STEPS] [mse|ce]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
train_add="${1:?give the path to the authors toy/train_add.py}"
reps="${2:-5}"
steps="${3:-5000}"
loss="${4:-mse}"
py=/usr/bin/python3
"$py" -c 'import torch' 2>/dev/null || { echo "needs Debian's python3-torch (apt-get install python3-torch libopenblas0-pthread)" >&2; exit 3; }
dir="$(cd "$(dirname "$train_add")" && pwd)"
driver="$(mktemp --suffix=.py)"
trap 'rm -f "$driver"' EXIT
cat > "$driver" <<'PY'
import sys, io, time, contextlib, torch
torch.set_num_threads(1)
sys.path.insert(0, sys.argv[1])
from train_add import train_add
start = time.perf_counter()
with contextlib.redirect_stdout(io.StringIO()):
    train_add(train_num=45, seed=int(sys.argv[3]), steps=int(sys.argv[2]), eff_steps=1, log_freq=10**9,
              loss_type=sys.argv[4].upper())
print(time.perf_counter() - start)
PY
for ((r = 1; r <= reps; r++)); do
  g=$("$here/geneft" grokking toy --pairs 45 --steps "$steps" --loss "$loss" --seed "$r" 2>/dev/null \
      | "$py" -c 'import json,sys; print(json.load(sys.stdin)["seconds"])')
  t=$(OPENBLAS_NUM_THREADS=1 "$py" "$driver" "$dir" "$steps" "$r" "$loss")
  echo "rep $r: geneft $g s, authors' PyTorch $t s"
done
