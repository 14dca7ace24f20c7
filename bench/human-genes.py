#!/usr/bin/python3
"""Writes the human gene annotation graph as triples (gene<TAB>relation<TAB>value), from the org.Hs.eg.sqlite that
Debian ships in r-bioc-org.hs.eg.db (Bioconductor's org.Hs.eg.db 3.16, NCBI Entrez genes): each gene's chromosome,
cytogenetic band, gene type, Gene Ontology terms (one relation per ontology: involved in, enables, located in; the
directly annotated terms, not their ancestors), KEGG pathways, EC numbers, Pfam and PROSITE domains, OMIM entries,
alias symbols and the PubMed articles that cite it: 13 relations, 2,559,988 triples over 1,029,284 entities. A real graph of the
issue's upper range, of another kind than WordNet's: bipartite, with hubs of every degree (a chromosome, a popular
article) and many genes that share all their annotations.

Usage: bench/human-genes.py [--annotations] [org.Hs.eg.sqlite] [OUT]
--annotations leaves out the aliases and the PubMed citations: 11 relations, 616,292 triples, a real graph of the
range's middle (default output bench/data/human-gene-annotations.tsv).
Without the database the package is fetched with `apt-get download r-bioc-org.hs.eg.db` into bench/data (no
installation, no R: only the file is unpacked with dpkg-deb). Default output: bench/data/human-genes.tsv. Prints the
counts.
"""
import glob
import os
import sqlite3
import subprocess
import sys

from atomic_write import atomic_open

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")

# table -> (relation, column, prefix of the value's name); every value is named in its own namespace, so that an
# OMIM number and a PubMed number never meet in one vertex.
RELATIONS = {
    "chromosomes": ("chromosome", "chromosome", "chr:"),
    "cytogenetic_locations": ("cytogenetic band", "cytogenetic_location", "band:"),
    "genetype": ("gene type", "gene_type", "type:"),
    "go_bp": ("involved in", "go_id", ""),
    "go_mf": ("enables", "go_id", ""),
    "go_cc": ("located in", "go_id", ""),
    "kegg": ("KEGG pathway", "path_id", "kegg:"),
    "ec": ("EC number", "ec_number", "EC:"),
    "pfam": ("Pfam domain", "pfam_id", ""),
    "prosite": ("PROSITE motif", "prosite_id", ""),
    "omim": ("OMIM entry", "omim_id", "MIM:"),
    "alias": ("alias", "alias_symbol", "alias:"),
    "pubmed": ("cited in", "pubmed_id", "PMID:"),
}


def database():
    found = glob.glob(os.path.join(DATA, "orghs", "**", "org.Hs.eg.sqlite"), recursive=True)
    if found:
        return found[0]
    os.makedirs(DATA, exist_ok=True)
    subprocess.run(["apt-get", "download", "r-bioc-org.hs.eg.db"], cwd=DATA, check=True, stdout=subprocess.DEVNULL)
    deb = sorted(glob.glob(os.path.join(DATA, "r-bioc-org.hs.eg.db_*.deb")))[-1]
    subprocess.run(["dpkg-deb", "-x", deb, os.path.join(DATA, "orghs")], check=True)
    return glob.glob(os.path.join(DATA, "orghs", "**", "org.Hs.eg.sqlite"), recursive=True)[0]


def main():
    args = sys.argv[1:]
    annotations = "--annotations" in args
    args = [a for a in args if a != "--annotations"]
    db = args[0] if args else database()
    name = "human-gene-annotations.tsv" if annotations else "human-genes.tsv"
    out = args[1] if len(args) > 1 else os.path.join(DATA, name)
    con = sqlite3.connect(db)
    gene = {i: "gene:" + g for i, g in con.execute("select _id, gene_id from genes")}
    triples = set()   # pfam and prosite repeat a gene's domain once per protein: one triple each
    for table, (relation, column, prefix) in RELATIONS.items():
        if annotations and table in ("alias", "pubmed"):
            continue
        for i, value in con.execute(f"select _id, {column} from {table} where {column} is not null"):
            triples.add((gene[i], relation, prefix + str(value).strip()))
    triples = sorted(triples)
    with atomic_open(out, "w") as f:
        f.writelines(f"{h}\t{r}\t{t}\n" for h, r, t in triples)
    entities = {h for h, _, _ in triples} | {t for _, _, t in triples}
    print(f"{out}: {len(entities)} entities, {len(triples)} triples, {len({r for _, r, _ in triples})} relations")


if __name__ == "__main__":
    main()
