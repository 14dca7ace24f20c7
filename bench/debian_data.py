"""A data file from a Debian package, for the bench converters: found where the package is installed or was
unpacked before, otherwise fetched with `apt-get download` into bench/data and unpacked there with dpkg-deb (no
installation, no maintainer scripts)."""
import glob
import os
import subprocess

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def data_file(package, pattern, unpacked, installed=()):
    """The first file named by the glob pattern under the installed directories or bench/data/UNPACKED."""
    roots = list(installed) + [os.path.join(DATA, unpacked)]
    for root in roots:
        found = glob.glob(os.path.join(root, "**", pattern), recursive=True)
        if found:
            return found[0]
    os.makedirs(DATA, exist_ok=True)
    subprocess.run(["apt-get", "download", package], cwd=DATA, check=True, stdout=subprocess.DEVNULL)
    deb = sorted(glob.glob(os.path.join(DATA, f"{package}_*.deb")))[-1]
    subprocess.run(["dpkg-deb", "-x", deb, roots[-1]], check=True)
    return glob.glob(os.path.join(roots[-1], "**", pattern), recursive=True)[0]
