#!/usr/bin/python3
"""Writes Debian's package graph as triples (head<TAB>relation<TAB>tail): a real knowledge graph every Debian
machine carries in its apt lists (bookworm main, amd64: about 63,000 packages).

Usage: bench/debian-packages.py [PACKAGES_FILE] [OUT]
Default input: the newest bookworm main amd64 Packages list under /var/lib/apt/lists (read through apt-helper,
which undoes its lz4/xz/gzip); default output: bench/data/debian-packages.tsv. Entities are binary packages
(by name), source packages (src:NAME), sections, priorities, maintainers (their e-mail address) and Debtags
values; relations are the dependency fields (depends, pre-depends, recommends, suggests, enhances, breaks,
conflicts, replaces, provides; version constraints and architecture qualifiers dropped, each alternative of
"a | b" an arc), source, section, priority, maintainer, and one relation per Debtags facet (tag:FACET -> value).
Duplicate triples are written once. Prints the counts.
"""
import glob
import os
import re
import subprocess
import sys

from atomic_write import atomic_open

FIELDS = ["Depends", "Pre-Depends", "Recommends", "Suggests", "Enhances", "Breaks", "Conflicts", "Replaces", "Provides"]


def paragraphs(text):
    """Each stanza as a dict of its fields, continuation lines joined."""
    for block in text.split("\n\n"):
        fields, key = {}, None
        for line in block.split("\n"):
            if line.startswith((" ", "\t")) and key:
                fields[key] += " " + line.strip()
            elif ":" in line:
                key, value = line.split(":", 1)
                fields[key] = value.strip()
        if "Package" in fields:
            yield fields


def names(relation):
    """Package names of a dependency field: versions, architecture qualifiers and alternatives dropped."""
    for part in re.split(r"[,|]", relation):
        name = re.sub(r"\(.*?\)|\[.*?\]|<.*?>", "", part).strip().split(":")[0]
        if name:
            yield name


def main():
    lists = sorted(glob.glob("/var/lib/apt/lists/*_debian_dists_bookworm_main_binary-amd64_Packages*"))
    source = sys.argv[1] if len(sys.argv) > 1 else (lists[-1] if lists else None)
    if source is None:
        sys.exit("no bookworm main amd64 Packages list under /var/lib/apt/lists: run apt-get update, or name the file")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "debian-packages.tsv")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    text = subprocess.run(["/usr/lib/apt/apt-helper", "cat-file", source], check=True, capture_output=True, text=True).stdout
    triples, packages = set(), 0
    for p in paragraphs(text):
        head = p["Package"]
        packages += 1
        for field in FIELDS:
            for tail in names(p.get(field, "")):
                if tail != head:
                    triples.add((head, field.lower(), tail))
        triples.add((head, "source", "src:" + p.get("Source", head).split()[0]))
        for field in ("Section", "Priority"):
            if field in p:
                triples.add((head, field.lower(), field.lower() + ":" + p[field]))
        m = re.search(r"<([^>]+)>", p.get("Maintainer", ""))
        if m:
            triples.add((head, "maintainer", "maint:" + m.group(1).lower()))
        for tag in re.split(r"[,\s]+", p.get("Tag", "")):
            if "::" in tag:
                facet, _ = tag.split("::", 1)
                triples.add((head, "tag:" + facet, "tag:" + tag))
    with atomic_open(out, "w") as f:
        f.writelines(f"{h}\t{r}\t{t}\n" for h, r, t in sorted(triples))
    entities = {h for h, _, _ in triples} | {t for _, _, t in triples}
    print(f"{out}: {packages} packages, {len(entities)} entities, {len(triples)} triples, "
          f"{len({r for _, r, _ in triples})} relations")


if __name__ == "__main__":
    main()
