#!/usr/bin/python3
"""Writes the Unihan database's variant graph as triples (code point<TAB>variant relation<TAB>code point), from the
Unihan_Variants.txt that Debian ships in unicode-data (Unicode 15.0): semantic, specialized semantic, simplified,
traditional, Z- and spoofing variants of CJK ideographs, 6 relations, about 2 x 10^4 triples. A real graph at the
low end of issue 18's range (10^4 triples), of a kind not tuned on: many small components, two-cycles (A is B's
traditional variant, B is A's simplified one) and symmetric pairs.

Usage: bench/unihan-variants.py [Unihan_Variants.txt[.bz2]] [OUT]
Without a file the package is fetched with `apt-get download unicode-data` into bench/data (no installation: only
the file is unpacked with dpkg-deb). A value's source annotation (`U+4E94<kMatthews`) is dropped. Default output:
bench/data/unihan-variants.tsv. Prints the counts.
"""
import bz2
import os
import sys

from atomic_write import write_triples
from debian_data import DATA, data_file


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else data_file("unicode-data", "Unihan_Variants.txt*", "unicode",
                                                                   installed=["/usr/share/unicode"])
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(DATA, "unihan-variants.tsv")
    opener = bz2.open if source.endswith(".bz2") else open
    triples = set()
    with opener(source, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            head, relation, values = line.rstrip("\n").split("\t")
            for value in values.split():
                triples.add((head, relation, value.split("<")[0]))
    triples = sorted(triples)
    write_triples(out, triples, "code points")


if __name__ == "__main__":
    main()
