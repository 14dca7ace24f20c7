#!/usr/bin/env bash
# Training throughput per core (issue 16), side by side in one run, alternating, medians:
#  1. the fig3 quick sweep on one thread with this checkout's jar and with a baseline commit's: steps per second of
#     Table 3's decoder runs (3 x 50 tanh, concat; summed steps over summed wall times of those runs), and the two
#     stores compared run by run (everything but the wall time must be the same bits);
#  2. `geneft train` on Table 3's model (mod:3, n = 30, 675 training pairs, float32, no early stop) against
#     bench/torch_reference.py, PyTorch on OpenBLAS, one thread, float32, the same number of steps and the same work
#     (the test pairs' logits are skipped once the test accuracy has passed 0.9 in both).
#   bench/sweep-throughput.sh [reps, default 5] [baseline commit, default 243e448] [train steps, default 20000]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
reps="${1:-5}" base="${2:-243e448}" steps="${3:-20000}"
cd "$here"
tmp="$(mktemp -d)"
trap 'git -C "$here" worktree remove --force "$tmp/base-src" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
mvn -B -q -o -DskipTests package >&2
mkdir -p "$tmp/new" && cp -r target/geneft.jar target/lib "$tmp/new/"
git worktree add -q --detach "$tmp/base-src" "$base"
(cd "$tmp/base-src" && mvn -B -q -o -DskipTests package >&2)
mkdir -p "$tmp/base" && cp -r "$tmp/base-src/target/geneft.jar" "$tmp/base-src/target/lib" "$tmp/base/"

blas="$(readlink -f /etc/alternatives/libblas.so.3-x86_64-linux-gnu 2>/dev/null || echo unknown)"
case "$blas" in *openblas*) ;; *) echo "warning: PyTorch is not on OpenBLAS (apt-get install libopenblas0-pthread)" >&2 ;; esac
java_cmd() { java -Xss16m --add-modules jdk.incubator.vector -Dgeneft.home="$here" -jar "$tmp/$1/geneft.jar" "${@:2}"; }
table3_rate() {  # store folder -> steps/s of Table 3's decoder runs
  python3 - "$1/runs.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
t3 = [r for r in rows if r["config"]["depth"] == 3 and r["config"]["width"] == 50 and r["config"]["mode"] == "concat"]
print(f'{sum(r["steps_run"] for r in t3) / sum(r["wall_s"] for r in t3):.0f}')
PY
}
same_runs() {  # two store folders: the same runs, bit for bit, but for the wall time
  python3 - "$1/runs.jsonl" "$2/runs.jsonl" <<'PY'
import json, sys
def runs(f):
    return sorted(json.dumps({k: v for k, v in json.loads(l).items() if k != "wall_s"}, sort_keys=True) for l in open(f))
a, b = runs(sys.argv[1]), runs(sys.argv[2])
print("identical" if a == b else f"DIFFERENT ({sum(x != y for x, y in zip(a, b))} of {len(a)} runs)")
PY
}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); baseline: $base; PyTorch's BLAS: $blas"
for ((r = 1; r <= reps; r++)); do
  for j in new base; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    java_cmd "$j" sweep fig3 --budget quick --threads 1 --out "$tmp/sweep-$j-$r" >/dev/null 2>&1
    echo "$(table3_rate "$tmp/sweep-$j-$r")" >> "$tmp/sweep-$j"
    echo "rep $r sweep $j: $(tail -1 "$tmp/sweep-$j") steps/s (load $load)" >&2
  done
  [[ $r == 1 ]] && echo "fig3 quick sweep, this checkout against $base: $(same_runs "$tmp/sweep-new-1" "$tmp/sweep-base-1")"
  java_cmd new train --relation mod:3 --n 30 --steps "$steps" --no-early-stop --precision float32 --json 2>/dev/null \
    | python3 -c 'import json,sys; print(round(json.load(sys.stdin)["steps_per_s"]))' >> "$tmp/train"
  OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 /usr/bin/python3 bench/torch_reference.py --steps "$steps" --dtype float32 \
    | python3 -c 'import json,sys; print(round(json.load(sys.stdin)["steps_per_s"]))' >> "$tmp/torch"
  echo "rep $r train: geneft $(tail -1 "$tmp/train"), PyTorch $(tail -1 "$tmp/torch") steps/s" >&2
done
python3 - "$tmp" "$base" <<'PY'
import os, statistics, sys
d, base = sys.argv[1], sys.argv[2]
v = {k: [float(x) for x in open(os.path.join(d, k))] for k in ("sweep-new", "sweep-base", "train", "torch")}
m = {k: statistics.median(x) for k, x in v.items()}
row = lambda name, k: f"| {name} | {m[k]:.0f} | {', '.join(f'{x:.0f}' for x in v[k])} |"
print("\n| measure | median steps/s | per repetition |\n|---|---|---|")
print(row("fig3 quick sweep, Table 3's runs, this checkout", "sweep-new"))
print(row(f"fig3 quick sweep, Table 3's runs, {base}", "sweep-base"))
print(row("`geneft train`, Table 3's model, float32", "train"))
print(row("PyTorch on OpenBLAS, same model and work, float32", "torch"))
print(f"\nratios of medians: sweep {m['sweep-new'] / m['sweep-base']:.2f}x the baseline; "
      f"train {m['train'] / m['torch']:.2f}x PyTorch")
PY
