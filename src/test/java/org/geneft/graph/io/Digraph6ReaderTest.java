package org.geneft.graph.io;

import org.geneft.graph.Digraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.geneft.graph.io.GraphFiles.write;

class Digraph6ReaderTest {
    @TempDir
    Path dir;

    private Digraph read(String content) {
        return GraphReaders.read(write(dir, "d.d6", content), GraphFormat.DIGRAPH6, ReadLimits.DEFAULT);
    }

    private static Digraph arcs(int n, int... pairs) {
        boolean[][] r = new boolean[n][n];
        for (int k = 0; k < pairs.length; k += 2) r[pairs[k]][pairs[k + 1]] = true;
        return Digraph.fromMatrix(r);
    }

    @Test
    void readsNautysFormatsTxtExample() {
        // formats.txt: n = 5 with arcs 0->2, 0->4, 3->1, 3->4 is "&DI?AO?".
        assertThat(read("&DI?AO?\n")).isEqualTo(arcs(5, 0, 2, 0, 4, 3, 1, 3, 4));
    }

    @Test
    void readsADirectedTriangleWithALoopConstructedByHand() {
        // Arcs 0->1, 1->1 (loop), 1->2, 2->0 on n = 3: 'B' = 3 + 63.
        // Rows 010 011 100 -> bits 010011 100(000 padding) -> 19, 32 -> 'R' (82), '_' (95).
        // nauty-amtog -z agrees: "&BR_".
        Digraph g = read(">>digraph6<<&BR_\n");
        assertThat(g).isEqualTo(arcs(3, 0, 1, 1, 1, 1, 2, 2, 0));
        assertThat(g.loopCount()).isEqualTo(1);
    }

    @Test
    void roundTripsRandomDigraphsWithLoops() {
        Random rnd = new Random(66);
        for (int n : new int[] {1, 2, 5, 63, 70}) {
            boolean[][] r = new boolean[n][n];
            for (boolean[] row : r)
                for (int j = 0; j < n; j++) row[j] = rnd.nextInt(4) == 0;
            assertThat(read(Nauty6Encoder.digraph6(r))).as("n = %d", n).isEqualTo(Digraph.fromMatrix(r));
        }
    }

    @Test
    void aMissingAmpersandPointsToGraph6() {
        assertThatThrownBy(() -> read("Dhc\n")).hasMessageContaining("d.d6:1:").hasMessageContaining("--format graph6");
    }

    @Test
    void lengthPaddingAndRangeAreCheckedAsForGraph6() {
        assertThatThrownBy(() -> read("&DI?AO\n")).hasMessageContaining("d.d6:1:").hasMessageContaining("but 4 follow");
        // 25 bits in 5 characters: the last character's 5 low bits are padding; '@' = 1 sets one.
        assertThatThrownBy(() -> read("&DI?AO@\n")).hasMessageContaining("d.d6:1: column 7: the 5 padding bits");
        assertThatThrownBy(() -> read("\n&DI?A\u007FO?\n")).hasMessageContaining("d.d6:2: column 6: character 127");
    }

    @Test
    void aSecondGraphIsRejected() {
        assertThatThrownBy(() -> read("&BR_\n&BR_\n")).hasMessageContaining("d.d6:2: a second graph");
    }

    @Test
    void theOrderLimitApplies() {
        assertThatThrownBy(() -> GraphReaders.read(write(dir, "big.d6", "&DI?AO?\n"), GraphFormat.DIGRAPH6,
                new ReadLimits(100, 4))).hasMessageContaining("big.d6:1:").hasMessageContaining("n = 5, more than the 4");
    }
}
