package org.geneft.aut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.geneft.graph.Digraph;
import org.junit.jupiter.api.Test;

/** The per-label split encoding gives exactly the group of the subdivision encoding and of brute force. */
class SplitLabelEncodingTest {
    /** Orders beyond 2^53 are compared in log2 of Traces' mantissa and exponent: both sides are one double. */
    private static final double LOG2_TOLERANCE = 1e-9;

    private final AutomorphismEngine brute = new BruteForceAutomorphisms();
    private final AutomorphismEngine subdivision = engine(LabelEncoding.SUBDIVISION);
    private final AutomorphismEngine split = engine(LabelEncoding.SPLIT);

    private static AutomorphismEngine engine(LabelEncoding labels) {
        return new NautyAutomorphisms(NautyEngine.TRACES, NautyAutomorphisms.DEFAULT_STACK_BYTES,
                MemoryBudget.of(1L << 30, "--max-memory"), labels);
    }

    @Test
    void splitEqualsBruteForceOnSmallRandomLabelledDigraphsWithLoopsAndParallelLabels() {
        Random random = new Random(5L);
        for (int i = 0; i < 400; i++) {
            int n = 1 + random.nextInt(7), labels = 2 + random.nextInt(5);
            Digraph g = random.nextBoolean()
                    ? RandomDigraphs.dense(random, n, labels, 1 + random.nextInt(2), 0.1 + 0.5 * random.nextDouble())
                    : RandomDigraphs.symmetric(random, n, labels, 1 + random.nextInt(2), 0.1 + 0.5 * random.nextDouble());
            AutomorphismGroup expected = brute.automorphisms(g), got = split.automorphisms(g);
            assertThat(got.exactOrder()).as("case " + i + " " + g).isEqualTo(expected.exactOrder());
            assertThat(got.orbits()).as("case " + i).containsExactly(expected.orbits());
        }
    }

    @Test
    void splitEqualsSubdivisionOnLargerPlantedDigraphsReducedOrNot() {
        Random random = new Random(55L);
        ReducingAutomorphisms reducedSplit = new ReducingAutomorphisms(split);
        for (int i = 0; i < 100; i++) {
            Digraph g = PlantedDigraphs.planted(random, 9 + random.nextInt(60), 2 + random.nextInt(6), 1 + random.nextInt(2));
            AutomorphismGroup expected = subdivision.automorphisms(g);
            for (AutomorphismGroup got : List.of(split.automorphisms(g), reducedSplit.automorphisms(g))) {
                assertThat(got.log2Order()).as("case " + i).isCloseTo(expected.log2Order(), within(LOG2_TOLERANCE));
                assertThat(got.orbits()).as("case " + i).containsExactly(expected.orbits());
            }
        }
    }

    @Test
    void theGadgetHasOneCopyPerVertexLabelAndDirection() {
        // 0 -a-> 1, 0 -a-> 2, 0 -b-> 1, 2 -b-> 2 (a loop): out copies (0,a), (0,b), (2,b); in copies (1,a), (2,a),
        // (1,b), (2,b): 3 + 3 + 4 vertices, each copy joined to its owner, one edge per arc.
        Digraph g = Digraph.of(3, new int[] {0, 0, 0, 2}, new int[] {1, 2, 1, 2}, new int[] {0, 0, 1, 1},
                List.of("a", "b"), null, null);
        SparseGraph s = DigraphEncoding.splitGadget(g, "traces/gadget");
        assertThat(s.n()).isEqualTo(10);
        assertThat(s.offsets()[s.n()]).isEqualTo(2L * 7 + 2L * 4);
        // Swapping 1 and 2 breaks the loop's label: the group is trivial, as brute force says.
        assertThat(split.automorphisms(g).exactOrder()).isEqualTo(brute.automorphisms(g).exactOrder());
    }
}
