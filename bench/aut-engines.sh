#!/bin/sh
# Times |Aut| of WordNet's noun hypernym digraph: geneft (Traces on the gadget, via the slow JUnit
# test) against `bliss -directed`, and checks that both give the same log2|Aut|.
# Usage: bench/aut-engines.sh [bliss repetitions, default 3]. Writes bench/data/aut-engines.txt.
set -eu
cd "$(dirname "$0")/.."
runs=${1:-3}
data=bench/data
out=$data/aut-engines.txt
[ -f $data/wordnet-noun-hypernyms.dimacs ] || /usr/bin/python3 bench/wordnet-noun-hypernyms.py
: > "$out"

# bliss prints every generator and the exact |Aut| (thousands of digits): keep only the summary.
i=1
while [ "$i" -le "$runs" ]; do
    /usr/bin/time -f "%e %M" -o $data/bliss.time bliss -directed $data/wordnet-noun-hypernyms.dimacs > $data/bliss.out
    /usr/bin/python3 - $data/bliss.out $data/bliss.time >> "$out" <<'PY'
import math, sys
sys.set_int_max_str_digits(0)  # |Aut| has ~47,000 digits
aut = next(l for l in open(sys.argv[1]) if l.startswith("|Aut|:")).split()[1]
search = next(l for l in open(sys.argv[1]) if l.startswith("Total time:")).split()[2]
wall, kb = open(sys.argv[2]).read().split()[-2:]
print(f"bliss -directed: log2|Aut| = {math.log2(int(aut)):.4f}, search {search} s, process {wall} s, max RSS {int(kb) // 1024} MB")
PY
    i=$((i + 1))
done

mvn -B -o test -Dtest=WordNetHypernymBenchmarkTest -DexcludedTestGroups=none \
    | grep '^wordnet:' | sed 's/^wordnet:/geneft (NautyAutomorphisms):/' >> "$out"
cat "$out"
