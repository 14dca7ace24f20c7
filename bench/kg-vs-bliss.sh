#!/bin/sh
# Whole-process benchmark of `geneft bounds` against `bliss -directed` on labelled knowledge graphs (issue 8),
# side by side in one run, alternating the two programs so machine noise hits both alike:
#   WordNet 3.0's whole pointer graph (every part of speech), its verb and adjective pointer graphs (every pointer
#   symbol a label), the noun hypernym digraph, and the seeded synthetic knowledge graph (bench/synthetic-kg.py,
#   ENTITIES entities). GRAPHS="name ..." runs a subset (names as below).
# bliss reads the same label encoding geneft searches (one vertex per labelled arc, coloured by its
# label: bench/triples-to-dimacs.py), so both must report the same log2|Aut| (checked to 1e-6).
# Usage: bench/kg-vs-bliss.sh [RUNS, default 3] [ENTITIES, default 300000] [BLISS_TIMEOUT s, default 1800]
# Prints one line per graph: medians of wall time (s), peak RSS (KB) and CPU time (user + system, s), and the
# load average before and after; raw numbers in bench/data/*.kgtimes.
set -eu
cd "$(dirname "$0")/.."
runs=${1:-3}; entities=${2:-300000}; limit=${3:-1800}
data=bench/data
mkdir -p $data
command -v bliss >/dev/null || { echo "install Debian's bliss: apt-get install bliss" >&2; exit 3; }
for pos in all verb adj; do
    [ -f $data/wordnet-$pos-pointers.tsv ] || /usr/bin/python3 bench/wordnet-pointers.py $pos >&2
    [ -f $data/wordnet-$pos-pointers.dimacs ] || /usr/bin/python3 bench/triples-to-dimacs.py $data/wordnet-$pos-pointers.tsv $data/wordnet-$pos-pointers.dimacs >&2
done
[ -f $data/wordnet-noun-hypernyms.tsv ] || /usr/bin/python3 bench/wordnet-noun-hypernyms.py >&2
kg=synthetic-kg-$entities
[ -f $data/$kg.tsv ] || /usr/bin/python3 bench/synthetic-kg.py "$entities" 1 $data/$kg.tsv >&2
[ -f $data/$kg.dimacs ] || /usr/bin/python3 bench/triples-to-dimacs.py $data/$kg.tsv $data/$kg.dimacs >&2
./geneft --version >/dev/null   # builds the jar if needed, outside the timings

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
log2_json() { /usr/bin/python3 -c "import json,sys; print('%.6f' % json.load(open(sys.argv[1]))['log2_aut'])" "$1"; }
log2_bliss() {
    /usr/bin/python3 - "$1" <<'PY'
import math, sys
sys.set_int_max_str_digits(0)
lines = [l for l in open(sys.argv[1]) if l.startswith("|Aut|:")]
print("%.6f" % math.log2(int(lines[0].split()[1])) if lines else "none")
PY
}

cpu() { grep -v '^Command' "$1" | awk '{print $3 + $4}' | median; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(uname -sr); date: $(date -u +%Y-%m-%d); runs: $runs"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for name in ${GRAPHS:-wordnet-all-pointers wordnet-verb-pointers wordnet-adj-pointers wordnet-noun-hypernyms $kg}; do
    : > $data/$name.geneft.kgtimes; : > $data/$name.bliss.kgtimes
    i=1
    while [ "$i" -le "$runs" ]; do
        /usr/bin/time -f "%e %M %U %S" -a -o $data/$name.geneft.kgtimes \
            ./geneft bounds $data/$name.tsv --format triples --max-memory 1500m --json > $data/$name.geneft.json
        /usr/bin/time -f "%e %M %U %S" -a -o $data/$name.bliss.kgtimes \
            timeout "$limit" bliss -directed $data/$name.dimacs > $data/$name.bliss.out || true
        i=$((i + 1))
    done
    g=$(log2_json $data/$name.geneft.json); b=$(log2_bliss $data/$name.bliss.out)
    verdict=$(/usr/bin/python3 -c "import sys; g,b=sys.argv[1:]; print('bliss did not finish in ${limit} s' if b=='none' else ('agree' if abs(float(g)-float(b))<=1e-6 else 'DISAGREE'))" "$g" "$b")
    echo "$name: log2|Aut| geneft $g, bliss $b ($verdict)"
    echo "  geneft bounds: median wall $(grep -v '^Command' $data/$name.geneft.kgtimes | cut -d' ' -f1 | median) s, median peak RSS $(grep -v '^Command' $data/$name.geneft.kgtimes | cut -d' ' -f2 | median) KB, median CPU $(cpu $data/$name.geneft.kgtimes) s"
    echo "  bliss -directed: median wall $(grep -v '^Command' $data/$name.bliss.kgtimes | cut -d' ' -f1 | median) s, median peak RSS $(grep -v '^Command' $data/$name.bliss.kgtimes | cut -d' ' -f2 | median) KB, median CPU $(cpu $data/$name.bliss.kgtimes) s"
    echo "  reduction: $(/usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['reduction'])" $data/$name.geneft.json)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
