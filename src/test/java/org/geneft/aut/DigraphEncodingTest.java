package org.geneft.aut;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.geneft.graph.Digraph;
import org.junit.jupiter.api.Test;

/** The gadget and the subdivided digraph have exactly the shape the class javadoc promises. */
class DigraphEncodingTest {
    // 0 -> 1, 1 -> 1 (a loop): unlabelled.
    private final Digraph arcAndLoop = Digraph.of(2, new int[] {0, 1}, new int[] {1, 1}, null, null, null, null);

    @Test
    void unlabelledGadgetHasThreeVerticesPerVertexAndOneEdgePerArc() {
        SparseGraph s = DigraphEncoding.undirectedGadget(arcAndLoop, "traces/gadget");
        assertThat(s.n()).isEqualTo(6);
        assertThat(s.directed()).isFalse();
        assertThat(s.encoding()).isEqualTo("traces/gadget");
        // v: {v_out, v_in}; v_out: {v, heads' in-vertices}; v_in: {v, tails' out-vertices}.
        assertThat(row(s, 0)).containsExactly(2, 4);
        assertThat(row(s, 1)).containsExactly(3, 5);
        assertThat(row(s, 2)).containsExactly(0, 5);    // 0_out – 1_in for the arc 0 -> 1
        assertThat(row(s, 3)).containsExactly(1, 5);    // 1_out – 1_in for the loop
        assertThat(row(s, 4)).containsExactly(0);
        assertThat(row(s, 5)).containsExactly(1, 2, 3);
        // Originals, OUT and IN are three colour classes.
        assertThat(s.colour()).containsExactly(0, 0, 1, 1, 2, 2);
        assertThat(s.edgeEntries()).isEqualTo(2 * (2 * 2 + 2));
    }

    @Test
    void labelledArcsPassThroughASubdivisionVertexColouredByTheLabel() {
        Digraph g = Digraph.of(2, new int[] {0, 0}, new int[] {1, 1}, new int[] {0, 1}, List.of("a", "b"), null, new int[] {0, 3});
        SparseGraph s = DigraphEncoding.undirectedGadget(g, "traces/gadget");
        assertThat(s.encoding()).isEqualTo("traces/gadget+subdivided-labels");
        assertThat(s.n()).isEqualTo(3 * 2 + 2);
        assertThat(row(s, 6)).containsExactly(2, 5);   // w for 0 -a-> 1: 0_out and 1_in
        assertThat(row(s, 7)).containsExactly(2, 5);   // w for 0 -b-> 1: same ends, other colour
        // Vertex colours 0 and 3 compact to 0 and 1; OUT 2, IN 3, labels a 4 and b 5.
        assertThat(s.colour()).containsExactly(0, 1, 2, 2, 3, 3, 4, 5);
    }

    @Test
    void subdividedDigraphKeepsLoopsInTheAdjacencyAndLabelsOnMiddleVertices() {
        SparseGraph plain = DigraphEncoding.subdividedDigraph(arcAndLoop, "sparsenauty/digraph");
        assertThat(plain.directed()).isTrue();
        assertThat(plain.n()).isEqualTo(2);
        assertThat(row(plain, 1)).containsExactly(1);

        Digraph g = Digraph.of(2, new int[] {0, 1}, new int[] {1, 1}, new int[] {1, 0}, List.of("a", "b"), null, null);
        SparseGraph s = DigraphEncoding.subdividedDigraph(g, "sparsenauty/digraph");
        assertThat(s.n()).isEqualTo(4);
        assertThat(row(s, 0)).containsExactly(2);
        assertThat(row(s, 2)).containsExactly(1);
        assertThat(row(s, 3)).containsExactly(1);
        assertThat(s.colour()).containsExactly(0, 0, 2, 1);
    }

    @Test
    void wholeDoubleOrdersBelowTwoToTheFiftyThreeAreExactAndOthersAreNot() {
        assertThat(NautyAutomorphisms.exactOrder(6, 0)).isEqualTo(BigInteger.valueOf(6));
        assertThat(NautyAutomorphisms.exactOrder(0x1p53, 0)).isEqualTo(BigInteger.TWO.pow(53));
        assertThat(NautyAutomorphisms.exactOrder(0x1p53 + 2, 0)).isNull();
        assertThat(NautyAutomorphisms.exactOrder(6, 1)).isNull();
        assertThat(NautyAutomorphisms.exactOrder(2.5, 0)).isNull();
    }

    private static int[] row(SparseGraph s, int v) {
        return Arrays.copyOfRange(s.adj(), (int) s.offsets()[v], (int) s.offsets()[v + 1]);
    }
}
