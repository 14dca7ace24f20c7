package org.geneft.aut;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.geneft.graph.Digraph;

/**
 * One exact reduction G → G': where each vertex of G went, and the factor |Aut(G)| / |Aut(G')|.
 *
 * <p>Two vertices of G share an orbit exactly when their anchors share an orbit of G' and their
 * tags are equal (tag 0: the vertex is, or is a twin of, its anchor; otherwise a stripped leaf of
 * that type hanging on its anchor).
 *
 * @param classSizes the sizes of the symmetric groups the factor is the product of (each as k!)
 */
record ReductionStep(Digraph reduced, int[] anchor, long[] tag, double log2Factor, int removed, int generators,
                     int[] classSizes) {

    /**
     * G' = g without the removed vertices, each of which has an anchor it shares its orbit with (tag 0); a kept vertex of
     * multiplicity k > 1 (a kept copy among k) is recoloured (colour, k), past every colour of g, so that Aut(G') maps
     * kept copies only onto kept copies of as many.
     */
    static ReductionStep collapsing(Digraph g, boolean[] removed, int[] anchor, int[] multiplicity, double log2Factor,
                                    int removedCount, int generators, int[] classSizes) {
        if (removedCount == 0) return unchanged(g);
        int n = g.n(), kept = 0;
        int[] newIndex = new int[n];
        for (int v = 0; v < n; v++) newIndex[v] = removed[v] ? -1 : kept++;
        int fresh = 0;
        for (int v = 0; v < n; v++) fresh = Math.max(fresh, g.colour(v) + 1);
        Map<Long, Integer> marks = new HashMap<>();
        int[] colour = new int[kept];
        for (int v = 0; v < n; v++) {
            if (removed[v]) continue;
            int c = g.colour(v);
            if (multiplicity[v] > 1) {
                int first = fresh;
                c = marks.computeIfAbsent(((long) c << 32) | multiplicity[v], key -> first + marks.size());
            }
            colour[newIndex[v]] = c;
        }
        int m = 0;
        int[] t = new int[(int) g.arcCount()], h = new int[t.length], l = new int[t.length];
        for (int u = 0; u < n; u++) {
            if (removed[u]) continue;
            for (long a = g.outStart(u); a < g.outStart(u + 1); a++) {
                int w = g.head(a);
                if (removed[w]) continue;
                t[m] = newIndex[u]; h[m] = newIndex[w]; l[m] = g.label(a); m++;
            }
        }
        Digraph reduced = Digraph.of(kept, Arrays.copyOf(t, m), Arrays.copyOf(h, m), Arrays.copyOf(l, m), g.labelNames(),
                null, colour);
        int[] image = new int[n];
        for (int v = 0; v < n; v++) image[v] = newIndex[anchor[v]];
        return new ReductionStep(reduced, image, new long[n], log2Factor, removedCount, generators, classSizes);
    }

    static ReductionStep unchanged(Digraph g) {
        int[] identity = new int[g.n()];
        for (int v = 0; v < identity.length; v++) identity[v] = v;
        return new ReductionStep(g, identity, new long[g.n()], 0, 0, 0, new int[0]);
    }
}
