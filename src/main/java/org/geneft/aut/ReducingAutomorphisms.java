package org.geneft.aut;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.geneft.graph.Digraph;

/**
 * Aut(G) through exact reductions first (labels that repeat another label's arcs, reversed or not; pendant trees and
 * twin classes to a fixpoint; parallel chains; repeated rigid flaps; then connected components),
 * with another engine searching only what is left; every factor of |Aut| is counted exactly.
 *
 * <p>Orbits are lifted back step by step ({@link ReductionStep}): a twin class lies inside one orbit
 * and maps onto one vertex of the reduced graph; a stripped tree vertex's orbit is the vertices with its path of
 * subtree codes under the roots in its root's orbit ({@link TwinReduction}, {@link PendantTrees}); components are searched in groups that hold every component
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
        return search(reduce(g));
    }

    /**
     * What the exact reductions leave of a graph for the search, and what they took: a function of the graph alone
     * (not of the engine that searches the rest), so it can be computed ahead of the search, on another thread.
     */
    public static final class Reduced {
        private final Digraph graph, core;
        private final List<String> droppedLabels;
        private final List<ReductionStep> steps;
        private final double twinLog2, leafLog2, chainLog2, flapLog2;
        private final int twinVertices, leafVertices, chainVertices, flapVertices, components;
        private final List<ComponentSplit.Group> groups;
        private final long nanos;

        private Reduced(Digraph graph, List<String> droppedLabels, List<ReductionStep> steps, Digraph core,
                        double twinLog2, double leafLog2, double chainLog2, double flapLog2, int twinVertices,
                        int leafVertices, int chainVertices, int flapVertices, List<ComponentSplit.Group> groups,
                        int components, long nanos) {
            this.graph = graph;
            this.droppedLabels = droppedLabels;
            this.steps = steps;
            this.core = core;
            this.twinLog2 = twinLog2;
            this.leafLog2 = leafLog2;
            this.chainLog2 = chainLog2;
            this.flapLog2 = flapLog2;
            this.twinVertices = twinVertices;
            this.leafVertices = leafVertices;
            this.chainVertices = chainVertices;
            this.flapVertices = flapVertices;
            this.groups = groups;
            this.components = components;
            this.nanos = nanos;
        }

        /** The graph these reductions were made on. */
        public Digraph graph() { return graph; }
    }

    /**
     * The reductions of {@code g}: redundant labels, pendant trees and twins to a fixpoint, parallel chains, repeated
     * flaps, components.
     */
    public static Reduced reduce(Digraph g) {
        Objects.requireNonNull(g, "graph");
        long start = System.nanoTime();
        // Pendant trees and twins feed each other (collapsed twins make new leaves, stripped trees new twins):
        // alternate to a fixpoint, trees first, since one pass takes every pendant tree whole.
        List<ReductionStep> steps = new ArrayList<>();
        RedundantLabels.Result labels = RedundantLabels.drop(g);
        Digraph core = labels.graph();
        double twinLog2 = 0, leafLog2 = 0;
        int twinVertices = 0, leafVertices = 0, round = 0;
        while (true) {
            ReductionStep l = PendantTrees.strip(core, ++round);
            if (l.removed() > 0) {
                steps.add(l);
                leafLog2 += l.log2Factor();
                leafVertices += l.removed();
                core = l.reduced();
            }
            TwinReduction.Round t = TwinReduction.round(core);
            if (t.mergedVertices() > 0) {
                steps.add(new ReductionStep(t.reduced(), t.image(), new long[core.n()], t.log2Factor(), t.mergedVertices(),
                        t.generators(), t.classSizes()));
                twinLog2 += t.log2Factor();
                twinVertices += t.mergedVertices();
                core = t.reduced();
            }
            // A tree pass leaves no vertex with one neighbour but tree centres, so without new twins a second finds nothing.
            if (t.mergedVertices() == 0) break;
        }
        // Parallel chains once, after the fixpoint. Collapsed copies can leave new twins or leaves at their ends, but
        // rarely: another round of all three found 0-6 more vertices on WordNet's noun and verb pointers and the Gene
        // Ontology, and cost a cold run 10-20 ms (docs/BENCHMARKS.md); every reduction is exact with or without it.
        ReductionStep chains = ParallelChains.round(core);
        core = taken(chains, steps, core);
        // Then small rigid flaps repeated on the same hubs (what chains leave of an ontology's repeated groups of terms).
        ReductionStep flaps = SymmetricFlaps.round(core);
        core = taken(flaps, steps, core);
        List<ComponentSplit.Group> groups = ComponentSplit.groups(core, true);
        return new Reduced(g, labels.dropped(), steps, core, twinLog2, leafLog2, chains.log2Factor(), flaps.log2Factor(),
                twinVertices, leafVertices, chains.removed(), flaps.removed(), groups, countComponents(core),
                System.nanoTime() - start);
    }

    /** The graph after a step: its reduced graph, the step recorded, when it removed anything; otherwise the same. */
    private static Digraph taken(ReductionStep step, List<ReductionStep> steps, Digraph core) {
        if (step.removed() == 0) return core;
        steps.add(step);
        return step.reduced();
    }

    /** The search of what {@code r} left, and the account of the reductions and the search together. */
    public ReducedSearch search(Reduced r) {
        long start = System.nanoTime();
        Digraph g = r.graph, core = r.core;
        List<ReductionStep> steps = r.steps;
        List<ComponentSplit.Group> groups = r.groups;
        double twinLog2 = r.twinLog2, leafLog2 = r.leafLog2, chainLog2 = r.chainLog2, flapLog2 = r.flapLog2;
        int generators = 0;
        for (ReductionStep step : steps) generators += step.generators();
        int[] orbitParent = new int[core.n()];
        for (int v = 0; v < orbitParent.length; v++) orbitParent[v] = v;
        double searchLog10 = 0, componentLog2 = 0;
        BigInteger exact = BigInteger.ONE;
        int verticesAfter = 0, largest = 0;
        long arcsAfter = 0;
        String engine = null;
        List<AutomorphismGroup> searched = inner.automorphismsOfEach(groups.stream().map(ComponentSplit.Group::graph).toList());
        for (int i = 0; i < groups.size(); i++) {
            ComponentSplit.Group group = groups.get(i);
            AutomorphismGroup a = searched.get(i);
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
        double log2Total = twinLog2 + leafLog2 + chainLog2 + flapLog2 + searchLog10 / Math.log10(2);
        double log10 = Math.max(0, log2Total * Math.log10(2)); // rounding must not take log|Aut| = 0 below zero
        if (exact != null && log2Total <= EXACT_BITS) {
            for (ReductionStep step : steps)
                for (int size : step.classSizes()) exact = exact.multiply(Log2Factorial.exact(size));
        } else {
            exact = null;
        }
        int[] orbits = liftOrbits(g.n(), steps, orbitParent);
        double seconds = (r.nanos + System.nanoTime() - start) / 1e9;
        // Nothing left to search happens often (an equivalence relation collapses to one vertex).
        AutomorphismGroup group = new AutomorphismGroup(log10, exact, generators, orbits,
                engine == null ? "reduced" : "reduced+" + engine, seconds);
        Reduction reduction = new Reduction(g.n(), g.arcCount(), verticesAfter, arcsAfter, r.twinVertices, twinLog2,
                r.leafVertices, leafLog2, r.chainVertices, chainLog2, r.flapVertices, flapLog2, r.components, groups.size(), componentLog2,
                searchLog2(searchLog10, componentLog2), largest, engine == null ? "none" : engine, r.droppedLabels);
        return new ReducedSearch(group, reduction);
    }

    /**
     * log2 of the components' own groups: the searched order less the permutations of isomorphic components. When
     * the components' permutations are all there is, the difference is rounding (-1e-13 on a 10^4-entity graph),
     * and a group's log-order is never negative, so such a remainder is 0.
     */
    static double searchLog2(double searchLog10, double componentLog2) {
        double searchLog2 = searchLog10 / Math.log10(2), own = searchLog2 - componentLog2;
        return Math.abs(own) <= 1e-12 * Math.max(1, searchLog2) ? 0 : own;
    }

    /** Orbit keys from the core's orbits back through the steps (anchor and tag), then the least vertex per key. */
    private static int[] liftOrbits(int n, List<ReductionStep> steps, int[] coreOrbitParent) {
        int[] key = new int[coreOrbitParent.length];
        for (int x = 0; x < key.length; x++) key[x] = TwinReduction.find(coreOrbitParent, x);
        Map<TaggedKey, Integer> interned = new HashMap<>();
        for (int s = steps.size() - 1; s >= 0; s--) {
            ReductionStep step = steps.get(s);
            int[] previous = new int[step.anchor().length];
            for (int v = 0; v < previous.length; v++) {
                int k = key[step.anchor()[v]];
                long tag = step.tag()[v];
                // Interned keys start past every core vertex, so they never equal an untagged key.
                previous[v] = tag == 0 ? k : interned.computeIfAbsent(new TaggedKey(k, tag), x -> coreOrbitParent.length + interned.size());
            }
            key = previous;
        }
        Map<Integer, Integer> least = new HashMap<>();
        for (int v = 0; v < n; v++) least.putIfAbsent(key[v], v);
        int[] orbits = new int[n];
        for (int v = 0; v < n; v++) orbits[v] = least.get(key[v]);
        return orbits;
    }

    private record TaggedKey(int key, long tag) { }

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
