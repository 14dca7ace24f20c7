package org.geneft.aut;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.geneft.graph.Digraph;

/**
 * Strips every pendant tree of a labelled, coloured digraph in one bottom-up pass, into the colour of the
 * vertex it hangs on: |Aut(G)| = Π c! · |Aut(G')|, exactly.
 *
 * <p>Which vertices go: peel the underlying undirected graph (loops ignored) in synchronous layers, each
 * layer every vertex with exactly one neighbour left. Layers are isomorphism invariants, so the stripped
 * set, each stripped vertex's parent (its one neighbour when it went) and the kept vertex its tree hangs
 * on (its root) are kept by every automorphism. A tree component peels down to its centre: one vertex, or
 * two that are each other's only neighbour (kept both; the component split sees them).
 *
 * <p>Each stripped vertex gets a code, interned from exact keys bottom-up (the AHU scheme: equal codes iff
 * isomorphic rooted subtrees): its colour, its loop labels, the labels of its arcs to and from its parent,
 * and the sorted codes of its children. A kept vertex is recoloured by (colour, sorted codes of its
 * children). Restriction to the kept vertices is a homomorphism Aut(G) → Aut(G'); it is onto, since a
 * vertex and its image carry isomorphic pendant forests; its kernel fixes every kept vertex and permutes
 * equal-code children under each vertex, recursively: Π c! over (vertex, code) with c equal-code children.
 *
 * <p>Orbits: a stripped vertex's tag is the sequence of codes on the path from its root down to it
 * (interned); two stripped vertices share an orbit exactly when their roots share an orbit of G' and their
 * tags agree, because equal-code siblings can be swapped all the way down.
 */
final class PendantTrees {
    private PendantTrees() { }

    /** One pass; tags are (round, path id) so that orbit keys of different rounds never collide. */
    static ReductionStep strip(Digraph g, int roundNumber) {
        int n = g.n();
        TwinReduction.Adjacency adj = new TwinReduction.Adjacency(g);
        int[] degree = new int[n];
        for (int v = 0; v < n; v++) degree[v] = neighbourCount(g, adj, v);

        int[] parent = new int[n];
        Arrays.fill(parent, -1);
        int[] order = new int[n]; // stripped vertices, children before their parents
        int stripped = 0;
        boolean[] removed = new boolean[n];
        int[] frontier = new int[n], next = new int[n], candidate = new int[n], layerOf = new int[n];
        Arrays.fill(layerOf, -1);
        int size = 0;
        for (int v = 0; v < n; v++) if (degree[v] == 1) frontier[size++] = v;
        for (int layer = 0; size > 0; layer++) {
            int live = 0;
            for (int i = 0; i < size; i++) {
                int v = frontier[i];
                if (removed[v] || degree[v] != 1) continue; // dropped to 0 later in its layer: a tree's centre
                frontier[live++] = v;
                layerOf[v] = layer;
                candidate[v] = liveNeighbour(g, adj, v, removed);
            }
            // Decide the whole layer before removing any of it: the peeling must not depend on vertex order.
            int nextSize = 0, first = stripped;
            for (int i = 0; i < live; i++) {
                int v = frontier[i], p = candidate[v];
                if (layerOf[p] == layer && candidate[p] == v) continue; // two leaves of each other: a centre, kept
                parent[v] = p;
                order[stripped++] = v;
            }
            for (int i = first; i < stripped; i++) {
                int v = order[i];
                removed[v] = true;
                if (--degree[parent[v]] == 1) next[nextSize++] = parent[v];
            }
            int[] swap = frontier; frontier = next; next = swap;
            size = nextSize;
        }
        if (stripped == 0) return ReductionStep.unchanged(g);

        // Children of each vertex, in removal order (a counting sort on parent).
        int[] childStart = new int[n + 1];
        for (int i = 0; i < stripped; i++) childStart[parent[order[i]] + 1]++;
        for (int v = 0; v < n; v++) childStart[v + 1] += childStart[v];
        int[] children = new int[stripped];
        int[] fill = Arrays.copyOf(childStart, n);
        for (int i = 0; i < stripped; i++) children[fill[parent[order[i]]]++] = order[i];

        int[] code = new int[n];
        Map<Key, Integer> codes = new HashMap<>();
        Symmetry symmetry = new Symmetry();
        for (int i = 0; i < stripped; i++) { // bottom-up: every child was stripped before its parent
            int v = order[i], p = parent[v];
            int[] childCodes = sortedChildCodes(v, childStart, children, code, symmetry);
            int[] loops = labelsBetween(g, adj, v, v, true), up = labelsBetween(g, adj, v, p, true),
                    down = labelsBetween(g, adj, v, p, false);
            code[v] = codes.computeIfAbsent(Key.of(g.colour(v), loops, up, down, childCodes), k -> codes.size());
        }

        int[] newIndex = new int[n];
        int kept = 0;
        for (int v = 0; v < n; v++) newIndex[v] = removed[v] ? -1 : kept++;
        int[] colour = new int[kept];
        Map<Key, Integer> colourIds = new HashMap<>();
        for (int v = 0; v < n; v++) {
            if (removed[v]) continue;
            int[] childCodes = sortedChildCodes(v, childStart, children, code, symmetry);
            colour[newIndex[v]] = colourIds.computeIfAbsent(Key.of(g.colour(v), childCodes), k -> colourIds.size());
        }
        int m = 0;
        int[] t = new int[(int) g.arcCount()], h = new int[t.length], l = new int[t.length];
        for (int u = 0; u < n; u++) {
            if (removed[u]) continue;
            for (long a = g.outStart(u); a < g.outStart(u + 1); a++)
                if (!removed[g.head(a)]) { t[m] = newIndex[u]; h[m] = newIndex[g.head(a)]; l[m] = g.label(a); m++; }
        }
        Digraph reduced = Digraph.of(kept, Arrays.copyOf(t, m), Arrays.copyOf(h, m), Arrays.copyOf(l, m), g.labelNames(), null, colour);

        // Top-down: root and path of codes of every stripped vertex.
        int[] anchor = new int[n];
        long[] tag = new long[n];
        int[] path = new int[n];
        Map<Long, Integer> paths = new HashMap<>();
        for (int v = 0; v < n; v++) if (!removed[v]) anchor[v] = newIndex[v];
        for (int i = stripped - 1; i >= 0; i--) {
            int v = order[i], p = parent[v];
            int above = removed[p] ? path[p] : -1;
            anchor[v] = anchor[p];
            path[v] = paths.computeIfAbsent(((long) above << 32) ^ (code[v] & 0xffffffffL), k -> paths.size());
            tag[v] = ((long) roundNumber << 32) | (path[v] + 1L);
        }
        return new ReductionStep(reduced, anchor, tag, symmetry.log2, stripped, symmetry.generators, symmetry.sizes());
    }

