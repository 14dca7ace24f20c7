package org.geneft.graph;

/**
 * The structured classes of Sec. III that have closed-form statics and a Monte Carlo bound
 * (Appendix D), as detected on a concrete relation. Each carries what identifies the relation
 * within its class.
 */
public sealed interface RelationClass {

    /** Number of elements n. */
    int n();

    /** Whether R(i, j) holds for this relation. */
    boolean related(int i, int j);

    /**
     * An equivalence relation (reflexive, symmetric, transitive).
     * @param classOf classOf[v] in 0..k-1, classes numbered by their least element
     * @param k       number of classes
     */
    record Equivalence(int[] classOf, int k) implements RelationClass {
        public int n() { return classOf.length; }
        public boolean related(int i, int j) { return classOf[i] == classOf[j]; }
        /** Sizes of the k classes, indexed by class. */
        public int[] classSizes() {
            int[] sizes = new int[k];
            for (int c : classOf) sizes[c]++;
            return sizes;
        }
    }

    /**
     * A strict total order: R(i, j) iff rank[i] < rank[j] (the paper's "greater-than" is rank[i] = i).
     * @param rank a permutation of 0..n-1
     */
    record TotalOrder(int[] rank) implements RelationClass {
        public int n() { return rank.length; }
        public boolean related(int i, int j) { return rank[i] < rank[j]; }
    }

    /**
     * A complete bipartite graph K_{a,c} (symmetric, no loops): R(i, j) iff i and j lie on different
     * sides. It is the complement of an equivalence with two classes, not itself an equivalence.
     * @param inS inS[v] is true for the side S that holds vertex 0
     */
    record CompleteBipartite(boolean[] inS) implements RelationClass {
        public int n() { return inS.length; }
        public boolean related(int i, int j) { return inS[i] != inS[j]; }
        public int sizeS() {
            int a = 0;
            for (boolean b : inS) if (b) a++;
            return a;
        }
    }
}
