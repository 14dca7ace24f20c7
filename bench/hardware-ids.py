#!/usr/bin/python3
"""Writes the PCI or USB ID database as triples, from the pci.ids or usb.ids that Debian ships (packages pci.ids and
usb.ids, the lists lspci and lsusb name hardware with): real knowledge graphs of 10^4 to 10^5 triples, added to the
corpus of issue 18 after its native front end was written, as graphs nobody tuned on. Mostly trees (vendors, their
devices, the subsystems of a device made by other vendors) with shared class hierarchies.

Triples (every id is an entity; names are not used):
  pci: device "made by" vendor; subsystem "subsystem of" device; subsystem "made by" subsystem vendor (when that
       vendor is listed); subclass "in class" class; programming interface "of subclass" subclass.
  usb: device "made by" vendor; subclass "in class" class; protocol "of subclass" subclass; and the other lists
       (HID usages, languages, ...) as item "listed under" their list or parent entry.

Usage: bench/hardware-ids.py pci|usb [pci.ids|usb.ids] [OUT]
Without the file the package is fetched with `apt-get download` into bench/data (no installation: only the file is
unpacked with dpkg-deb). Default output: bench/data/pci-ids.tsv or bench/data/usb-ids.tsv. Prints the counts.
"""
import os
import re
import sys

from atomic_write import write_triples
from debian_data import DATA, data_file

ENTRY = re.compile(r"^(\t*)([0-9A-Za-z]+(?: [0-9A-Za-z]+)?)  ")


def triples_of(path):
    triples = set()
    lines = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            m = ENTRY.match(line)
            if m:
                lines.append((len(m.group(1)), m.group(2)))
    # The vendors: top-level entries with one id (sections are "C 03", "HID 01", ...).
    vendors = {key.lower() for depth, key in lines if depth == 0 and " " not in key}
    section = None
    stack = []
    for depth, key in lines:
        if depth == 0:
            parts = key.split(" ")
            section = parts[0] if len(parts) == 2 else None
            top = key.lower() if section is None else f"{section}:{parts[1].lower()}"
            stack = [top]
            continue
        stack = stack[:depth]
        parent = stack[-1]
        if section is None:   # a vendor's device, or a device's subsystem
            if depth == 1:
                node = f"{parent}:{key.lower()}"
                triples.add((node, "made by", parent))
            else:
                sub_vendor = key.split(" ")[0].lower()
                node = f"{parent}/{key.lower().replace(' ', ':')}"
                triples.add((node, "subsystem of", parent))
                if sub_vendor in vendors:
                    triples.add((node, "made by", sub_vendor))
        elif section == "C":  # device classes (pci and usb)
            node = f"{parent}:{key.lower()}"
            triples.add((node, "in class" if depth == 1 else "of subclass", parent))
        else:                 # usb's other lists: HID usages, languages, terminal types, ...
            node = f"{parent}:{key.lower()}"
            triples.add((node, "listed under", parent))
        stack.append(node)
    return sorted(triples)


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("pci", "usb"):
        sys.exit("usage: bench/hardware-ids.py pci|usb [FILE] [OUT]")
    kind = sys.argv[1]
    # Where Debian installs each list; the package's copyright folder shares the name, hence the parent folder.
    where = {"pci": ("/usr/share/misc/pci.ids", "misc/pci.ids"), "usb": ("/var/lib/usbutils/usb.ids", "usbutils/usb.ids")}
    installed, pattern = where[kind]
    if len(sys.argv) > 2:
        path = sys.argv[2]
    elif os.path.isfile(installed):
        path = installed
    else:
        path = data_file(f"{kind}.ids", pattern, f"{kind}-ids")
    out = sys.argv[3] if len(sys.argv) > 3 else os.path.join(DATA, f"{kind}-ids.tsv")
    write_triples(out, triples_of(path), "ids")


if __name__ == "__main__":
    main()
