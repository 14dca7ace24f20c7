package org.geneft.aut;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.geneft.graph.Digraph;

/**
 * Aut(G) through exact reductions first (twin classes to a fixpoint, then connected components),
 * with another engine searching only what is left; every factor of |Aut| is counted exactly.
 *
 * <p>Orbits are lifted back: a twin class lies inside one orbit of G and maps onto one vertex of the
 * reduced graph, so v's orbit in G is everything whose image shares the orbit of v's image
 * ({@link TwinReduction}); components are searched in groups that hold every component
 * isomorphic to theirs ({@link ComponentSplit}), so the groups' orbits are orbits of the whole.
 */
public final class ReducingAutomorphisms implements AutomorphismEngine {
    /** Exact orders are multiplied out only up to this many bits; beyond, log10 alone is reported. */
    private static final double EXACT_BITS = 4096;

    private final AutomorphismEngine inner;

    public ReducingAutomorphisms(AutomorphismEngine inner) {
        this.inner = Objects.requireNonNull(inner, "inner engine");
    }

    @Override
    public String name() {
        return "reduced+" + inner.name();
    }

    @Override
    public AutomorphismGroup automorphisms(Digraph g) {
        return search(g).group();
    }

    /** The group and the account of what each reduction contributed. */
    public ReducedSearch search(Digraph g) {
        Objects.requireNonNull(g, "graph");
        long start = System.nanoTime();
        TwinReduction.Round twins = TwinReduction.toFixpoint(g);
        Digraph core = twins.reduced();
        List<ComponentSplit.Group> groups = ComponentSplit.groups(core, true);
        int components = countComponents(core);

        int[] orbitParent = new int[core.n()];
        for (int v = 0; v < orbitParent.length; v++) orbitParent[v] = v;
        double searchLog10 = 0, componentLog2 = 0;
        BigInteger exact = BigInteger.ONE;
        int generators = twins.generators(), verticesAfter = 0, largest = 0;
        long arcsAfter = 0;
        String engine = null;
        for (ComponentSplit.Group group : groups) {
            AutomorphismGroup a = inner.automorphisms(group.graph());
            int[] orbits = a.orbits();
            for (int x = 0; x < orbits.length; x++) union(orbitParent, group.vertices()[x], group.vertices()[orbits[x]]);
            componentLog2 += permutedComponentsLog2(ComponentSplit.isomorphismClasses(group, orbits));
            searchLog10 += a.log10Order();
            exact = exact == null || a.exactOrder() == null ? null : exact.multiply(a.exactOrder());
            generators += a.generators();
            verticesAfter += group.graph().n();
            arcsAfter += group.graph().arcCount();
            largest = Math.max(largest, group.graph().n());
            engine = a.engine(); // groups come smallest first: the last is the search that mattered
        }
        double log2Total = twins.log2Factor() + searchLog10 / Math.log10(2);
        double log10 = Math.max(0, log2Total * Math.log10(2)); // rounding must not take log|Aut| = 0 below zero
        if (exact != null && log2Total <= EXACT_BITS)
            for (int size : twins.classSizes()) exact = exact.multiply(Log2Factorial.exact(size));
        else exact = null;

        int[] least = new int[core.n()];
        java.util.Arrays.fill(least, Integer.MAX_VALUE);
        int[] image = twins.image();
        for (int v = 0; v < g.n(); v++) {
            int r = TwinReduction.find(orbitParent, image[v]);
            least[r] = Math.min(least[r], v);
        }
        int[] orbits = new int[g.n()];
        for (int v = 0; v < g.n(); v++) orbits[v] = least[TwinReduction.find(orbitParent, image[v])];

        // Nothing left to search happens often (an equivalence relation collapses to one vertex).
        String engineName = engine == null ? "none" : engine;
        double seconds = (System.nanoTime() - start) / 1e9;
        AutomorphismGroup group = new AutomorphismGroup(log10, exact, generators, orbits,
                engine == null ? "reduced" : "reduced+" + engine, seconds);
        Reduction reduction = new Reduction(g.n(), g.arcCount(), verticesAfter, arcsAfter, twins.mergedVertices(),
                twins.log2Factor(), components, groups.size(), componentLog2,
                searchLog10 / Math.log10(2) - componentLog2, largest, engineName);
        return new ReducedSearch(group, reduction);
    }

    /** log2 Π count! over the isomorphism classes of one group's components. */
    private static double permutedComponentsLog2(int[] classOf) {
        int[] count = new int[classOf.length];
        for (int c : classOf) count[c]++;
        double log2 = 0;
        for (int k : count) log2 += Log2Factorial.of(k);
        return log2;
    }

    private static int countComponents(Digraph g) {
        int[] parent = new int[g.n()];
        for (int v = 0; v < parent.length; v++) parent[v] = v;
        int count = g.n();
        for (int u = 0; u < g.n(); u++)
            for (long a = g.outStart(u); a < g.outStart(u + 1); a++)
                if (union(parent, u, g.head(a))) count--;
        return count;
    }

    private static boolean union(int[] parent, int a, int b) {
        int ra = TwinReduction.find(parent, a), rb = TwinReduction.find(parent, b);
        if (ra == rb) return false;
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
        return true;
    }
}
