#!/usr/bin/python3
"""Writes WordNet 3.0's pointer graph of one part of speech (Debian's wordnet-base) as labelled triples.

Usage: bench/wordnet-pointers.py verb|adj|noun|adv|all [OUT.tsv]   (all: the whole pointer graph, every part of speech)
Vertices are the synsets of data.verb or data.adj that take part in a pointer (named by offset and part of speech, so a
pointer into another part of speech names a vertex of its own); every pointer of every synset
is a triple synset<TAB>symbol<TAB>target, the pointer symbol (wndb(5): @, ~, *, >, $, +, &, <,
^, =, \\, ;c, -c, ...) being the label. Lexical pointers (source/target word numbers not 0000)
are kept too, labelled symbol plus ':lex', since they relate words of the two synsets, not the
synsets themselves. Default output: bench/data/wordnet-<pos>-pointers.tsv.
"""
import os
import sys

from atomic_write import atomic_open

FILES = {"verb": ["data.verb"], "adj": ["data.adj"], "noun": ["data.noun"], "adv": ["data.adv"],
         "all": ["data.noun", "data.verb", "data.adj", "data.adv"]}


def pointers(path):
    """Yields (source, symbol, target) for every pointer of every synset line of a wndb data file."""
    with open(path, encoding="latin-1") as data:
        for line in data:
            if line.startswith("  "):  # the licence header
                continue
            fields = line.split(" | ", 1)[0].split()
            offset, pos = fields[0], fields[2]
            word_count = int(fields[3], 16)
            at = 4 + 2 * word_count
            for p in range(int(fields[at])):
                symbol, target, target_pos, source_target = fields[at + 1 + 4 * p: at + 5 + 4 * p]
                kind = symbol if source_target == "0000" else symbol + ":lex"
                yield f"{pos[0] if pos != 's' else 'a'}{offset}", kind, f"{target_pos if target_pos != 's' else 'a'}{target}"


def main():
    pos = sys.argv[1] if len(sys.argv) > 1 else "verb"
    if pos not in FILES:
        sys.exit("usage: wordnet-pointers.py verb|adj|noun|adv|all [OUT.tsv]")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", f"wordnet-{pos}-pointers.tsv")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    count, labels = 0, set()
    with atomic_open(out, "w", encoding="utf-8") as f:
        for name in FILES[pos]:
            for h, r, t in pointers(os.path.join("/usr/share/wordnet", name)):
                f.write(f"{h}\t{r}\t{t}\n")
                count += 1
                labels.add(r)
    print(f"{out}: {count} pointers, {len(labels)} labels")


if __name__ == "__main__":
    main()
