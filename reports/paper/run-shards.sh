#!/usr/bin/env bash
# The paper budget of the five figure sweeps, shard by shard, each resumable: what made the stores in this folder.
#   reports/paper/run-shards.sh [FIGURE:K[:I-J] ...]     default: every shard of every figure, in the order below
# Each shard goes to reports/paper/FIGURE/runs.shard-I-of-K.jsonl on one thread (--resume: a rerun skips what is
# stored). GENEFT names the tool (default: ./geneft of this checkout). When all shards of a figure are in:
#   ./geneft sweep merge reports/paper/FIGURE
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tool="${GENEFT:-$here/../../geneft}"
# Shards sized to finish within an hour of one core each (10^5 float32 steps of Table 3's model take about a
# minute), smallest figures first so that whole figures land early.
plan=("$@")
[ ${#plan[@]} -gt 0 ] || plan=(fig7:1 fig8:9 fig6:12 fig3:19 fig5:27 fig3-legend:6)
for spec in "${plan[@]}"; do
  IFS=: read -r fig k range <<<"$spec"
  first=1; last=$k
  [ -n "${range:-}" ] && { first=${range%-*}; last=${range#*-}; }
  for ((i = first; i <= last; i++)); do
    echo "== $fig shard $i/$k ($(date -u +%FT%TZ))"
    "$tool" sweep "$fig" --budget paper --precision float32 --seed 1 --out "$here/$fig" --shard "$i/$k" --threads 1 --resume
  done
done
