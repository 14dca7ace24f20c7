package org.geneft.aut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.geneft.graph.Digraph;
import org.junit.jupiter.api.Test;

/** The reductions (twins, leaves, parallel chains, components) give exactly the group of the unreduced search and of brute force. */
class ReductionMatchesSearchTest {
    /** Orders beyond 2^53 are compared in log2; both sides sum at most a few hundred doubles, so 1e-9 is loose. */
    private static final double LOG2_TOLERANCE = 1e-9;

    private final AutomorphismEngine brute = new BruteForceAutomorphisms();
    private final AutomorphismEngine traces = new NautyAutomorphisms(NautyEngine.TRACES);
    private final ReducingAutomorphisms reduced = new ReducingAutomorphisms(new NautyAutomorphisms(NautyEngine.TRACES));

    @Test
    void reducedEqualsBruteForceOnSixHundredSmallPlantedDigraphs() {
        Random random = new Random(8L);
        int twins = 0, leaves = 0, split = 0;
        for (int i = 0; i < 600; i++) {
            Digraph g = PlantedDigraphs.planted(random, 1 + random.nextInt(8), 1 + random.nextInt(3), 1 + random.nextInt(3));
            if (g.n() > BruteForceAutomorphisms.MAX_VERTICES) continue;
            ReducedSearch r = matchesSearch(g, brute, "case " + i + " " + g);
            if (r.reduction().twinVertices() > 0) twins++;
            if (r.reduction().leafVertices() > 0) leaves++;
            if (r.reduction().componentLog2() > 0) split++;
        }
        // Guard against a generator that plants nothing the reductions act on.
        assertThat(twins).isGreaterThan(150);
        assertThat(leaves).isGreaterThan(150);
        assertThat(split).isGreaterThan(15); // 24 with this seed: few copies fit in 8 vertices
    }

    @Test
    void reducedEqualsTheUnreducedSearchOnFourHundredLargerPlantedDigraphs() {
        Random random = new Random(88L);
        for (int i = 0; i < 400; i++) {
            Digraph g = PlantedDigraphs.planted(random, 9 + random.nextInt(60), 1 + random.nextInt(4), 1 + random.nextInt(3));
            matchesSearch(g, traces, "case " + i + " " + g);
        }
    }

    @Test
    void deepPendantTreesWithEqualSubtreesGiveExactlyTheGroupOfBruteForceAndOfTheUnreducedSearch() {
        Random random = new Random(8888L);
        int symmetric = 0, deep = 0;
        for (int i = 0; i < 300; i++) {
            boolean small = i < 150;
            Digraph g = PlantedDigraphs.pendantForests(random, small ? 3 + random.nextInt(6) : 20 + random.nextInt(180),
                    1 + random.nextInt(3), 1 + random.nextInt(2));
            if (small && g.n() > BruteForceAutomorphisms.MAX_VERTICES) continue;
            ReducedSearch r = matchesSearch(g, small ? brute : traces, "case " + i + " " + g);
            if (r.reduction().leafLog2() > 0) symmetric++;
            if (r.reduction().leafVertices() >= 20) deep++;
        }
        // Guard: the trees must carry symmetry of their own (equal subtrees) and be stripped in bulk.
        assertThat(symmetric).isGreaterThan(60);
        assertThat(deep).isGreaterThan(60);
    }

    @Test
    void parallelChainsGiveExactlyTheGroupOfBruteForceAndOfTheUnreducedSearch() {
        Random random = new Random(88888L);
        int collapsed = 0, large = 0;
        for (int i = 0; i < 500; i++) {
            boolean small = i < 250;
            Digraph g = PlantedDigraphs.parallelChains(random, small ? 4 + random.nextInt(6) : 20 + random.nextInt(150),
                    1 + random.nextInt(3), 1 + random.nextInt(2));
            if (small && g.n() > BruteForceAutomorphisms.MAX_VERTICES) continue;
            ReducedSearch r = matchesSearch(g, small ? brute : traces, "case " + i + " " + g);
            if (r.reduction().chainVertices() > 0) collapsed++;
            if (r.reduction().chainVertices() >= 6) large++;
        }
        // Guard: chains must be collapsed often, and in bulk on the larger graphs, or this test checks nothing new.
        assertThat(collapsed).isGreaterThan(150);
        assertThat(large).isGreaterThan(60);
    }

