package org.geneft.graph.io;

import org.geneft.graph.Digraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.geneft.graph.io.GraphFiles.write;

class Graph6ReaderTest {
    @TempDir
    Path dir;

    private Digraph read(Path f) { return GraphReaders.read(f, GraphFormat.GRAPH6, ReadLimits.DEFAULT); }

    private Digraph read(String content) { return read(write(dir, "g.g6", content)); }

    /** The symmetric digraph of an undirected edge set given as pairs. */
    private static Digraph undirected(int n, int... pairs) {
        boolean[][] r = new boolean[n][n];
        for (int k = 0; k < pairs.length; k += 2) r[pairs[k]][pairs[k + 1]] = r[pairs[k + 1]][pairs[k]] = true;
        return Digraph.fromMatrix(r);
    }

    @Test
    void readsTheFiveCycleDhc() {
        // 'D' = n 5; "hc" = 101001 100100: x01 x12 x23 x04 x34 set, i.e. the cycle 0-1-2-3-4-0
        // (nauty-amtog -g gives "Dhc" for this adjacency matrix).
        assertThat(read("Dhc\n")).isEqualTo(undirected(5, 0, 1, 1, 2, 2, 3, 3, 4, 4, 0));
    }

    @Test
    void readsK4AsC() {
        Digraph k4 = read("C~\n");
        assertThat(k4.n()).isEqualTo(4);
        assertThat(k4.arcCount()).isEqualTo(12); // 6 edges, both ways
        assertThat(k4.loopCount()).isZero();
    }

    @Test
    void acceptsNautysHeaderGluedToTheGraphOrOnItsOwnLine() {
        Digraph c5 = undirected(5, 0, 1, 1, 2, 2, 3, 3, 4, 4, 0);
        assertThat(read(">>graph6<<Dhc")).isEqualTo(c5);
        assertThat(read("# from geng\n>>graph6<<\n\nDhc\r\n")).isEqualTo(c5);
    }

    @Test
    void readsASingleVertexWithNoAdjacencyBits() {
        assertThat(read("@\n").n()).isEqualTo(1);
    }

    @Test
    void roundTripsRandomGraphsAcrossTheOneAndFourByteOrderForms() {
        Random rnd = new Random(6);
        for (int n : new int[] {2, 7, 62, 63, 100}) {
            boolean[][] r = new boolean[n][n];
            for (int j = 1; j < n; j++)
                for (int i = 0; i < j; i++) r[i][j] = r[j][i] = rnd.nextInt(3) == 0;
            assertThat(read(Nauty6Encoder.graph6(r))).as("n = %d", n).isEqualTo(Digraph.fromMatrix(r));
        }
    }

    @Test
    void aCharacterOutsideTheRangeIsRejectedWithItsColumn() {
        assertThatThrownBy(() -> read("# c\nDh c\n"))
                .isInstanceOfSatisfying(GraphInputException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("g.g6:2: column 3: character 32 is outside graph6's range 63..126");
    }

    @Test
    void aLengthDisagreeingWithTheDeclaredOrderIsRejected() {
        assertThatThrownBy(() -> read("Dh\n")).hasMessageContaining("g.g6:1:")
                .hasMessageContaining("declares n = 5, which needs 2 characters of adjacency bits, but 1 follow");
        assertThatThrownBy(() -> read("Dhc?\n")).hasMessageContaining("g.g6:1:").hasMessageContaining("but 3 follow");
    }

    @Test
    void nonZeroPaddingBitsAreRejected() {
        // n 5 has 10 bits in 2 characters: the last 2 bits of 'c' (100100) are padding; 'd' (100101) sets one.
        assertThatThrownBy(() -> read("Dhd\n")).hasMessageContaining("g.g6:1: column 3: the 2 padding bits are not zero");
    }

    @Test
    void aSecondGraphIsRejectedAtItsLine() {
        assertThatThrownBy(() -> read("Dhc\n\nC~\n"))
                .isInstanceOfSatisfying(GraphInputException.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageContaining("g.g6:3: a second graph");
    }

    @Test
    void otherNautyFormatsAreNamedInTheError() {
        assertThatThrownBy(() -> read("&DI?AO?\n")).hasMessageContaining("g.g6:1:").hasMessageContaining("--format digraph6");
        assertThatThrownBy(() -> read(":Fa@x^\n")).hasMessageContaining("g.g6:1:").hasMessageContaining("sparse6");
        assertThatThrownBy(() -> read(">>digraph6<<&DI?AO?\n")).hasMessageContaining("g.g6:1:")
                .hasMessageContaining("'>>digraph6<<' is not >>graph6<<");
    }

    @Test
    void emptyFilesTruncatedOrdersAndZeroVerticesAreRejected() {
        assertThatThrownBy(() -> read("# nothing\n")).hasMessageContaining("g.g6").hasMessageContaining("empty");
        assertThatThrownBy(() -> read(">>graph6<<\n")).hasMessageContaining("g.g6:1:").hasMessageContaining("no graph");
        assertThatThrownBy(() -> read("~?\n")).hasMessageContaining("g.g6:1:").hasMessageContaining("inside the number of vertices");
        assertThatThrownBy(() -> read("?\n")).hasMessageContaining("g.g6:1:").hasMessageContaining("n = 0");
    }

    @Test
    void theOrderLimitIsCheckedBeforeTheBitsAreRead() {
        // "~~" plus six characters declares n = 2^30 with no bits following: the limit must fire first.
        String huge = "~~" + Nauty6Encoder.order(1L << 30).substring(2);
        assertThatThrownBy(() -> read(huge + "\n")).hasMessageContaining("g.g6:1:")
                .hasMessageContaining("n = 1073741824, more than the 20000 vertices allowed (the limit of the dense formats");
        Path f = write(dir, "c5.g6", "Dhc\n");
        assertThatThrownBy(() -> GraphReaders.read(f, GraphFormat.GRAPH6, new ReadLimits(4, 100)))
                .hasMessageContaining("c5.g6:1:").hasMessageContaining("--max-vertices");
    }
}
