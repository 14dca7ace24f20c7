"""Output files of the bench generators, written whole or not at all.

A generator that fails half-way (a missing Debian package, an interrupt) would otherwise leave a truncated or empty
file that bench/kg-vs-bliss.sh takes for finished data on its next run (it generates only missing files). Here the
text goes to a temporary file beside the target, renamed over it only when the block ends without an exception.
"""
import contextlib
import os
import tempfile


@contextlib.contextmanager
def atomic_open(path, mode="w", **kwargs):
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=os.path.basename(path) + ".", suffix=".part")
    try:
        with os.fdopen(fd, mode, **kwargs) as f:
            yield f
        os.chmod(tmp, 0o644)  # as open() would have made it, not mkstemp's owner-only mode
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def write_triples(path, triples, entities="entities"):
    """Writes (head, relation, tail) triples as tab-separated lines, whole or not at all, and prints the counts."""
    with atomic_open(path, "w") as f:
        f.writelines(f"{h}\t{r}\t{t}\n" for h, r, t in triples)
    names = {h for h, _, _ in triples} | {t for _, _, t in triples}
    print(f"{path}: {len(names)} {entities}, {len(triples)} triples, {len({r for _, r, _ in triples})} relations")
