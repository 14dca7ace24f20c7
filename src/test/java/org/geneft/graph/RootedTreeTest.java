package org.geneft.graph;

import org.geneft.aut.BruteForceAutomorphisms;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RootedTreeTest {

    @Test
    void ahuCountEqualsBruteForceOnRandomSmallTrees() {
        BruteForceAutomorphisms brute = new BruteForceAutomorphisms();
        for (int n = 1; n <= BruteForceAutomorphisms.MAX_VERTICES; n++)
            for (long seed = 0; seed < 20; seed++)
                for (RootedTree t : new RootedTree[] {RootedTree.uniform(n, seed), RootedTree.randomRecursive(n, seed)})
                    // Both are log2 of integers below 8! = 40320: they agree to rounding.
                    assertThat(t.log2Automorphisms()).as(Arrays.toString(t.parent()))
                            .isCloseTo(brute.automorphisms(t.digraph()).log2Order(), within(1e-9));
    }

    @Test
    void closedFormsOfThePerfectBinaryTreeAndTheStar() {
        // A perfect binary tree's automorphisms swap the two subtrees of each internal node independently.
        for (int h = 1; h <= 10; h++)
            assertThat(RootedTree.binary((1 << h) - 1).log2Automorphisms()).isCloseTo((1 << (h - 1)) - 1, within(1e-9));
        double log2Factorial = 0;
        for (int m = 2; m < 50; m++) log2Factorial += Math.log(m) / Math.log(2);
        assertThat(RootedTree.star(50).log2Automorphisms()).isCloseTo(log2Factorial, within(1e-9));
        assertThat(RootedTree.path(50).log2Automorphisms()).isZero();
    }

    @Test
    void meanDepthsOfTheNamedShapes() {
        assertThat(RootedTree.path(11).meanDepth()).isEqualTo(5.0);
        assertThat(RootedTree.star(10).meanDepth()).isEqualTo(0.9);
        // 1 node at depth 0, 2 at 1, 4 at 2: (0 + 2 + 8)/7.
        assertThat(RootedTree.binary(7).meanDepth()).isCloseTo(10 / 7.0, within(1e-12));
    }

    @Test
    void uniformTreesAreUniformOverTheNineRootedTreesOnThreeElements() {
        Map<String, Integer> counts = new HashMap<>();
        int samples = 90_000;
        for (long seed = 0; seed < samples; seed++)
            counts.merge(Arrays.toString(RootedTree.uniform(3, seed).parent()), 1, Integer::sum);
        assertThat(counts).hasSize(9);
        double chi2 = counts.values().stream().mapToDouble(c -> Math.pow(c - samples / 9.0, 2) / (samples / 9.0)).sum();
        // 8 degrees of freedom: P(chi2 > 26.1) = 0.001, so a fair sampler fails one run in a thousand.
        assertThat(chi2).isLessThan(26.1);
    }

    @Test
    void sameSeedSameTree() {
        assertThat(RootedTree.uniform(100, 7).parent()).isEqualTo(RootedTree.uniform(100, 7).parent());
        assertThat(RootedTree.randomRecursive(100, 7).parent()).isEqualTo(RootedTree.randomRecursive(100, 7).parent());
    }

    @Test
    void rejectsForestsAndCycles() {
        assertThatThrownBy(() -> new RootedTree(new int[] {-1, -1})).hasMessageContaining("one root");
        assertThatThrownBy(() -> new RootedTree(new int[] {-1, 2, 1})).hasMessageContaining("cycle");
        assertThatThrownBy(() -> new RootedTree(new int[] {-1, 5})).hasMessageContaining("not an element");
    }
}
