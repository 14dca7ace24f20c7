package org.geneft.aut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.geneft.graph.Digraph;
import org.junit.jupiter.api.Test;

/** The layered label encoding gives exactly the group of the subdivision encoding and of brute force. */
class LayeredLabelEncodingTest {
    /** Orders beyond 2^53 are compared in log2 of Traces' mantissa and exponent: both sides are one double. */
    private static final double LOG2_TOLERANCE = 1e-9;

    private final AutomorphismEngine brute = new BruteForceAutomorphisms();
    private final AutomorphismEngine subdivision = engine(LabelEncoding.SUBDIVISION);
    private final AutomorphismEngine layered = engine(LabelEncoding.LAYERED);

    private static AutomorphismEngine engine(LabelEncoding labels) {
        return new NautyAutomorphisms(NautyEngine.TRACES, NautyAutomorphisms.DEFAULT_STACK_BYTES,
                MemoryBudget.of(1L << 30, "--max-memory"), labels);
    }

    @Test
    void layeredEqualsBruteForceOnSmallRandomLabelledDigraphsWithLoopsAndParallelLabels() {
        Random random = new Random(3L);
        for (int i = 0; i < 400; i++) {
            int n = 1 + random.nextInt(7), labels = 2 + random.nextInt(5);
            Digraph g = random.nextBoolean()
                    ? RandomDigraphs.dense(random, n, labels, 1 + random.nextInt(2), 0.1 + 0.5 * random.nextDouble())
                    : RandomDigraphs.symmetric(random, n, labels, 1 + random.nextInt(2), 0.1 + 0.5 * random.nextDouble());
            AutomorphismGroup expected = brute.automorphisms(g), got = layered.automorphisms(g);
            assertThat(got.exactOrder()).as("case " + i + " " + g).isEqualTo(expected.exactOrder());
            assertThat(got.orbits()).as("case " + i).containsExactly(expected.orbits());
        }
    }

    @Test
    void layeredEqualsSubdivisionOnLargerPlantedDigraphsReducedOrNot() {
        Random random = new Random(33L);
        ReducingAutomorphisms reducedLayered = new ReducingAutomorphisms(layered);
        for (int i = 0; i < 100; i++) {
            Digraph g = PlantedDigraphs.planted(random, 9 + random.nextInt(60), 2 + random.nextInt(6), 1 + random.nextInt(2));
            AutomorphismGroup expected = subdivision.automorphisms(g);
            for (AutomorphismGroup got : List.of(layered.automorphisms(g), reducedLayered.automorphisms(g))) {
                assertThat(got.log2Order()).as("case " + i).isCloseTo(expected.log2Order(), within(LOG2_TOLERANCE));
                assertThat(got.orbits()).as("case " + i).containsExactly(expected.orbits());
            }
            assertThat(layered.automorphisms(g).engine()).as("case " + i).endsWith(g.isLabelled() ? "+layered-labels" : "gadget");
        }
    }

    @Test
    void labelSetsOnOnePairAreCodedAsSetsNotAsSingleLabels() {
        // 0 -{a,b}-> 1 and 1 -{c}-> 0 against 0 -{a}-> 1 ... : with three labels sets {a,b}, {c}, {a}, the pairs
        // differ only in a bit shared by two codes; a swap of 0 and 1 must be found exactly when the sets agree.
        List<String> names = List.of("a", "b", "c");
        Digraph swappable = Digraph.of(2, new int[] {0, 0, 1, 1}, new int[] {1, 1, 0, 0}, new int[] {0, 1, 0, 1}, names, null, null);
        Digraph rigid = Digraph.of(3, new int[] {0, 0, 1, 2}, new int[] {1, 1, 0, 2}, new int[] {0, 1, 2, 0}, names, null, null);
        assertThat(layered.automorphisms(swappable).exactOrder().intValueExact()).isEqualTo(2);
        assertThat(layered.automorphisms(rigid).exactOrder().intValueExact()).isEqualTo(1);
    }
}
