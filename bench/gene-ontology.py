#!/usr/bin/python3
"""Writes the Gene Ontology's term graph as triples (term<TAB>relation<TAB>parent term), from the GO.sqlite that
Debian ships in r-bioc-go.db (Bioconductor's GO.db 3.16: 43,559 terms; 85,716 triples over 5 relations whose names
contain spaces: isa, part of, regulates, positively regulates, negatively regulates).

Usage: bench/gene-ontology.py [GO.sqlite] [OUT]
Without GO.sqlite the package is fetched with `apt-get download r-bioc-go.db` into bench/data (no installation, no
R: only the file is unpacked with dpkg-deb). Default output: bench/data/gene-ontology.tsv. Prints the counts.
"""
import glob
import os
import sqlite3
import subprocess
import sys

from atomic_write import atomic_open

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")


def database():
    found = glob.glob(os.path.join(DATA, "go.db", "**", "GO.sqlite"), recursive=True)
    if found:
        return found[0]
    os.makedirs(DATA, exist_ok=True)
    subprocess.run(["apt-get", "download", "r-bioc-go.db"], cwd=DATA, check=True, stdout=subprocess.DEVNULL)
    deb = sorted(glob.glob(os.path.join(DATA, "r-bioc-go.db_*.deb")))[-1]
    subprocess.run(["dpkg-deb", "-x", deb, os.path.join(DATA, "go.db")], check=True)
    return glob.glob(os.path.join(DATA, "go.db", "**", "GO.sqlite"), recursive=True)[0]


def main():
    db = sys.argv[1] if len(sys.argv) > 1 else database()
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(DATA, "gene-ontology.tsv")
    con = sqlite3.connect(db)
    term = dict(con.execute("select _id, go_id from go_term"))
    triples = []
    for table in ("go_bp_parents", "go_mf_parents", "go_cc_parents"):
        for child, parent, relation in con.execute(f"select _id, _parent_id, relationship_type from {table}"):
            triples.append((term[child], relation, term[parent]))
    with atomic_open(out, "w") as f:
        f.writelines(f"{h}\t{r}\t{t}\n" for h, r, t in triples)
    entities = {h for h, _, _ in triples} | {t for _, _, t in triples}
    print(f"{out}: {len(entities)} terms, {len(triples)} triples, {len({r for _, r, _ in triples})} relations")


if __name__ == "__main__":
    main()