    @Test
    void repeatedFlapsGiveExactlyTheGroupOfTheUnreducedSearch() {
        Random random = new Random(888888L);
        int collapsed = 0;
        for (int i = 0; i < 300; i++) {
            Digraph g = PlantedDigraphs.flaps(random, 20 + random.nextInt(120), 1 + random.nextInt(3), 1 + random.nextInt(2));
            ReducedSearch r = matchesSearch(g, traces, "case " + i + " " + g);
            if (r.reduction().flapVertices() > 0) collapsed++;
        }
        assertThat(collapsed).isGreaterThan(100); // guard: the hubs must reach six arcs and the gadgets be rigid often
    }

    @Test
    void oneFlapStepKeepsTheGroupAndItsOrbitsOnSmallGraphsAgainstBruteForce() {
        // With hubs from two arcs on, flaps appear in graphs small enough for brute force on both sides of the step.
        Random random = new Random(8888888L);
        int collapsed = 0;
        for (int i = 0; i < 2000; i++) {
            Digraph g = PlantedDigraphs.flaps(random, 3 + random.nextInt(6), 1 + random.nextInt(2), 1 + random.nextInt(2));
            if (g.n() > BruteForceAutomorphisms.MAX_VERTICES) continue;
            ReductionStep step = SymmetricFlaps.round(g, 2 + random.nextInt(3), 4);
            if (step.removed() == 0) continue;
            collapsed++;
            String context = "case " + i + " " + g;
            AutomorphismGroup whole = brute.automorphisms(g), rest = brute.automorphisms(step.reduced());
            assertThat(whole.log2Order()).as(context).isCloseTo(step.log2Factor() + rest.log2Order(), within(LOG2_TOLERANCE));
            // v and w share an orbit of G exactly when their images share one of G'.
            for (int v = 0; v < g.n(); v++)
                for (int w = 0; w < g.n(); w++)
                    assertThat(whole.orbits()[v] == whole.orbits()[w]).as(context + " " + v + " " + w)
                            .isEqualTo(rest.orbits()[step.anchor()[v]] == rest.orbits()[step.anchor()[w]]);
        }
        assertThat(collapsed).isGreaterThan(100); // guard: most small draws exceed brute force's 8 vertices or hold no copy
    }

    @Test
    void threeCopiesOfAPathBetweenTwoHubsCollapseToOneAndTheReversedPathDoesNot() {
        // Hubs 0 and 1 (an arc 0 -> 1 and loops to make them unlike links), three copies of 0 -a-> u -b-> v <-a- 1, and
        // one path the other way round (1 -a-> u' -b-> v' <-a- 0), which is not a copy: |Aut| = 3!, the reversed path fixed.
        List<int[]> arcs = new ArrayList<>(List.of(new int[] {0, 1, 0}, new int[] {0, 0, 1}, new int[] {1, 1, 1}));
        int next = 2;
        for (int k = 0; k < 4; k++) {
            int from = k < 3 ? 0 : 1, to = k < 3 ? 1 : 0, u = next++, v = next++;
            arcs.add(new int[] {from, u, 0});
            arcs.add(new int[] {u, v, 1});
            arcs.add(new int[] {to, v, 0});
        }
        int[] t = arcs.stream().mapToInt(a -> a[0]).toArray(), h = arcs.stream().mapToInt(a -> a[1]).toArray(),
                l = arcs.stream().mapToInt(a -> a[2]).toArray();
        Digraph g = Digraph.of(next, t, h, l, RandomDigraphs.labelNames(2), null, null);
        ReducedSearch r = reduced.search(g);
        assertThat(r.group().exactOrder()).isEqualTo(java.math.BigInteger.valueOf(6));
        AutomorphismGroup unreduced = traces.automorphisms(g);
        assertThat(unreduced.exactOrder()).isEqualTo(java.math.BigInteger.valueOf(6));
        assertThat(r.group().orbits()).containsExactly(unreduced.orbits());
        assertThat(r.reduction().chainVertices()).isEqualTo(4);
        assertThat(r.reduction().chainLog2()).isCloseTo(Log2Factorial.of(3), within(LOG2_TOLERANCE));
        assertThat(r.reduction().twinVertices()).isZero();
    }

