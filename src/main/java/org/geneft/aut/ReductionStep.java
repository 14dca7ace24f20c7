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
     * Classes of k interchangeable copies, each collapsed onto its first copy, which is kept: the vertices of the others
     * are removed and anchor on their images in it, and each class adds Sym(k) to the group (log2 k!; a transposition
     * and a k-cycle generate it). {@link #step} gives G' = g without the removed vertices, each kept vertex of a class
     * of k > 1 recoloured (colour, k), past every colour of g, so that Aut(G') maps kept copies only onto kept copies
     * of as many.
     */
    static final class Collapse {
        private final Digraph g;
        private final int[] multiplicity, anchor, sizes;
        private final boolean[] removed;
        private double log2;
        private int removedCount, generators, classCount;

        /** Ready for at most maxClasses classes of g. */
        Collapse(Digraph g, int maxClasses) {
            this.g = g;
            int n = g.n();
            multiplicity = new int[n];
            Arrays.fill(multiplicity, 1);
            anchor = new int[n];
            Arrays.setAll(anchor, v -> v);
            removed = new boolean[n];
            sizes = new int[maxClasses];
        }

        /** The kept copy of a class of k copies. */
        void keep(int[] kept, int k) {
            for (int v : kept) multiplicity[v] = k;
            log2 += Log2Factorial.of(k);
            generators += k == 2 ? 1 : 2;
            sizes[classCount++] = k;
        }

        /** Vertex v of a copy that is not kept, onto its image in the kept copy. */
        void remove(int v, int image) {
            removed[v] = true;
            anchor[v] = image;
            removedCount++;
        }

        /** Each vertex's image so far: itself, or its image in a kept copy. */
        int[] anchor() {
            return anchor;
        }

        ReductionStep step() {
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
            Digraph reduced = Digraph.of(kept, Arrays.copyOf(t, m), Arrays.copyOf(h, m), Arrays.copyOf(l, m),
                    g.labelNames(), null, colour);
            int[] image = new int[n];
            for (int v = 0; v < n; v++) image[v] = newIndex[anchor[v]];
            return new ReductionStep(reduced, image, new long[n], log2, removedCount, generators,
                    Arrays.copyOf(sizes, classCount));
        }
    }

    static ReductionStep unchanged(Digraph g) {
        int[] identity = new int[g.n()];
        for (int v = 0; v < identity.length; v++) identity[v] = v;
        return new ReductionStep(g, identity, new long[g.n()], 0, 0, 0, new int[0]);
    }
}
