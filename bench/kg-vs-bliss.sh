#!/bin/sh
# Whole-process benchmark of `geneft bounds` against `bliss -directed` on labelled knowledge graphs (issues 8, 18),
# side by side in one run, alternating the two programs so machine noise hits both alike. The corpus:
#   real graphs Debian ships: WordNet 3.0's whole pointer graph (every part of speech), its noun, verb, adjective and
#   adverb pointer graphs (every pointer symbol a label; the adverbs, 3,633 triples, are below the issue's 10^4), the
#   noun hypernym digraph (bench/wordnet-*.py), and Debian's own
#   package graph from the apt lists (bench/debian-packages.py: dependencies, sources, sections, maintainers,
#   Debtags; 44 relations), and the Gene Ontology's term graph from Debian's r-bioc-go.db (bench/gene-ontology.py:
#   43,559 terms, 85,716 triples, 5 relations whose names contain spaces); added 2026-12-04 evening, after the last
#   tuning, as graphs nobody tuned on: the Unihan variant graph from Debian's unicode-data (bench/unihan-variants.py:
#   15,284 code points, 18,706 triples, 6 relations) and the human gene annotation graph from Debian's
#   r-bioc-org.hs.eg.db (bench/human-genes.py: 1,029,284 entities, 2,559,988 triples, 13 relations; without aliases
#   and PubMed citations, 130,867 entities, 616,292 triples, 11 relations);
#   the range's low end, reproducible slices of two of them (2026-12-05): GO's molecular-function (go-mf, 13,770
#   triples) and cellular-component (go-cc, 6,838) parent graphs, Unihan's simplified/traditional (unihan-st, 13,502)
#   and semantic (unihan-sem, 4,736) variants; and, added after the native front end (native/geneft_bounds.c) was
#   written, as graphs nobody tuned on: the PCI and USB ID lists that lspci and lsusb use (bench/hardware-ids.py:
#   48,656 and 21,872 triples, 4 relations each, mostly trees);
#   seeded synthetic knowledge graphs with power-law degrees and a class hierarchy (bench/synthetic-kg.py) of about
#   10^5, 10^6 and 10^7 triples (31,000, 310,000 and 3,100,000 entities).
# GRAPHS="name ..." runs a subset (names as in the list below).
# bliss reads the same label encoding geneft searches (one vertex per labelled arc, coloured by its
# label: bench/triples-to-dimacs.py), so both must report the same log2|Aut| (checked to 1e-6).
# Usage: bench/kg-vs-bliss.sh [RUNS, default 5] [BLISS_TIMEOUT s, default 600]
# Prints one line per graph: medians of wall time (s), peak memory of the whole process tree (bench/tree-rss.py: a
# JVM and its search children at once) and CPU time (user + system, s), and the load average before and after;
# raw numbers in bench/data/*.kgtimes. A bliss run stopped at the timeout counts as the timeout; a bliss run of over
# 60 s is not repeated (geneft's runs still are).
set -eu
cd "$(dirname "$0")/.."
runs=${1:-5}; limit=${2:-600}
data=bench/data
mkdir -p $data
command -v bliss >/dev/null || { echo "install Debian's bliss: apt-get install bliss" >&2; exit 3; }
synthetic="synthetic-kg-31000 synthetic-kg-310000 synthetic-kg-3100000"
for name in ${GRAPHS:-wordnet-all-pointers wordnet-noun-pointers wordnet-verb-pointers wordnet-adj-pointers wordnet-adv-pointers wordnet-noun-hypernyms debian-packages gene-ontology go-mf go-cc unihan-variants unihan-st unihan-sem pci-ids usb-ids human-gene-annotations human-genes $synthetic}; do
    if [ ! -f $data/$name.tsv ]; then
        case $name in
            wordnet-noun-hypernyms) /usr/bin/python3 bench/wordnet-noun-hypernyms.py >&2 ;;
            wordnet-*-pointers) pos=${name#wordnet-}; /usr/bin/python3 bench/wordnet-pointers.py "${pos%-pointers}" >&2 ;;
            debian-packages) /usr/bin/python3 bench/debian-packages.py >&2 ;;
            gene-ontology) /usr/bin/python3 bench/gene-ontology.py >&2 ;;
            go-mf|go-cc) /usr/bin/python3 bench/gene-ontology.py --only "${name#go-}" >&2 ;;
            pci-ids|usb-ids) /usr/bin/python3 bench/hardware-ids.py "${name%-ids}" >&2 ;;
            unihan-st) /usr/bin/python3 bench/unihan-variants.py --relations kSimplifiedVariant,kTraditionalVariant unihan-st >&2 ;;
            unihan-sem) /usr/bin/python3 bench/unihan-variants.py --relations kSemanticVariant,kSpecializedSemanticVariant unihan-sem >&2 ;;
            unihan-variants) /usr/bin/python3 bench/unihan-variants.py >&2 ;;
            human-gene-annotations) /usr/bin/python3 bench/human-genes.py --annotations >&2 ;;
            human-genes) /usr/bin/python3 bench/human-genes.py >&2 ;;
            synthetic-kg-*) /usr/bin/python3 bench/synthetic-kg.py "${name#synthetic-kg-}" 1 $data/$name.tsv >&2 ;;
        esac
    fi
    [ -f $data/$name.dimacs ] || /usr/bin/python3 bench/triples-to-dimacs.py $data/$name.tsv $data/$name.dimacs >&2
