package org.geneft.grokking;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The ground-state equations of the grokking effective theory (Liu et al. 2022, Eq. 7) for addition on p symbols:
 * every two training pairs (i, j), (m, n) with i + j = m + n form a parallelogram, and a zero effective loss needs
 * E_i + E_j = E_m + E_n for each. Written as A E = 0, one row e_i + e_j - e_m - e_n per parallelogram; A's null
 * space holds the ground states. It always contains the translations (1, ..., 1) and the linear structure
 * (0, 1, ..., p - 1), so its nullity is at least 2; the training set implies a unique linear structure (up to
 * translation and scale) exactly when the nullity is 2.
 *
 * <p>The rank is computed exactly, by fraction-free elimination over the integers (BigInteger): no tolerance
 * decides it.
 */
public final class ParallelogramSystem {
    private final int p;
    private final List<int[]> rows = new ArrayList<>();
    private BigInteger[][] basis;

    /** @param p the number of symbols; @param pairs the training pairs {i, j} (i &lt;= j), each a sum i + j */
    public ParallelogramSystem(int p, List<int[]> pairs) {
        if (p < 2) throw new IllegalArgumentException("need at least 2 symbols, got " + p);
        this.p = p;
        for (int a = 0; a < pairs.size(); a++)
            for (int b = a + 1; b < pairs.size(); b++) {
                int[] x = pairs.get(a), y = pairs.get(b);
                check(x);
                check(y);
                if (x[0] + x[1] != y[0] + y[1]) continue;
                int[] row = new int[p];
                row[x[0]]++;
                row[x[1]]++;
                row[y[0]]--;
                row[y[1]]--;
                rows.add(row);
            }
    }

    private void check(int[] pair) {
        if (pair.length != 2 || pair[0] < 0 || pair[1] >= p || pair[0] > pair[1])
            throw new IllegalArgumentException("a pair is {i, j} with 0 <= i <= j < " + p);
    }

    /** The parallelograms the training set implies (rows of A), each as e_i + e_j - e_m - e_n. */
    public List<int[]> parallelograms() {
        return rows.stream().map(int[]::clone).toList();
    }

    /** The exact rank of A. */
    public int rank() {
        int rank = 0;
        for (BigInteger[] row : basis()) if (row != null) rank++;
        return rank;
    }

    /**
     * Whether the parallelogram e_i + e_j - e_m - e_n follows from the training set's: it lies in A's row space, so
     * every ground state satisfies it (the authors' "induced" parallelograms, P(D) of their Appendix D).
     */
    public boolean implies(int[] pair, int[] other) {
        check(pair);
        check(other);
        if (pair[0] + pair[1] != other[0] + other[1]) return false;
        int[] row = new int[p];
        row[pair[0]]++;
        row[pair[1]]++;
        row[other[0]]--;
        row[other[1]]--;
        return reduce(basis(), row) == null;
    }

    /** Echelon basis of A's rows, one row per pivot column (null where none), kept primitive (gcd 1). */
    private BigInteger[][] basis() {
        if (basis == null) {
            BigInteger[][] b = new BigInteger[p][];
            for (int[] r : rows) {
                BigInteger[] v = reduce(b, r);
                if (v != null) b[pivot(v)] = v;
            }
            basis = b;
        }
        return basis;
    }

    /** The row reduced by the basis: null when it reduces to 0 (it lies in the span). */
    private BigInteger[] reduce(BigInteger[][] b, int[] r) {
        BigInteger[] v = new BigInteger[p];
        for (int c = 0; c < p; c++) v[c] = BigInteger.valueOf(r[c]);
        for (int c = 0; c < p; c++) {
            if (v[c].signum() == 0) continue;
            if (b[c] == null) return primitive(v);
            BigInteger a = b[c][c], x = v[c];
            for (int k = 0; k < p; k++) v[k] = v[k].multiply(a).subtract(b[c][k].multiply(x));
            v = primitive(v);
        }
        return null;
    }

    private static int pivot(BigInteger[] v) {
        for (int c = 0; c < v.length; c++) if (v[c].signum() != 0) return c;
        throw new IllegalStateException("a zero row has no pivot");
    }

    /** dim ker A = p - rank: at least 2 (translation and scale); 2 means a unique linear structure. */
    public int nullity() {
        return p - rank();
    }

    public boolean uniqueLinearStructure() {
        return nullity() == 2;
    }

    private static BigInteger[] primitive(BigInteger[] v) {
        BigInteger g = BigInteger.ZERO;
        for (BigInteger x : v) g = g.gcd(x);
        if (g.signum() == 0 || g.equals(BigInteger.ONE)) return v;
        BigInteger[] out = new BigInteger[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i].divide(g);
        return out;
    }
}
