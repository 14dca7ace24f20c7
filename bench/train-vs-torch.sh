#!/usr/bin/env bash
# Full-batch training steps per second at the default configuration (mod:3, n = 30, concat, 3 hidden
# layers of 50, d = 2, 675 training pairs, train and test accuracy every step): `geneft train` against
# bench/torch_reference.py (PyTorch, single-threaded, float32 and float64), alternating runs, medians.
#   bench/train-vs-torch.sh [reps] [java_steps] [torch_steps]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
reps="${1:-5}" jsteps="${2:-5000}" tsteps="${3:-1000}"
cd "$here"
mvn -B -q -o -DskipTests package >&2
tmp="$(mktemp -d)"
for ((r = 1; r <= reps; r++)); do
  java -Xss16m -jar target/geneft.jar train --relation mod:3 --n 30 --steps "$jsteps" --no-early-stop --json \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["steps_per_s"])' >> "$tmp/java"
  /usr/bin/python3 bench/torch_reference.py --steps "$tsteps" --dtype float32 \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["steps_per_s"])' >> "$tmp/torch32"
  /usr/bin/python3 bench/torch_reference.py --steps "$tsteps" --dtype float64 \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["steps_per_s"])' >> "$tmp/torch64"
  echo "rep $r: java $(tail -1 "$tmp/java")  torch32 $(tail -1 "$tmp/torch32")  torch64 $(tail -1 "$tmp/torch64")  load $(cut -d' ' -f1 /proc/loadavg)" >&2
done
python3 - "$tmp" <<'PY'
import statistics, sys, os
d = sys.argv[1]
med = {k: statistics.median(float(x) for x in open(os.path.join(d, k))) for k in ("java", "torch32", "torch64")}
print(f"median steps/s: geneft train (double) {med['java']:.0f}, torch float32 {med['torch32']:.0f}, "
      f"torch float64 {med['torch64']:.0f}; ratio java/torch32 {med['java'] / med['torch32']:.2f}, "
      f"java/torch64 {med['java'] / med['torch64']:.2f}")
PY
rm -r "$tmp"
