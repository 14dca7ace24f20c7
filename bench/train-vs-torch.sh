#!/usr/bin/env bash
# Full-batch training steps per second at the default configuration (mod:3, n = 30, concat, 3 hidden
# layers of 50, d = 2, 675 training pairs, train and test accuracy every step): `geneft train` against
# bench/torch_reference.py (PyTorch on OpenBLAS, single-threaded, float32 and float64), alternating runs, medians.
#   bench/train-vs-torch.sh [reps] [java_steps] [torch_steps]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
reps="${1:-5}" jsteps="${2:-5000}" tsteps="${3:-1000}"
cd "$here"
mvn -B -q -o -DskipTests package >&2
tmp="$(mktemp -d)"
java_run() {  # precision
  java -Xss16m --add-modules jdk.incubator.vector -jar target/geneft.jar train --relation mod:3 --n 30 \
    --steps "$jsteps" --no-early-stop --precision "$1" --json 2>/dev/null \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["steps_per_s"])'
}
# PyTorch as a fair peer: Debian's python3-torch calls whatever libblas.so.3 is installed; with the reference BLAS
# (libblas3) it is 5x slower than with OpenBLAS (libopenblas0-pthread), which this benchmark expects, on one thread.
blas="$(readlink -f /etc/alternatives/libblas.so.3-x86_64-linux-gnu 2>/dev/null || echo unknown)"
echo "PyTorch's BLAS: $blas" >&2
case "$blas" in *openblas*) ;; *) echo "warning: PyTorch is not on OpenBLAS (apt-get install libopenblas0-pthread)" >&2 ;; esac
torch_run() {  # dtype
  OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 /usr/bin/python3 bench/torch_reference.py --steps "$tsteps" --dtype "$1" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["steps_per_s"])'
}
for ((r = 1; r <= reps; r++)); do
  java_run float64 >> "$tmp/java64"
  torch_run float32 >> "$tmp/torch32"
  java_run float32 >> "$tmp/java32"
  torch_run float64 >> "$tmp/torch64"
  echo "rep $r: java64 $(tail -1 "$tmp/java64")  java32 $(tail -1 "$tmp/java32")  torch32 $(tail -1 "$tmp/torch32")  torch64 $(tail -1 "$tmp/torch64")  load $(cut -d' ' -f1 /proc/loadavg)" >&2
done
python3 - "$tmp" <<'PY'
import statistics, sys, os
d = sys.argv[1]
med = {k: statistics.median(float(x) for x in open(os.path.join(d, k))) for k in ("java64", "java32", "torch32", "torch64")}
print(f"median steps/s: geneft train float64 {med['java64']:.0f}, float32 {med['java32']:.0f}; "
      f"torch float32 {med['torch32']:.0f}, float64 {med['torch64']:.0f}; "
      f"ratios java32/torch32 {med['java32'] / med['torch32']:.2f}, java64/torch64 {med['java64'] / med['torch64']:.2f}, "
      f"java64/torch32 {med['java64'] / med['torch32']:.2f}")
PY
rm -r "$tmp"
