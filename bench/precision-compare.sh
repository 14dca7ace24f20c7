#!/usr/bin/env bash
# Runs the quick grids of all five figure sweeps in float64 and in float32 and compares them run for run
# (bench/precision-compare.py states the rule). Usage: bench/precision-compare.sh [OUT] [THREADS]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$here/bench/data/precision}"
threads="${2:-1}"
for p in float64 float32; do
  for f in fig3 fig5 fig6 fig7 fig8; do
    "$here/geneft" sweep "$f" --budget quick --precision "$p" --out "$out/$p/$f" --threads "$threads" --resume
  done
done
python3 "$here/bench/precision-compare.py" "$out/float64" "$out/float32"
