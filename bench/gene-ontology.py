#!/usr/bin/python3
"""Writes the Gene Ontology's term graph as triples (term<TAB>relation<TAB>parent term), from the GO.sqlite that
Debian ships in r-bioc-go.db (Bioconductor's GO.db 3.16: 43,559 terms; 85,716 triples over 5 relations whose names
contain spaces: isa, part of, regulates, positively regulates, negatively regulates).

Usage: bench/gene-ontology.py [GO.sqlite] [OUT]
Without GO.sqlite the package is fetched with `apt-get download r-bioc-go.db` into bench/data (no installation, no
R: only the file is unpacked with dpkg-deb). Default output: bench/data/gene-ontology.tsv. Prints the counts.
"""
import os
import sqlite3
import sys

from atomic_write import write_triples
from debian_data import DATA, data_file


def main():
    db = sys.argv[1] if len(sys.argv) > 1 else data_file("r-bioc-go.db", "GO.sqlite", "go.db")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(DATA, "gene-ontology.tsv")
    con = sqlite3.connect(db)
    term = dict(con.execute("select _id, go_id from go_term"))
    triples = []
    for table in ("go_bp_parents", "go_mf_parents", "go_cc_parents"):
        for child, parent, relation in con.execute(f"select _id, _parent_id, relationship_type from {table}"):
            triples.append((term[child], relation, term[parent]))
    write_triples(out, triples, "terms")


if __name__ == "__main__":
    main()
