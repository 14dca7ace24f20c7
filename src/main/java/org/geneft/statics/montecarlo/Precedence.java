package org.geneft.statics.montecarlo;

import org.geneft.graph.RelationClass;

/**
 * A partial order on n ≤ 63 elements as bit masks: before[x] holds the elements known to precede x,
 * after[x] those known to follow it. Built from the training entries of a strict total order and
 * closed under asymmetry and transitivity (Appendix D's inference for total orders).
 */
public final class Precedence {

    public static final int MAX_N = 63;

    private final long[] before;
    private final long[] after;

    private Precedence(long[] before, long[] after) {
        this.before = before;
        this.after = after;
    }

    /**
     * The closure of the observed entries of a strict total order (R_ij = 1 iff i precedes j).
     * An observed R_ij = 1 (i ≠ j) puts i before j; an observed R_ij = 0 puts j before i (totality);
     * R_ii = 0 always (asymmetry), so the diagonal carries no order information.
     */
    public static Precedence of(RelationClass.TotalOrder order, TrainingSet training) {
        int n = order.n();
        int[] rank = order.rank();
        boolean[][] edge = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j || !training.isObserved(i, j)) continue;
                if (rank[i] < rank[j]) edge[i][j] = true;
                else edge[j][i] = true;
            }
        }
        return fromRelations(edge);
    }

    /** The transitive closure of the given precedences; edge[a][b] means a before b. Must be acyclic. */
    public static Precedence fromRelations(boolean[][] edge) {
        int n = edge.length;
        if (n > MAX_N) throw new IllegalArgumentException("at most " + MAX_N + " elements supported, got " + n);
        long[] after = new long[n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) if (edge[a][b]) after[a] |= 1L << b;
        }
        // Warshall's algorithm on bit rows.
        for (int k = 0; k < n; k++) {
            for (int a = 0; a < n; a++) {
                if ((after[a] >>> k & 1L) != 0) after[a] |= after[k];
            }
        }
        long[] before = new long[n];
        for (int a = 0; a < n; a++) {
            if ((after[a] >>> a & 1L) != 0) throw new IllegalArgumentException("the precedences contain a cycle");
            for (int b = 0; b < n; b++) if ((after[a] >>> b & 1L) != 0) before[b] |= 1L << a;
        }
        return new Precedence(before, after);
    }

    public int n() {
        return before.length;
    }

    /** Elements known to precede x. */
    public long predecessors(int x) {
        return before[x];
    }

    /** Whether a is known to precede b. */
    public boolean precedes(int a, int b) {
        return (after[a] >>> b & 1L) != 0;
    }

    public boolean comparable(int a, int b) {
        return a == b || precedes(a, b) || precedes(b, a);
    }

    /** One linear extension (a topological order, smallest free element first). */
    int[] someLinearExtension() {
        int n = n();
        int[] order = new int[n];
        long placed = 0;
        for (int t = 0; t < n; t++) {
            for (int x = 0; x < n; x++) {
                if ((placed >>> x & 1L) == 0 && (before[x] & ~placed) == 0) {
                    order[t] = x;
                    placed |= 1L << x;
                    break;
                }
            }
        }
        return order;
    }
}
