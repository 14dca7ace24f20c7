#!/usr/bin/python3
"""Writes a seeded random sparse digraph as an edge list, for the `geneft bounds` scale benchmark.

Usage: bench/random-sparse-digraph.py [VERTICES] [ARCS] [SEED] [OUT]
Defaults: 1,000,000 vertices, 4,000,000 arcs drawn uniformly (tail, head) with replacement
(loops and repeated pairs possible; the reader and Digraph drop duplicates), seed 1,
bench/data/random-1e6.edges. Vertex names are v<index>.
"""
import os
import random
import sys

from atomic_write import atomic_open


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 4_000_000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    out = sys.argv[4] if len(sys.argv) > 4 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "random-1e6.edges")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    rng = random.Random(seed)
    with atomic_open(out, "w") as f:
        f.write(f"# random sparse digraph: {n} vertices, {m} arcs drawn with replacement, seed {seed}\n")
        batch = []
        for _ in range(m):
            batch.append(f"v{rng.randrange(n)} v{rng.randrange(n)}\n")
            if len(batch) == 100_000:
                f.writelines(batch)
                batch.clear()
        f.writelines(batch)
    print(out)


if __name__ == "__main__":
    main()
