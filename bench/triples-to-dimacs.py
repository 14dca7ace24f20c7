#!/usr/bin/python3
"""Writes a triples file (head<TAB>relation<TAB>tail) as bliss's directed DIMACS with the label encoding geneft uses.

Usage: bench/triples-to-dimacs.py TRIPLES.tsv OUT.dimacs
Entities become vertices 1..n (colour 0). With more than one relation, each distinct triple
(h, r, t) becomes a vertex w coloured 1 + index(r) and the arcs h->w, w->t: the one-subdivision-
vertex-per-labelled-arc encoding, so `bliss -directed` answers the same |Aut| as `geneft bounds`
(a w is fixed by its ends and its label, since triples are distinct). With one relation the arcs
are written directly. Duplicate triples are dropped, as geneft's reader does.
"""
import sys

from atomic_write import atomic_open


def main():
    source, out = sys.argv[1], sys.argv[2]
    entities, relations, triples = {}, {}, set()
    with open(source, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            h, r, t = (x.strip() for x in line.split("\t"))
            hi = entities.setdefault(h, len(entities))
            ti = entities.setdefault(t, len(entities))
            triples.add((hi, relations.setdefault(r, len(relations)), ti))
    n, labelled = len(entities), len(relations) > 1
    ordered = sorted(triples)
    vertices = n + (len(ordered) if labelled else 0)
    arcs = 2 * len(ordered) if labelled else len(ordered)
    with atomic_open(out, "w") as f:
        f.write(f"p edge {vertices} {arcs}\n")
        if labelled:
            for i, (_, r, _) in enumerate(ordered):
                f.write(f"n {n + i + 1} {r + 1}\n")
        lines = []
        for i, (h, _, t) in enumerate(ordered):
            if labelled:
                lines.append(f"e {h + 1} {n + i + 1}\ne {n + i + 1} {t + 1}\n")
            else:
                lines.append(f"e {h + 1} {t + 1}\n")
        f.writelines(lines)
    print(f"{out}: {n} entities, {len(relations)} relations, {len(ordered)} triples; {vertices} DIMACS vertices")


if __name__ == "__main__":
    main()