    /** v's children's codes, sorted; also records the symmetric group of each run of equal codes. */
    private static int[] sortedChildCodes(int v, int[] childStart, int[] children, int[] code, Symmetry symmetry) {
        int[] c = new int[childStart[v + 1] - childStart[v]];
        for (int i = 0; i < c.length; i++) c[i] = code[children[childStart[v] + i]];
        Arrays.sort(c);
        for (int i = 0, j; i < c.length; i = j) {
            for (j = i; j < c.length && c[j] == c[i]; j++) { }
            if (j - i > 1) symmetry.add(j - i);
        }
        return c;
    }

    /** Sorted labels of the arcs v→w (out) or w→v (not out); with w = v, v's loops. */
    private static int[] labelsBetween(Digraph g, TwinReduction.Adjacency adj, int v, int w, boolean out) {
        int count = 0;
        int[] labels = new int[4];
        if (out) {
            for (long a = g.outStart(v); a < g.outStart(v + 1); a++)
                if (g.head(a) == w) { if (count == labels.length) labels = Arrays.copyOf(labels, 2 * count); labels[count++] = g.label(a); }
        } else {
            for (int i = adj.inStart[v]; i < adj.inStart[v + 1]; i++)
                if (adj.inTail[i] == w) { if (count == labels.length) labels = Arrays.copyOf(labels, 2 * count); labels[count++] = adj.inLabel[i]; }
        }
        labels = Arrays.copyOf(labels, count);
        Arrays.sort(labels);
        return labels;
    }

    /** Distinct neighbours of v other than v, in or out (both rows are sorted by the other end). */
    private static int neighbourCount(Digraph g, TwinReduction.Adjacency adj, int v) {
        long a = g.outStart(v), aEnd = g.outStart(v + 1);
        int i = adj.inStart[v], iEnd = adj.inStart[v + 1];
        int count = 0, last = -1;
        while (a < aEnd || i < iEnd) {
            int w;
            if (i >= iEnd || (a < aEnd && g.head(a) <= adj.inTail[i])) w = g.head(a++);
            else w = adj.inTail[i++];
            if (w != v && w != last) count++;
            last = w;
        }
        return count;
    }

    /** The one neighbour of v (other than v) not yet removed. */
    private static int liveNeighbour(Digraph g, TwinReduction.Adjacency adj, int v, boolean[] removed) {
        for (long a = g.outStart(v); a < g.outStart(v + 1); a++)
            if (g.head(a) != v && !removed[g.head(a)]) return g.head(a);
        for (int i = adj.inStart[v]; i < adj.inStart[v + 1]; i++)
            if (adj.inTail[i] != v && !removed[adj.inTail[i]]) return adj.inTail[i];
        throw new IllegalStateException("vertex " + v + " of degree 1 has no live neighbour");
    }

    /** The symmetric groups of equal-code siblings: log2 Π c!, generator count and the sizes. */
    private static final class Symmetry {
        double log2;
        int generators;
        int[] sizes = new int[8];
        int count;

        void add(int c) {
            log2 += Log2Factorial.of(c);
            generators += c == 2 ? 1 : 2; // Sym(c) is generated by a transposition and a c-cycle
            if (count == sizes.length) sizes = Arrays.copyOf(sizes, 2 * count);
            sizes[count++] = c;
        }

        int[] sizes() { return Arrays.copyOf(sizes, count); }
    }

    /** An exact interning key: the fields are concatenated with their lengths, so different tuples never collide. */
    private record Key(int[] fields) {
        static Key of(int colour, int[]... parts) {
            int length = 1;
            for (int[] p : parts) length += 1 + p.length;
            int[] f = new int[length];
            f[0] = colour;
            int k = 1;
            for (int[] p : parts) {
                f[k++] = p.length;
                System.arraycopy(p, 0, f, k, p.length);
                k += p.length;
            }
            return new Key(f);
        }

        @Override
        public boolean equals(Object o) { return o instanceof Key other && Arrays.equals(fields, other.fields); }

        @Override
        public int hashCode() { return Arrays.hashCode(fields); }
    }
}