done
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

column() { grep -v '^Command' "$1" | cut -d' ' -f"$2" | median; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(uname -sr); date: $(date -u +%Y-%m-%d); runs: $runs"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for name in ${GRAPHS:-wordnet-all-pointers wordnet-noun-pointers wordnet-verb-pointers wordnet-adj-pointers wordnet-adv-pointers wordnet-noun-hypernyms debian-packages gene-ontology go-mf go-cc unihan-variants unihan-st unihan-sem pci-ids usb-ids human-gene-annotations human-genes $synthetic}; do
    : > $data/$name.geneft.kgtimes; : > $data/$name.bliss.kgtimes
    i=1
    while [ "$i" -le "$runs" ]; do
        bench/tree-rss.py $data/$name.geneft.kgtimes \
            ./geneft bounds $data/$name.tsv --format triples --json --quiet > $data/$name.geneft.json
        # A bliss run of over a minute is far above the noise: it runs once (geneft still runs every time).
        if [ "$i" -eq 1 ] || [ "$(cut -d' ' -f1 $data/$name.bliss.kgtimes | head -1 | cut -d. -f1)" -lt 60 ]; then
            bench/tree-rss.py $data/$name.bliss.kgtimes timeout "$limit" bliss -directed $data/$name.dimacs > $data/$name.bliss.out || true
        fi
        i=$((i + 1))
    done
    g=$(log2_json $data/$name.geneft.json); b=$(log2_bliss $data/$name.bliss.out)
    triples=$(/usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['arcs'])" $data/$name.geneft.json)
    verdict=$(/usr/bin/python3 -c "import sys; g,b=sys.argv[1:]; print('bliss did not finish in ${limit} s' if b=='none' else ('agree' if abs(float(g)-float(b))<=1e-6 else 'DISAGREE'))" "$g" "$b")
    gw=$(column $data/$name.geneft.kgtimes 1); bw=$(column $data/$name.bliss.kgtimes 1); gm=$(column $data/$name.geneft.kgtimes 2)
    echo "$name ($triples triples): log2|Aut| geneft $g, bliss $b ($verdict)"
    echo "  geneft bounds: median wall $gw s, median peak tree RSS $gm KB ($(/usr/bin/python3 -c "import sys; print('%.0f' % (int(float(sys.argv[1])) / 1024 / (int(sys.argv[2]) / 1e6)))" "$gm" "$triples") MB per 10^6 triples), median CPU $(column $data/$name.geneft.kgtimes 3) s"
    echo "  bliss -directed: median wall $bw s, median peak RSS $(column $data/$name.bliss.kgtimes 2) KB, median CPU $(column $data/$name.bliss.kgtimes 3) s"
    echo "  wall ratio geneft/bliss: $(/usr/bin/python3 -c "import sys; print('%.3f' % (float(sys.argv[1]) / float(sys.argv[2])))" "$gw" "$bw")"
    echo "  reduction: $(/usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['reduction'])" $data/$name.geneft.json)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
