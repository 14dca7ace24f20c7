#!/usr/bin/python3
"""Writes the Unihan database's variant graph as triples (code point<TAB>variant relation<TAB>code point), from the
Unihan_Variants.txt that Debian ships in unicode-data (Unicode 15.0): semantic, specialized semantic, simplified,
traditional, Z- and spoofing variants of CJK ideographs, 6 relations, about 2 x 10^4 triples. A real graph at the
low end of issue 18's range (10^4 triples), of a kind not tuned on: many small components, two-cycles (A is B's
traditional variant, B is A's simplified one) and symmetric pairs.

Usage: bench/unihan-variants.py [--relations R,R,... NAME] [Unihan_Variants.txt[.bz2]] [OUT]
--relations keeps those relations only and names the output bench/data/NAME.tsv: the slices of the range's low end
(issue 18), kSimplifiedVariant,kTraditionalVariant (unihan-st, 13,502 triples) and
kSemanticVariant,kSpecializedSemanticVariant (unihan-sem, 4,736).
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
    args = sys.argv[1:]
    keep, name = None, "unihan-variants"
    if args[:1] == ["--relations"]:
        if len(args) < 3:
            sys.exit("--relations takes a comma-separated list and a name, e.g. kSemanticVariant,"
                     "kSpecializedSemanticVariant unihan-sem")
        keep, name, args = set(args[1].split(",")), args[2], args[3:]
    source = args[0] if len(args) > 0 else data_file("unicode-data", "Unihan_Variants.txt*", "unicode",
                                                     installed=["/usr/share/unicode"])
    out = args[1] if len(args) > 1 else os.path.join(DATA, name + ".tsv")
    opener = bz2.open if source.endswith(".bz2") else open
    triples = set()
    with opener(source, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            head, relation, values = line.rstrip("\n").split("\t")
            if keep is not None and relation not in keep:
                continue
            for value in values.split():
                triples.add((head, relation, value.split("<")[0]))
    triples = sorted(triples)
    write_triples(out, triples, "code points")


if __name__ == "__main__":
    main()
