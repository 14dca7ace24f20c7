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
import os
import sqlite3
import sys

from atomic_write import write_triples
from debian_data import DATA, data_file

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


def main():
    args = sys.argv[1:]
    annotations = "--annotations" in args
    args = [a for a in args if a != "--annotations"]
    db = args[0] if args else data_file("r-bioc-org.hs.eg.db", "org.Hs.eg.sqlite", "orghs")
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
    write_triples(out, triples)


if __name__ == "__main__":
    main()
