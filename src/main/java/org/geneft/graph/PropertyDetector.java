package org.geneft.graph;

import java.util.Optional;

/**
 * Detects reflexivity, symmetry, transitivity, totality and the structured classes of a relation,
 * in time near-linear in the arcs (transitivity: the sum over vertices of in-degree times
 * out-degree, within a budget).
 */
public final class PropertyDetector {

    /** Path checks u->v->w allowed for transitivity before it is reported as unknown. */
    public static final long DEFAULT_TRANSITIVITY_BUDGET = 500_000_000L;

    private final long transitivityBudget;

    public PropertyDetector() {
        this(DEFAULT_TRANSITIVITY_BUDGET);
    }

    public PropertyDetector(long transitivityBudget) {
        this.transitivityBudget = transitivityBudget;
    }

    public RelationProperties detect(Digraph g) {
        int n = g.n();
        int loopVertices = 0;
        long offDiagonalPairs = 0; // distinct (u, v), u != v, labels ignored
        long mutualPairs = 0;      // unordered {u, v} with both u->v and v->u
        boolean symmetric = true, antisymmetric = true;
        for (int u = 0; u < n; u++) {
            int prev = -1;
            for (long a = g.outStart(u); a < g.outStart(u + 1); a++) {
                int v = g.head(a);
                if (v == prev) continue; // the same pair under another label
                prev = v;
                if (v == u) { loopVertices++; continue; }
                offDiagonalPairs++;
                boolean back = g.hasArc(v, u);
                if (back) {
                    antisymmetric = false;
                    if (u < v) mutualPairs++;
                } else {
                    symmetric = false;
                }
            }
        }
        boolean reflexive = loopVertices == n;
        boolean irreflexive = loopVertices == 0;
        boolean total = offDiagonalPairs - mutualPairs == (long) n * (n - 1) / 2;
        Boolean transitive = transitive(g);
        RelationProperties base = new RelationProperties(reflexive, irreflexive, symmetric, antisymmetric,
                transitive, total, Optional.empty());
        return new RelationProperties(reflexive, irreflexive, symmetric, antisymmetric, transitive, total,
                g.isLabelled() ? Optional.empty() : classify(g, base));
    }

    /** True, false, or null when the u->v->w checks would exceed the budget. */
    private Boolean transitive(Digraph g) {
        int n = g.n();
        long[] inDegree = new long[n];
        for (int u = 0; u < n; u++) {
            int prev = -1;
            for (long a = g.outStart(u); a < g.outStart(u + 1); a++) {
                int v = g.head(a);
                if (v != prev) inDegree[v]++;
                prev = v;
            }
        }
        long work = 0;
        for (int v = 0; v < n; v++) {
            work += inDegree[v] * g.outDegree(v);
            if (work > transitivityBudget) return null;
        }
        for (int u = 0; u < n; u++)
            for (long a = g.outStart(u); a < g.outStart(u + 1); a++) {
                int v = g.head(a);
                for (long b = g.outStart(v); b < g.outStart(v + 1); b++)
                    if (!g.hasArc(u, g.head(b))) return false;
            }
        return true;
    }

    private static Optional<RelationClass> classify(Digraph g, RelationProperties p) {
        int n = g.n();
        boolean transitive = Boolean.TRUE.equals(p.transitive());
        if (p.reflexive() && p.symmetric() && transitive) return Optional.of(equivalence(g));
        if (p.irreflexive() && p.antisymmetric() && transitive && p.total()) {
            // In a strict total order the out-degree of v is the number of elements above it.
            int[] rank = new int[n];
            for (int v = 0; v < n; v++) rank[v] = n - 1 - g.outDegree(v);
            return Optional.of(new RelationClass.TotalOrder(rank));
        }
        if (p.irreflexive() && p.symmetric() && n >= 2) return completeBipartite(g);
        return Optional.empty();
    }

    private static RelationClass.Equivalence equivalence(Digraph g) {
        int n = g.n();
        int[] classOf = new int[n];
        java.util.Arrays.fill(classOf, -1);
        int k = 0;
        for (int v = 0; v < n; v++) {
            if (classOf[v] >= 0) continue;
            // Reflexive, symmetric, transitive: the class of v is exactly its out-neighbourhood.
            for (long a = g.outStart(v); a < g.outStart(v + 1); a++) classOf[g.head(a)] = k;
            k++;
        }
        return new RelationClass.Equivalence(classOf, k);
    }

    /** K_{a,c}: the side of vertex 0 is 0 plus its non-neighbours; every cross pair must be an arc. */
    private static Optional<RelationClass> completeBipartite(Digraph g) {
        int n = g.n();
        boolean[] inS = new boolean[n];
        java.util.Arrays.fill(inS, true);
        for (long a = g.outStart(0); a < g.outStart(1); a++) inS[g.head(a)] = false;
        int a = 0;
        for (boolean b : inS) if (b) a++;
        if (a == n) return Optional.empty();
        for (int u = 0; u < n; u++)
            for (long e = g.outStart(u); e < g.outStart(u + 1); e++)
                if (inS[u] == inS[g.head(e)]) return Optional.empty();
        if (g.arcCount() != 2L * a * (n - a)) return Optional.empty();
        return Optional.of(new RelationClass.CompleteBipartite(inS));
    }
}
