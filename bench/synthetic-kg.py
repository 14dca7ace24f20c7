#!/usr/bin/python3
"""Writes a seeded synthetic knowledge graph as triples (head<TAB>relation<TAB>tail).

Usage: bench/synthetic-kg.py [ENTITIES, default 300000] [SEED, default 1] [OUT]
Default output: bench/data/synthetic-kg-<ENTITIES>.tsv. About half the entities form a core
with power-law (Zipf-like, exponent ~2.1) degrees: each core entity draws a degree from the
power law and links to targets chosen by preferential attachment, under one of 24 relations
(themselves Zipf-distributed, as in real KGs). The rest is planted symmetry, in the shapes real
KGs have: leaves on hubs (many entities with one `type`-like arc to the same hub), short
chains hanging off core entities (twins only after their tips collapse), repeated small motifs
(isomorphic components: the same little labelled pattern, many copies) and mutually linked
twin cliques (`sibling` arcs both ways). A class hierarchy sits over the core, as in ontologies: n/20 classes in a
tree grown by preferential attachment (`subClassOf`, child to parent: a few classes with many subclasses) and a
`type` arc from most core entities to a class drawn the same way. Prints the counts.
"""
import os
import random
import sys

from atomic_write import atomic_open

RELATIONS = [f"rel{i:02d}" for i in range(24)]


def zipf_choice(rng, items, exponent=1.2):
    """items[i] with probability falling as a power of i (a Pareto draw, capped at the last item)."""
    return items[min(len(items) - 1, int(rng.paretovariate(exponent)) - 1)]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    out = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", f"synthetic-kg-{n}.tsv")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    rng = random.Random(seed)
    triples = []
    core = n // 2
    # Power-law core: preferential attachment through a list of arc endpoints.
    endpoints = list(range(min(core, 50)))
    for v in range(core):
        degree = min(200, int(rng.paretovariate(1.1)))
        for _ in range(degree):
            target = rng.choice(endpoints) if rng.random() < 0.8 else rng.randrange(core)
            if target != v:
                triples.append((v, zipf_choice(rng, RELATIONS), target))
                endpoints.append(target)
        endpoints.append(v)
    # The taxonomy: class k's parent is drawn among the earlier classes, favouring those already popular.
    classes = max(1, n // 20)
    popular = [core]
    for k in range(core + 1, core + classes):
        parent = rng.choice(popular)
        triples.append((k, "subClassOf", parent))
        popular += [parent, k]
    for v in range(core):
        if rng.random() < 0.7:
            c = rng.choice(popular)
            triples.append((v, "type", c))
            popular.append(c)
    nxt = core + classes
    hubs = rng.sample(range(core), max(1, core // 1000))
    while nxt < n:
        shape = rng.random()
        if shape < 0.45:  # leaves on a hub
            hub, rel = rng.choice(hubs), zipf_choice(rng, RELATIONS)
            for _ in range(min(n - nxt, 1 + int(rng.paretovariate(1.0)))):
                triples.append((nxt, rel, hub))
                nxt += 1
        elif shape < 0.7:  # a few equal chains of length 2 hanging off one core entity
            anchor, r1, r2 = rng.randrange(core), zipf_choice(rng, RELATIONS), zipf_choice(rng, RELATIONS)
            for _ in range(rng.randint(1, 4)):
                if nxt + 2 > n:
                    break
                triples.append((anchor, r1, nxt))
                triples.append((nxt, r2, nxt + 1))
                nxt += 2
        elif shape < 0.9:  # a copy of one of three small motifs: isomorphic components
            motif = rng.randrange(3)
            size = 3 + motif
            if nxt + size > n:
                break
            for i in range(size - 1):
                triples.append((nxt + i, RELATIONS[(motif + i) % 5], nxt + i + 1))
            triples.append((nxt + size - 1, RELATIONS[5], nxt))
            nxt += size
        else:  # a twin clique: siblings linked both ways, all pointing at one core parent
            parent, k = rng.randrange(core), rng.randint(2, 5)
            if nxt + k > n:
                break
            for i in range(k):
                triples.append((nxt + i, "rel00", parent))
                for j in range(k):
                    if i != j:
                        triples.append((nxt + i, "rel23", nxt + j))
            nxt += k
    with atomic_open(out, "w") as f:
        f.writelines(f"e{h}\t{r}\te{t}\n" for h, r, t in triples)
    print(f"{out}: {n} entities requested, {len(triples)} triples, {len(set(r for _, r, _ in triples))} relations")


if __name__ == "__main__":
    main()
