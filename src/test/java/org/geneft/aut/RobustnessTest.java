package org.geneft.aut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Random;
import org.geneft.graph.Digraph;
import org.junit.jupiter.api.Test;

/** Large inputs run on the big-stack thread, and bad inputs end in Java exceptions, never in C. */
class RobustnessTest {

    @Test
    void randomSparseDigraphOfAHundredThousandVerticesIsSearchedWithoutCrashing() {
        Digraph g = RandomDigraphs.sparse(new Random(1L), 100_000, 150_000);
        AutomorphismGroup group = new NautyAutomorphisms().automorphisms(g);
        // About e^-3 of the vertices are isolated (~5,000), so |Aut| >= 5000! > 10^16000.
        assertThat(group.log10Order()).isGreaterThan(16_000);
        assertThat(group.exactOrder()).isNull();
        assertThat(group.orbits()).hasSize(100_000);
        assertThat(group.seconds()).isPositive();
    }

    @Test
    void nullGraphIsRejected() {
        assertThatThrownBy(() -> new NautyAutomorphisms().automorphisms(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new BruteForceAutomorphisms().automorphisms(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void engineAndStackSizeAreChecked() {
        assertThatThrownBy(() -> new NautyAutomorphisms(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new NautyAutomorphisms(NautyEngine.TRACES, 4096)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bruteForceRefusesMoreThanEightVertices() {
        Digraph nine = Digraph.of(9, new int[0], new int[0], null, null, null, null);
        assertThatThrownBy(() -> new BruteForceAutomorphisms().automorphisms(nine))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n = 9");
    }

    @Test
    void encodingsTooLargeForNautysIntVertexNumbersAreRejectedBeforeAnyAllocation() {
        assertThatThrownBy(() -> DigraphEncoding.checkFits(3L * 800_000_000, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
        assertThatThrownBy(() -> DigraphEncoding.checkFits(10, 1L << 31))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
    }

    @Test
    void malformedSparseGraphsNeverReachC() {
        long[] path = {0, 1, 3, 4};
        // A well-formed undirected path 0-1-2 is accepted ...
        new SparseGraph(3, path, new int[] {1, 0, 2, 1}, new int[] {0, 0, 0}, false, "t");
        // ... and each way of breaking the shim's contract is refused.
        assertThatThrownBy(() -> new SparseGraph(0, new long[] {0}, new int[0], new int[0], false, "t"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SparseGraph(3, path, new int[] {1, 0, 2, 1}, new int[] {0, -1, 0}, false, "t"))
                .hasMessageContaining("colour");
        assertThatThrownBy(() -> new SparseGraph(3, path, new int[] {1, 0, 2, 1}, new int[] {0, 0}, false, "t"))
                .hasMessageContaining("sizes");
        assertThatThrownBy(() -> new SparseGraph(3, new long[] {0, 1, 3, 5}, new int[] {1, 0, 2, 1}, new int[3], false, "t"))
                .hasMessageContaining("offsets");
        assertThatThrownBy(() -> new SparseGraph(3, path, new int[] {1, 2, 0, 1}, new int[3], false, "t"))
                .hasMessageContaining("sorted");
        assertThatThrownBy(() -> new SparseGraph(3, path, new int[] {1, 0, 7, 1}, new int[3], false, "t"))
                .hasMessageContaining("not a vertex");
        assertThatThrownBy(() -> new SparseGraph(2, new long[] {0, 1, 1}, new int[] {1}, new int[2], false, "t"))
                .hasMessageContaining("but not");
        assertThatThrownBy(() -> new SparseGraph(1, new long[] {0, 1}, new int[] {0}, new int[1], false, "t"))
                .hasMessageContaining("loop");
        // A loop is fine in a directed encoding: nauty's digraph mode handles it.
        new SparseGraph(1, new long[] {0, 1}, new int[] {0}, new int[1], true, "t");
    }

    @Test
    void theShimItselfAlsoRefusesInconsistentOffsets() {
        // Belt and braces: even a call that bypassed SparseGraph gets an error code, not a crash.
        int rc = NautyLibrary.instance().geneft_automorphisms(NautyLibrary.ENGINE_TRACES, 2, 5, new long[] {0, 1, 2},
                new int[] {1, 0}, new int[2], 0, 0, new double[1], new int[1], new int[1], new int[2]);
        assertThat(rc).isEqualTo(NautyLibrary.ERR_ARGS);
        int directedTraces = NautyLibrary.instance().geneft_automorphisms(NautyLibrary.ENGINE_TRACES, 2, 2, new long[] {0, 1, 2},
                new int[] {1, 0}, new int[2], 1, 0, new double[1], new int[1], new int[1], new int[2]);
        assertThat(directedTraces).isEqualTo(NautyLibrary.ERR_ARGS);
    }

    @Test
    void automorphismGroupCopiesItsOrbitsAndRejectsImpossibleOrders() {
        int[] orbits = {0, 0};
        AutomorphismGroup group = new AutomorphismGroup(Math.log10(2), BigInteger.TWO, 1, orbits, "test", 0);
        orbits[1] = 1;
        group.orbits()[0] = 1;
        assertThat(group.orbits()).containsExactly(0, 0);
        assertThat(group.orbitCount()).isEqualTo(1);
        assertThatThrownBy(() -> new AutomorphismGroup(-1, null, 0, new int[1], "test", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AutomorphismGroup(0, BigInteger.ZERO, 0, new int[1], "test", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
