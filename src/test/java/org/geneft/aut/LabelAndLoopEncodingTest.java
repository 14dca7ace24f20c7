package org.geneft.aut;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.geneft.graph.Digraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The encodings keep what tells digraphs apart: arc direction, labels, loops and vertex colours. */
class LabelAndLoopEncodingTest {
    private static final List<String> TWO_LABELS = List.of("a", "b");

    @ParameterizedTest
    @EnumSource(NautyEngine.class)
    void directedThreeCycleHasOrderThreeNotSix(NautyEngine engine) {
        // Traces without an encoding would symmetrise this into a triangle (order 6).
        Digraph cycle = Digraph.of(3, new int[] {0, 1, 2}, new int[] {1, 2, 0}, null, null, null, null);
        assertThat(order(engine, cycle)).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(NautyEngine.class)
    void threeCycleWithOneArcRelabelledLosesItsRotations(NautyEngine engine) {
        int[] tails = {0, 1, 2}, heads = {1, 2, 0};
        Digraph sameLabel = Digraph.of(3, tails, heads, new int[] {0, 0, 0}, TWO_LABELS, null, null);
        Digraph oneDifferent = Digraph.of(3, tails, heads, new int[] {0, 0, 1}, TWO_LABELS, null, null);
        assertThat(order(engine, sameLabel)).isEqualTo(3);
        assertThat(order(engine, oneDifferent)).isEqualTo(1);
        // Traces takes the per-label split by default; sparsenauty's digraph mode always subdivides.
        assertThat(new NautyAutomorphisms(engine).automorphisms(oneDifferent).engine())
                .endsWith(engine == NautyEngine.TRACES ? "+split-labels" : "+subdivided-labels");
    }

    @ParameterizedTest
    @EnumSource(NautyEngine.class)
    void parallelArcsWithDifferentLabelsAreNotSwappable(NautyEngine engine) {
        // 0 -a-> 1 and 0 -b-> 1, plus 1 -a-> 0 and 1 -b-> 0: swapping 0 and 1 is the only symmetry.
        Digraph g = Digraph.of(2, new int[] {0, 0, 1, 1}, new int[] {1, 1, 0, 0}, new int[] {0, 1, 0, 1}, TWO_LABELS, null, null);
        assertThat(order(engine, g)).isEqualTo(2);
        // Labels swapped on one direction: 0 -a-> 1 only one way now breaks the swap.
        Digraph h = Digraph.of(2, new int[] {0, 1}, new int[] {1, 0}, new int[] {0, 1}, TWO_LABELS, null, null);
        assertThat(order(engine, h)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(NautyEngine.class)
    void aLoopOnOneVertexBreaksTheSymmetryOfAnEmptyGraph(NautyEngine engine) {
        Digraph empty = Digraph.of(4, new int[0], new int[0], null, null, null, null);
        Digraph oneLoop = Digraph.of(4, new int[] {2}, new int[] {2}, null, null, null, null);
        Digraph allLoops = Digraph.of(4, new int[] {0, 1, 2, 3}, new int[] {0, 1, 2, 3}, null, null, null, null);
        assertThat(order(engine, empty)).isEqualTo(24);
        assertThat(order(engine, oneLoop)).isEqualTo(6);
        assertThat(order(engine, allLoops)).isEqualTo(24);
        assertThat(new NautyAutomorphisms(engine).automorphisms(oneLoop).orbits()).containsExactly(0, 0, 2, 0);
    }

    @ParameterizedTest
    @EnumSource(NautyEngine.class)
    void aLoopIsNotConfusedWithATwoCycle(NautyEngine engine) {
        // The gadget turns a loop 0->0 into 0_out–0_in; that must not look like 0->1, 1->0.
        Digraph loops = Digraph.of(2, new int[] {0, 1}, new int[] {0, 1}, null, null, null, null);
        Digraph twoCycle = Digraph.of(2, new int[] {0, 1}, new int[] {1, 0}, null, null, null, null);
        assertThat(order(engine, loops)).isEqualTo(2);
        assertThat(order(engine, twoCycle)).isEqualTo(2);
        Digraph loopAndArc = Digraph.of(2, new int[] {0, 0}, new int[] {0, 1}, null, null, null, null);
        assertThat(order(engine, loopAndArc)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(NautyEngine.class)
    void vertexColoursSplitOrbits(NautyEngine engine) {
        Digraph coloured = Digraph.of(4, new int[0], new int[0], null, null, null, new int[] {5, 1_000_000_000, 5, 5});
        AutomorphismGroup group = new NautyAutomorphisms(engine).automorphisms(coloured);
        assertThat(group.exactOrder()).isEqualTo(BigInteger.valueOf(6));
        assertThat(group.orbits()).containsExactly(0, 1, 0, 0);
    }

    private static int order(NautyEngine engine, Digraph g) {
        return new NautyAutomorphisms(engine).automorphisms(g).exactOrder().intValueExact();
    }
}
