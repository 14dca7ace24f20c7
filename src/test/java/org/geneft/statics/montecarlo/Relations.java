package org.geneft.statics.montecarlo;

import org.geneft.graph.RelationClass;

/** Test fixtures: the paper's relations as RelationClass values. */
final class Relations {

    private Relations() {
    }

    /** mod:k on n elements: classOf[v] = v mod k (classes numbered by least element). */
    static RelationClass.Equivalence mod(int k, int n) {
        int[] classOf = new int[n];
        for (int v = 0; v < n; v++) classOf[v] = v % k;
        return new RelationClass.Equivalence(classOf, k);
    }

    /** An equivalence with the given consecutive block sizes. */
    static RelationClass.Equivalence blocks(int... sizes) {
        int n = 0;
        for (int s : sizes) n += s;
        int[] classOf = new int[n];
        int v = 0;
        for (int c = 0; c < sizes.length; c++) {
            for (int t = 0; t < sizes[c]; t++) classOf[v++] = c;
        }
        return new RelationClass.Equivalence(classOf, sizes.length);
    }

    /** gt on n elements: R_ij = 1 iff i < j. */
    static RelationClass.TotalOrder gt(int n) {
        int[] rank = new int[n];
        for (int v = 0; v < n; v++) rank[v] = v;
        return new RelationClass.TotalOrder(rank);
    }

    /** K_{a, n−a} with S = {0..a−1}. */
    static RelationClass.CompleteBipartite bipartite(int a, int n) {
        boolean[] inS = new boolean[n];
        for (int v = 0; v < a; v++) inS[v] = true;
        return new RelationClass.CompleteBipartite(inS);
    }
}
