#!/usr/bin/env bash
# Sweep throughput per core against PyTorch doing the same sweep (issue 16), side by side in one run, alternating,
# medians: `geneft sweep fig3 --budget quick --threads 1` (steps per second of Table 3's decoder runs: summed steps
# over summed per-run wall times, the JVM's start excluded, its JIT warm-up included) and bench/torch_sweep.py
# replaying each of those runs (relation, n, fraction, steps) in PyTorch on OpenBLAS, one thread, float32 (summed
# steps over summed loop times). The work differs only where the two runs' own test accuracies pass 0.9 at other
# steps (each then stops computing the test pairs).
# TORCH_WARMUP=W gives each PyTorch run W untimed steps first (its best case; geneft's times include its warm-up).
#   bench/sweep-vs-torch.sh [reps, default 5]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
reps="${1:-5}"
cd "$here"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mvn -B -q -o -DskipTests package >&2
blas="$(readlink -f /etc/alternatives/libblas.so.3-x86_64-linux-gnu 2>/dev/null || echo unknown)"
case "$blas" in *openblas*) ;; *) echo "warning: PyTorch is not on OpenBLAS (apt-get install libopenblas0-pthread)" >&2 ;; esac
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); commit $(git rev-parse --short HEAD); PyTorch's BLAS: $blas"
for ((r = 1; r <= reps; r++)); do
  java -Xss16m --add-modules jdk.incubator.vector -Dgeneft.home="$here" -jar target/geneft.jar \
    sweep fig3 --budget quick --threads 1 --out "$tmp/sweep-$r" >/dev/null 2>&1
  python3 - "$tmp/sweep-$r/runs.jsonl" >> "$tmp/geneft" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
t3 = [r for r in rows if r["config"]["depth"] == 3 and r["config"]["width"] == 50 and r["config"]["mode"] == "concat"]
print(f'{sum(r["steps_run"] for r in t3) / sum(r["wall_s"] for r in t3):.0f} {len(t3)} {sum(r["steps_run"] for r in t3)}')
PY
  OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 /usr/bin/python3 bench/torch_sweep.py "$tmp/sweep-$r/runs.jsonl" "${TORCH_WARMUP:-0}" \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); print("%.0f %d %d" % (d["steps_per_s"], d["runs"], d["steps"]))' >> "$tmp/torch"
  echo "rep $r: geneft $(tail -1 "$tmp/geneft"), PyTorch $(tail -1 "$tmp/torch") (steps/s, runs, steps)" >&2
done
python3 - "$tmp" <<'PY'
import os, statistics, sys
d = sys.argv[1]
v = {k: [float(l.split()[0]) for l in open(os.path.join(d, k))] for k in ("geneft", "torch")}
m = {k: statistics.median(x) for k, x in v.items()}
print("\n| measure | median steps/s | per repetition |\n|---|---|---|")
print(f"| `geneft sweep fig3 --budget quick --threads 1`, Table 3's runs | {m['geneft']:.0f} | {', '.join(f'{x:.0f}' for x in v['geneft'])} |")
print(f"| PyTorch on OpenBLAS, the same runs | {m['torch']:.0f} | {', '.join(f'{x:.0f}' for x in v['torch'])} |")
print(f"\nratio of medians: {m['geneft'] / m['torch']:.2f}x; per repetition: "
      + ", ".join(f"{a / b:.2f}" for a, b in zip(v['geneft'], v['torch'])))
PY
