#!/bin/sh
# Which automorphism engine when (issue 2): the time of the native search (aut_seconds) of
# Traces (on the undirected graph when the relation is symmetric and unlabelled, else on the
# 3-vertex gadget) against sparsenauty in digraph mode, on the same graphs in one run.
# Usage: bench/engines.sh [TIMEOUT seconds per run, default 60].
set -eu
cd "$(dirname "$0")/.."
limit=${1:-60}
data=bench/data
mkdir -p $data
[ -f $data/wordnet-noun-hypernyms.tsv ] || /usr/bin/python3 bench/wordnet-noun-hypernyms.py >&2
[ -f $data/random-1e4.edges ] || /usr/bin/python3 bench/random-sparse-digraph.py 10000 40000 1 $data/random-1e4.edges >&2
./geneft --version >/dev/null

field() { /usr/bin/python3 -c "import json,sys; d=json.load(sys.stdin); print(d['engine'], '%.3f' % d['aut_seconds'], '%.6f' % d['log2_aut'])"; }
run() { # $1 engine, rest: graph arguments
    e=$1; shift
    out=$(timeout "$limit" ./geneft bounds "$@" --engine "$e" --json 2>/dev/null) && echo "$out" | field || echo "$e - no answer within ${limit}s"
}
echo "machine: $(nproc) cores, $(uname -sr); date: $(date -u +%Y-%m-%d); timeout ${limit}s"
for g in "--relation gt --n 1000" "--relation mod:5 --n 1000" "--relation bipartite:300 --n 1000" \
         "$data/random-1e4.edges" "$data/wordnet-noun-hypernyms.tsv"; do
    # shellcheck disable=SC2086
    printf '%s | traces: %s | nauty: %s\n' "$g" "$(run traces $g)" "$(run nauty $g)"
done
