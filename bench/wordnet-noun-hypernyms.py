#!/usr/bin/python3
"""Writes WordNet 3.0's noun hypernym digraph (Debian's wordnet-base) for the automorphism benchmark.

Vertices are all noun synsets of data.noun; there is an arc from each synset to each of its
hypernyms (pointer symbols '@' and '@i', both named 'hypernym', so the digraph is unlabelled and
a synset that is both a class and an instance hypernym gives one arc). Outputs, in OUTDIR
(default bench/data):
  wordnet-noun-hypernyms.tsv     head<TAB>hypernym<TAB>tail, synsets named n<offset>
  wordnet-noun-hypernyms.dimacs  bliss's DIMACS: 'p edge N M', 'e u v' (arc u->v, 1-based, file order)
and prints the vertex and arc counts (NOTES.md: 82,115 vertices, 84,427 arcs). Format: wndb(5).
"""
import os
import sys

from atomic_write import atomic_open

HYPERNYM_SYMBOLS = {"@", "@i"}


def read_synsets(path):
    """Yields (offset, [hypernym offsets]) per synset line; license lines start with spaces."""
    with open(path, encoding="latin-1") as data:
        for line in data:
            if line.startswith("  "):
                continue
            fields = line.split(" | ", 1)[0].split()
            offset, word_count = fields[0], int(fields[3], 16)
            at = 4 + 2 * word_count  # synset_offset lex_filenum ss_type w_cnt, then word/lex_id pairs
            pointer_count = int(fields[at])
            hypernyms = []
            for p in range(pointer_count):
                symbol, target, pos = fields[at + 1 + 4 * p: at + 4 + 4 * p]
                if symbol in HYPERNYM_SYMBOLS:
                    if pos != "n":
                        sys.exit(f"hypernym of {offset} is not a noun: {pos}")
                    hypernyms.append(target)
            yield offset, hypernyms


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet/data.noun"
    outdir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
    os.makedirs(outdir, exist_ok=True)
    synsets = list(read_synsets(source))
    index = {offset: i for i, (offset, _) in enumerate(synsets)}
    arcs = sorted({(index[offset], index[target]) for offset, targets in synsets for target in targets})
    in_arcs = {v for arc in arcs for v in arc}
    stem = os.path.join(outdir, "wordnet-noun-hypernyms")
    with atomic_open(stem + ".tsv", "w") as tsv:
        for u, v in arcs:
            tsv.write(f"n{synsets[u][0]}\thypernym\tn{synsets[v][0]}\n")
    with atomic_open(stem + ".dimacs", "w") as dimacs:
        dimacs.write(f"p edge {len(synsets)} {len(arcs)}\n")
        for u, v in arcs:
            dimacs.write(f"e {u + 1} {v + 1}\n")
    print(f"vertices {len(synsets)} (in some arc: {len(in_arcs)}), arcs {len(arcs)} -> {stem}.tsv, {stem}.dimacs")


if __name__ == "__main__":
    main()
