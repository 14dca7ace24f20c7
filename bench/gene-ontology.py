#!/usr/bin/python3
"""Writes the Gene Ontology's term graph as triples (term<TAB>relation<TAB>parent term), from the GO.sqlite that
Debian ships in r-bioc-go.db (Bioconductor's GO.db 3.16: 43,559 terms; 85,716 triples over 5 relations whose names
contain spaces: isa, part of, regulates, positively regulates, negatively regulates).

Usage: bench/gene-ontology.py [--only bp|mf|cc] [GO.sqlite] [OUT]
--only keeps one ontology's parent table: a real graph of the range's low end (issue 18), molecular function 13,770
triples (bench/data/go-mf.tsv), cellular component 6,838 (go-cc.tsv).
Without GO.sqlite the package is fetched with `apt-get download r-bioc-go.db` into bench/data (no installation, no
R: only the file is unpacked with dpkg-deb). Default output: bench/data/gene-ontology.tsv. Prints the counts.
"""
import os
import sqlite3
import sys

from atomic_write import write_triples
from debian_data import DATA, data_file


def main():
    args = sys.argv[1:]
    tables = ("go_bp_parents", "go_mf_parents", "go_cc_parents")
    name = "gene-ontology"
    if args[:1] == ["--only"]:
        if len(args) < 2 or args[1] not in ("bp", "mf", "cc"):
            sys.exit("--only takes bp, mf or cc")
        tables, name, args = (f"go_{args[1]}_parents",), f"go-{args[1]}", args[2:]
    db = args[0] if len(args) > 0 else data_file("r-bioc-go.db", "GO.sqlite", "go.db")
    out = args[1] if len(args) > 1 else os.path.join(DATA, name + ".tsv")
    con = sqlite3.connect(db)
    term = dict(con.execute("select _id, go_id from go_term"))
    triples = []
    for table in tables:
        for child, parent, relation in con.execute(f"select _id, _parent_id, relationship_type from {table}"):
            triples.append((term[child], relation, term[parent]))
    write_triples(out, triples, "terms")


if __name__ == "__main__":
    main()
