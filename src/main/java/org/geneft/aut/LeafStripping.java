package org.geneft.aut;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geneft.graph.Digraph;

/**
 * Strips the leaves of a labelled, coloured digraph into their parents' colours: |Aut(G)| = Π c! · |Aut(G')|.
 *
 * <p>A leaf has exactly one neighbour other than itself in the underlying undirected graph (its
 * parent). Its type is its colour, its loop labels and the labels of its arcs to and from the
 * parent. G' drops the leaves and colours each other vertex by (colour, multiset of its leaves'
 * types). Automorphisms keep degrees, hence leaves and parents, so restriction is a homomorphism
 * Aut(G) → Aut(G'); it is onto, since u and its image carry the same multiset of leaf types and
 * the leaves can follow type by type; its kernel permutes the leaves of one type at one parent: Π c!
 * over (parent, type). After a twin fixpoint every c is 1 (such leaves are twins), so this step
 * mainly removes vertices, and stripping again peels pendant trees level by level. A component
 * that is a single arc (two leaves of each other) is left to the component split.
 */
final class LeafStripping {
    private LeafStripping() { }

    /** One round; tags of stripped leaves are (round, type), so that orbit keys of different rounds never collide. */
    static ReductionStep round(Digraph g, int roundNumber) {
        int n = g.n();
        TwinReduction.Adjacency adj = new TwinReduction.Adjacency(g);
        int[] parent = new int[n];
        for (int v = 0; v < n; v++) parent[v] = soleNeighbour(g, adj, v);
        boolean[] leaf = new boolean[n];
        int leaves = 0;
        for (int v = 0; v < n; v++)
            if (parent[v] >= 0 && parent[parent[v]] != v) { leaf[v] = true; leaves++; }
        if (leaves == 0) return ReductionStep.unchanged(g);

        Map<List<Integer>, Integer> typeIds = new HashMap<>();
        int[] type = new int[n];
        List<List<Integer>> leafTypesOf = new ArrayList<>(n);
        for (int v = 0; v < n; v++) leafTypesOf.add(null);
        for (int v = 0; v < n; v++) {
            if (!leaf[v]) continue;
            List<Integer> key = new ArrayList<>();
            key.add(g.colour(v));
            // Sorted: out rows are ordered by head, and whether the loop or the parent comes first depends on numbering.
            List<Integer> out = new ArrayList<>();
            for (long a = g.outStart(v); a < g.outStart(v + 1); a++) out.add(g.head(a) == v ? -1 - g.label(a) : 1 + g.label(a));
            out.sort(null);
            key.addAll(out);
            key.add(0); // separates v's out-arcs (loops negative, to parent positive) from the parent's arcs to v
            int p = parent[v];
            for (long a = g.outStart(p); a < g.outStart(p + 1); a++) if (g.head(a) == v) key.add(g.label(a));
            type[v] = typeIds.computeIfAbsent(key, k -> typeIds.size());
            if (leafTypesOf.get(p) == null) leafTypesOf.set(p, new ArrayList<>());
            leafTypesOf.get(p).add(type[v]);
        }

        int[] newIndex = new int[n];
        int kept = 0;
        for (int v = 0; v < n; v++) newIndex[v] = leaf[v] ? -1 : kept++;
        int[] colour = new int[kept];
        Map<List<Integer>, Integer> colourIds = new HashMap<>();
        double log2 = 0;
        int generators = 0;
        List<Integer> sizes = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (leaf[v]) continue;
            List<Integer> key = new ArrayList<>();
            key.add(g.colour(v));
            List<Integer> types = leafTypesOf.get(v);
            if (types != null) {
                types.sort(null);
                key.add(-1);
                key.addAll(types);
                for (int i = 0, j; i < types.size(); i = j) { // leaves of one type at one parent permute freely
                    for (j = i; j < types.size() && types.get(j).equals(types.get(i)); j++) { }
                    if (j - i > 1) {
                        log2 += Log2Factorial.of(j - i);
                        generators += j - i == 2 ? 1 : 2;
                        sizes.add(j - i);
                    }
                }
            }
            colour[newIndex[v]] = colourIds.computeIfAbsent(key, k -> colourIds.size());
        }
        int m = 0;
        int[] t = new int[(int) g.arcCount()], h = new int[t.length], l = new int[t.length];
        for (int u = 0; u < n; u++) {
            if (leaf[u]) continue;
            for (long a = g.outStart(u); a < g.outStart(u + 1); a++)
                if (!leaf[g.head(a)]) { t[m] = newIndex[u]; h[m] = newIndex[g.head(a)]; l[m] = g.label(a); m++; }
        }
        Digraph reduced = Digraph.of(kept, Arrays.copyOf(t, m), Arrays.copyOf(h, m), Arrays.copyOf(l, m), g.labelNames(), null, colour);
        int[] anchor = new int[n];
        long[] tag = new long[n];
        for (int v = 0; v < n; v++) {
            anchor[v] = leaf[v] ? newIndex[parent[v]] : newIndex[v];
            tag[v] = leaf[v] ? ((long) roundNumber << 32) | (type[v] + 1L) : 0;
        }
        return new ReductionStep(reduced, anchor, tag, log2, leaves, generators,
                sizes.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The one vertex other than v that v shares an arc with, or -1 when there are none or several. */
    private static int soleNeighbour(Digraph g, TwinReduction.Adjacency adj, int v) {
        int only = -1;
        for (long a = g.outStart(v); a < g.outStart(v + 1); a++) {
            int w = g.head(a);
            if (w == v) continue;
            if (only >= 0 && only != w) return -1;
            only = w;
        }
        for (int i = adj.inStart[v]; i < adj.inStart[v + 1]; i++) {
            int w = adj.inTail[i];
            if (w == v) continue;
            if (only >= 0 && only != w) return -1;
            only = w;
        }
        return only;
    }
}
