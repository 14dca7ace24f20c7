package org.geneft.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * The paper's named relations (Table 1): the one place that knows the families and their specs
 * ({@code mod:K}, {@code gt}, {@code bipartite:A}).
 */
public sealed interface RelationFamily {

    /** The spec as a user writes it. */
    String spec();

    /** Whether R(i, j) holds, for 0 <= i, j < n. */
    boolean related(int i, int j);

    /** Checks that the family makes sense on n elements; throws IllegalArgumentException otherwise. */
    void validate(int n);

    /** mod:K, R_ij = 1 iff i ≡ j (mod K): an equivalence with K classes. */
    record Mod(int k) implements RelationFamily {
        public Mod {
            if (k < 1) throw new IllegalArgumentException("mod:K needs K >= 1, got " + k);
        }
        public String spec() { return "mod:" + k; }
        public boolean related(int i, int j) { return i % k == j % k; }
        public void validate(int n) {
            if (k > n) throw new IllegalArgumentException("mod:" + k + " needs n >= " + k + ", got n = " + n);
        }
    }

    /** gt, R_ij = 1 iff i < j: a strict total order (the paper's "greater-than"). */
    record GreaterThan() implements RelationFamily {
        public String spec() { return "gt"; }
        public boolean related(int i, int j) { return i < j; }
        public void validate(int n) { }
    }

    /** bipartite:A, complete bipartite with S = {0..A-1}: R_ij = 1 iff exactly one of i, j is in S. */
    record CompleteBipartite(int a) implements RelationFamily {
        public CompleteBipartite {
            if (a < 1) throw new IllegalArgumentException("bipartite:A needs A >= 1, got " + a);
        }
        public String spec() { return "bipartite:" + a; }
        public boolean related(int i, int j) { return (i < a) != (j < a); }
        public void validate(int n) {
            if (a >= n) throw new IllegalArgumentException("bipartite:" + a + " needs n > " + a + ", got n = " + n);
        }
    }

    /** Parses a spec; the message names the accepted forms. */
    static RelationFamily parse(String spec) {
        String s = spec.trim();
        try {
            if (s.equals("gt")) return new GreaterThan();
            if (s.startsWith("mod:")) return new Mod(Integer.parseInt(s.substring(4)));
            if (s.startsWith("bipartite:")) return new CompleteBipartite(Integer.parseInt(s.substring(10)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad relation '" + spec + "': the parameter must be a whole number");
        }
        throw new IllegalArgumentException("unknown relation '" + spec + "': expected mod:K, gt or bipartite:A");
    }

    /** The relation on n elements as its n × n matrix, R[i][j] = related(i, j). */
    default boolean[][] matrix(int n) {
        if (n < 1) throw new IllegalArgumentException("--n must be >= 1, got " + n);
        validate(n);
        boolean[][] r = new boolean[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) r[i][j] = related(i, j);
        return r;
    }

    /** The relation on n elements as a digraph (dense: n is at most a few thousand here). */
    default Digraph graph(int n) {
        if (n < 1) throw new IllegalArgumentException("--n must be >= 1, got " + n);
        if (n > 20_000) throw new IllegalArgumentException("--n " + n + " is too large for a dense named relation (limit 20000)");
        validate(n);
        List<int[]> arcs = new ArrayList<>();
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (related(i, j)) arcs.add(new int[] {i, j});
        int[] t = new int[arcs.size()], h = new int[arcs.size()];
        for (int a = 0; a < arcs.size(); a++) { t[a] = arcs.get(a)[0]; h[a] = arcs.get(a)[1]; }
        return Digraph.of(n, t, h, null, null, null, null);
    }
}
