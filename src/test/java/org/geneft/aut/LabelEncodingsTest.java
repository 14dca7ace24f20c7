package org.geneft.aut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.geneft.graph.Digraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every label encoding gives exactly the group of brute force and of the subdivision encoding. */
class LabelEncodingsTest {
    /** Orders beyond 2^53 are compared in log2 of Traces' mantissa and exponent: both sides are one double. */
    private static final double LOG2_TOLERANCE = 1e-9;

    private final AutomorphismEngine brute = new BruteForceAutomorphisms();
    private final AutomorphismEngine subdivision = engine(LabelEncoding.SUBDIVISION);

    private static AutomorphismEngine engine(LabelEncoding labels) {
        return new NautyAutomorphisms(NautyEngine.TRACES, NautyAutomorphisms.DEFAULT_STACK_BYTES,
                MemoryBudget.of(1L << 30, "--max-memory"), labels);
    }

    private static String suffix(LabelEncoding labels) {
        return switch (labels) {
            case SUBDIVISION -> "+subdivided-labels";
            case LAYERED -> "+layered-labels";
            case SPLIT -> "+split-labels";
        };
    }

    @ParameterizedTest
    @EnumSource(value = LabelEncoding.class, names = {"LAYERED", "SPLIT"})
    void equalsBruteForceOnSmallRandomLabelledDigraphsWithLoopsAndParallelLabels(LabelEncoding labels) {
        AutomorphismEngine encoded = engine(labels);
        Random random = new Random(labels == LabelEncoding.LAYERED ? 3L : 5L);
        for (int i = 0; i < 400; i++) {
            int n = 1 + random.nextInt(7), count = 2 + random.nextInt(5);
            Digraph g = random.nextBoolean()
                    ? RandomDigraphs.dense(random, n, count, 1 + random.nextInt(2), 0.1 + 0.5 * random.nextDouble())
                    : RandomDigraphs.symmetric(random, n, count, 1 + random.nextInt(2), 0.1 + 0.5 * random.nextDouble());
            AutomorphismGroup expected = brute.automorphisms(g), got = encoded.automorphisms(g);
            assertThat(got.exactOrder()).as("case " + i + " " + g).isEqualTo(expected.exactOrder());
            assertThat(got.orbits()).as("case " + i).containsExactly(expected.orbits());
        }
    }

    @ParameterizedTest
    @EnumSource(value = LabelEncoding.class, names = {"LAYERED", "SPLIT"})
    void equalsSubdivisionOnLargerPlantedDigraphsReducedOrNot(LabelEncoding labels) {
        AutomorphismEngine encoded = engine(labels);
        ReducingAutomorphisms reduced = new ReducingAutomorphisms(encoded);
        Random random = new Random(labels == LabelEncoding.LAYERED ? 33L : 55L);
        for (int i = 0; i < 100; i++) {
            Digraph g = PlantedDigraphs.planted(random, 9 + random.nextInt(60), 2 + random.nextInt(6), 1 + random.nextInt(2));
            AutomorphismGroup expected = subdivision.automorphisms(g);
            for (AutomorphismGroup got : List.of(encoded.automorphisms(g), reduced.automorphisms(g))) {
                assertThat(got.log2Order()).as("case " + i).isCloseTo(expected.log2Order(), within(LOG2_TOLERANCE));
                assertThat(got.orbits()).as("case " + i).containsExactly(expected.orbits());
            }
            assertThat(encoded.automorphisms(g).engine()).as("case " + i)
                    .endsWith(g.isLabelled() ? suffix(labels) : "gadget");
        }
    }

    @Test
    void layeredCodesLabelSetsOnOnePairAsSetsNotAsSingleLabels() {
        // 0 -{a,b}-> 1 and 1 -{c}-> 0 against 0 -{a}-> 1 ... : with three labels sets {a,b}, {c}, {a}, the pairs
        // differ only in a bit shared by two codes; a swap of 0 and 1 must be found exactly when the sets agree.
        AutomorphismEngine layered = engine(LabelEncoding.LAYERED);
        List<String> names = List.of("a", "b", "c");
        Digraph swappable = Digraph.of(2, new int[] {0, 0, 1, 1}, new int[] {1, 1, 0, 0}, new int[] {0, 1, 0, 1}, names, null, null);
        Digraph rigid = Digraph.of(3, new int[] {0, 0, 1, 2}, new int[] {1, 1, 0, 2}, new int[] {0, 1, 2, 0}, names, null, null);
        assertThat(layered.automorphisms(swappable).exactOrder().intValueExact()).isEqualTo(2);
        assertThat(layered.automorphisms(rigid).exactOrder().intValueExact()).isEqualTo(1);
    }

    @Test
    void splitHasOneCopyPerVertexLabelAndDirection() {
        // 0 -a-> 1, 0 -a-> 2, 0 -b-> 1, 2 -b-> 2 (a loop): out copies (0,a), (0,b), (2,b); in copies (1,a), (2,a),
        // (1,b), (2,b): 3 + 3 + 4 vertices, each copy joined to its owner, one edge per arc.
        Digraph g = Digraph.of(3, new int[] {0, 0, 0, 2}, new int[] {1, 2, 1, 2}, new int[] {0, 0, 1, 1},
                List.of("a", "b"), null, null);
        SparseGraph s = DigraphEncoding.splitGadget(g, "traces/gadget");
        assertThat(s.n()).isEqualTo(10);
        assertThat(s.offsets()[s.n()]).isEqualTo(2L * 7 + 2L * 4);
        // Swapping 1 and 2 breaks the loop's label: the group is trivial, as brute force says.
        assertThat(engine(LabelEncoding.SPLIT).automorphisms(g).exactOrder()).isEqualTo(brute.automorphisms(g).exactOrder());
    }
}
