#!/bin/sh
# Whole-process benchmark of `geneft bounds` (issue 2), side by side in one run:
#  1. WordNet 3.0 noun hypernym digraph (Debian wordnet-base): `geneft bounds FILE --json` against
#     `bliss -directed` on the same graph; both must agree on log2|Aut|.
#  2. A seeded random sparse digraph, 10^6 vertices, 4*10^6 arcs: `geneft bounds` with a 2 GB heap.
# Usage: bench/bounds-vs-bliss.sh [RUNS, default 3]. Prints medians; raw times in bench/data/*.times.
set -eu
cd "$(dirname "$0")/.."
runs=${1:-3}
data=bench/data
mkdir -p $data
command -v bliss >/dev/null || { echo "install Debian's bliss: apt-get install bliss" >&2; exit 3; }
[ -f $data/wordnet-noun-hypernyms.tsv ] || /usr/bin/python3 bench/wordnet-noun-hypernyms.py >&2
[ -f $data/random-1e6.edges ] || /usr/bin/python3 bench/random-sparse-digraph.py >&2
./geneft --version >/dev/null   # builds the jar if needed, outside the timings

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

: > $data/geneft-wordnet.times; : > $data/bliss-wordnet.times; : > $data/geneft-random.times
i=1
while [ "$i" -le "$runs" ]; do
    # Alternate the two programs so that machine noise hits both alike.
    /usr/bin/time -f "%e %M" -a -o $data/geneft-wordnet.times ./geneft bounds $data/wordnet-noun-hypernyms.tsv --json > $data/geneft-wordnet.json
    /usr/bin/time -f "%e %M" -a -o $data/bliss-wordnet.times bliss -directed $data/wordnet-noun-hypernyms.dimacs > $data/bliss.out
    GENEFT_JAVA_OPTS=-Xmx2g /usr/bin/time -f "%e %M" -a -o $data/geneft-random.times ./geneft bounds $data/random-1e6.edges --json > $data/geneft-random.json
    i=$((i + 1))
done

g=$(/usr/bin/python3 -c "import json,sys; print('%.6f' % json.load(open(sys.argv[1]))['log2_aut'])" $data/geneft-wordnet.json)
b=$(/usr/bin/python3 - $data/bliss.out <<'PY'
import math, sys
sys.set_int_max_str_digits(0)
aut = next(l for l in open(sys.argv[1]) if l.startswith("|Aut|:")).split()[1]
print("%.6f" % math.log2(int(aut)))
PY
)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(uname -sr); date: $(date -u +%Y-%m-%d)"
echo "wordnet noun hypernyms: geneft log2|Aut| = $g, bliss log2|Aut| = $b, $( [ "$g" = "$b" ] && echo agree || echo DISAGREE)"
echo "wordnet geneft bounds: median wall $(cut -d' ' -f1 $data/geneft-wordnet.times | median) s, median max RSS $(cut -d' ' -f2 $data/geneft-wordnet.times | median) KB"
echo "wordnet bliss -directed: median wall $(cut -d' ' -f1 $data/bliss-wordnet.times | median) s, median max RSS $(cut -d' ' -f2 $data/bliss-wordnet.times | median) KB"
echo "random 1e6/4e6 geneft bounds (-Xmx2g): median wall $(cut -d' ' -f1 $data/geneft-random.times | median) s, median max RSS $(cut -d' ' -f2 $data/geneft-random.times | median) KB, aut_seconds $(/usr/bin/python3 -c "import json,sys; print('%.2f' % json.load(open(sys.argv[1]))['aut_seconds'])" $data/geneft-random.json)"