    @Test
    void aLongPendantPathAndAWideBroomAreStrippedWhole() {
        // A 3-cycle with a 5,000-vertex path on one vertex and a broom (path, then 40 equal two-vertex branches) on another.
        int path = 5000, branches = 40, n = 3 + path + 10 + 2 * branches;
        int[][] arcs = new int[n + 3][];
        int k = 0, next = 3;
        arcs[k++] = new int[] {0, 1, 0};
        arcs[k++] = new int[] {1, 2, 0};
        arcs[k++] = new int[] {2, 0, 1};
        for (int i = 0, previous = 0; i < path; i++, previous = next - 1) arcs[k++] = new int[] {previous, next++, i % 2};
        int handle = 1;
        for (int i = 0; i < 10; i++, handle = next - 1) arcs[k++] = new int[] {next++, handle, 1};
        for (int b = 0; b < branches; b++) {
            arcs[k++] = new int[] {handle, next, 0};
            arcs[k++] = new int[] {next, next + 1, 1};
            next += 2;
        }
        int[] t = new int[k], h = new int[k], l = new int[k];
        for (int i = 0; i < k; i++) { t[i] = arcs[i][0]; h[i] = arcs[i][1]; l[i] = arcs[i][2]; }
        Digraph g = Digraph.of(next, t, h, l, RandomDigraphs.labelNames(2), null, null);
        ReducedSearch r = reduced.search(g);
        AutomorphismGroup expected = traces.automorphisms(g);
        assertThat(r.group().log2Order()).isCloseTo(expected.log2Order(), within(LOG2_TOLERANCE));
        assertThat(r.group().log2Order()).isCloseTo(Log2Factorial.of(branches), within(LOG2_TOLERANCE));
        assertThat(r.group().orbits()).containsExactly(expected.orbits());
        assertThat(r.reduction().leafVertices()).isEqualTo(next - 3); // everything but the cycle
        assertThat(r.reduction().leafLog2()).isCloseTo(Log2Factorial.of(branches), within(LOG2_TOLERANCE));
    }

    @Test
    void relabellingTheInputChangesNeitherTheOrderNorTheReductionAccount() {
        Random random = new Random(888L);
        for (int i = 0; i < 100; i++) {
            Digraph g = PlantedDigraphs.planted(random, 10 + random.nextInt(40), 1 + random.nextInt(3), 2);
            Reduction a = reduced.search(g).reduction();
            Reduction b = reduced.search(g.relabel(RandomDigraphs.permutation(random, g.n()))).reduction();
            assertThat(b.twinLog2()).isCloseTo(a.twinLog2(), within(LOG2_TOLERANCE));
            assertThat(b.leafLog2()).isCloseTo(a.leafLog2(), within(LOG2_TOLERANCE));
            assertThat(b.chainLog2()).isCloseTo(a.chainLog2(), within(LOG2_TOLERANCE));
            assertThat(b.flapLog2()).isCloseTo(a.flapLog2(), within(LOG2_TOLERANCE));
            assertThat(b.componentLog2()).isCloseTo(a.componentLog2(), within(LOG2_TOLERANCE));
            assertThat(b.searchLog2()).isCloseTo(a.searchLog2(), within(LOG2_TOLERANCE));
            assertThat(b.verticesAfter()).isEqualTo(a.verticesAfter());
        }
    }

    /** The reduced search of g, checked against another engine's group: its order (exactly when known) and orbits. */
    private ReducedSearch matchesSearch(Digraph g, AutomorphismEngine reference, String context) {
        ReducedSearch r = reduced.search(g);
        AutomorphismGroup expected = reference.automorphisms(g);
        assertThat(r.group().log2Order()).as(context).isCloseTo(expected.log2Order(), within(LOG2_TOLERANCE));
        if (expected.exactOrder() != null) assertThat(r.group().exactOrder()).as(context).isEqualTo(expected.exactOrder());
        assertThat(r.group().orbits()).as(context).containsExactly(expected.orbits());
        assertAccountAddsUp(r);
        return r;
    }

    private static void assertAccountAddsUp(ReducedSearch r) {
        Reduction red = r.reduction();
        assertThat(red.twinLog2() + red.leafLog2() + red.chainLog2() + red.flapLog2() + red.componentLog2() + red.searchLog2())
                .isCloseTo(r.group().log2Order(), within(LOG2_TOLERANCE));
        assertThat(red.verticesAfter())
                .isLessThanOrEqualTo(red.verticesBefore() - red.twinVertices() - red.leafVertices() - red.chainVertices()
                        - red.flapVertices());
    }

    @Test
    void aRoundingRemainderOfTheSearchIsZeroNotNegative() {
        // 20 isomorphic components with no symmetry of their own: the searched order is 20!, all of it permutations.
        double componentLog2 = Log2Factorial.of(20);
        double searchLog10 = componentLog2 * Math.log10(2);
        assertThat(ReducingAutomorphisms.searchLog2(searchLog10, componentLog2)).isEqualTo(0.0);
        // A real own group is kept: one component with an involution on top of the permutations.
        assertThat(ReducingAutomorphisms.searchLog2(searchLog10 + Math.log10(2), componentLog2)).isCloseTo(1.0, within(1e-9));
    }
}
