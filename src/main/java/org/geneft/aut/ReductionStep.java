package org.geneft.aut;

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

    static ReductionStep unchanged(Digraph g) {
        int[] identity = new int[g.n()];
        for (int v = 0; v < identity.length; v++) identity[v] = v;
        return new ReductionStep(g, identity, new long[g.n()], 0, 0, 0, new int[0]);
    }
}
