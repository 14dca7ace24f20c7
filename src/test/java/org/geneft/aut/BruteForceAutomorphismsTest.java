package org.geneft.aut;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.geneft.graph.Digraph;
import org.geneft.graph.RelationFamily;
import org.junit.jupiter.api.Test;

/** The brute-force reference itself gets the textbook groups right. */
class BruteForceAutomorphismsTest {
    private final BruteForceAutomorphisms brute = new BruteForceAutomorphisms();

    @Test
    void emptyGraphOnEightVerticesHasTheFullSymmetricGroupGeneratedByFewPermutations() {
        AutomorphismGroup group = brute.automorphisms(Digraph.of(8, new int[0], new int[0], null, null, null, null));
        assertThat(group.exactOrder()).isEqualTo(BigInteger.valueOf(40_320));
        assertThat(group.orbits()).containsOnly(0);
        // Greedy, so not necessarily 2, but an irredundant generating set of S_8 has at most 7 elements.
        assertThat(group.generators()).isBetween(2, 7);
    }

    @Test
    void namedRelationsOnSixElements() {
        assertThat(brute.automorphisms(RelationFamily.parse("mod:2").graph(6)).exactOrder()).isEqualTo(BigInteger.valueOf(2 * 6 * 6));
        assertThat(brute.automorphisms(RelationFamily.parse("gt").graph(6)).exactOrder()).isEqualTo(BigInteger.ONE);
        assertThat(brute.automorphisms(RelationFamily.parse("bipartite:3").graph(6)).exactOrder()).isEqualTo(BigInteger.valueOf(2 * 6 * 6));
        assertThat(brute.automorphisms(RelationFamily.parse("bipartite:2").graph(6)).exactOrder()).isEqualTo(BigInteger.valueOf(2 * 24));
    }

    @Test
    void directedCycleOfFiveIsCyclicWithOneGenerator() {
        Digraph cycle = Digraph.of(5, new int[] {0, 1, 2, 3, 4}, new int[] {1, 2, 3, 4, 0}, null, null, null, null);
        AutomorphismGroup group = brute.automorphisms(cycle);
        assertThat(group.exactOrder()).isEqualTo(BigInteger.valueOf(5));
        assertThat(group.generators()).isEqualTo(1);
        assertThat(group.log10Order()).isEqualTo(Math.log10(5));
    }
}
