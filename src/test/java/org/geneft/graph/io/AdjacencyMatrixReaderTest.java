package org.geneft.graph.io;

import org.geneft.graph.Digraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.geneft.graph.io.GraphFiles.write;

class AdjacencyMatrixReaderTest {
    @TempDir
    Path dir;

    private Digraph read(Path f) { return GraphReaders.read(f, GraphFormat.MATRIX, ReadLimits.DEFAULT); }

    @Test
    void roundTripsTheSameGraphAsDigraphFromMatrix() {
        boolean[][] r = {{false, true, false}, {false, true, true}, {true, false, false}};
        Path f = write(dir, "r.mat", "# 3-cycle with a loop at 1\n0 1 0\n0\t1  1   # row 1\n\n1 0 0\n");
        Digraph g = read(f);
        assertThat(g).isEqualTo(Digraph.fromMatrix(r));
        assertThat(g.hasVertexNames()).isFalse();
        assertThat(g.loopCount()).isEqualTo(1);
    }

    @Test
    void aOneByOneMatrixIsASingleVertex() {
        Digraph g = read(write(dir, "one.mat", "0\n"));
        assertThat(g.n()).isEqualTo(1);
        assertThat(g.arcCount()).isZero();
    }

    @Test
    void aTokenOtherThanZeroOrOneIsRejectedWithLineAndField() {
        assertThatThrownBy(() -> read(write(dir, "two.mat", "0 1\n1 2\n")))
                .isInstanceOfSatisfying(GraphInputException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("two.mat:2: field 2: expected 0 or 1, found '2'");
    }

    @Test
    void aShortRowIsRejectedAtTheMissingField() {
        assertThatThrownBy(() -> read(write(dir, "short.mat", "0 1 0\n0 1\n1 0 0\n")))
                .hasMessageContaining("short.mat:2: field 3").hasMessageContaining("has 2 entries");
    }

    @Test
    void aLongRowIsRejectedAtTheExtraField() {
        assertThatThrownBy(() -> read(write(dir, "long.mat", "0 1\n1 0 1\n")))
                .hasMessageContaining("long.mat:2: field 3").hasMessageContaining("more than 2 entries");
    }

    @Test
    void tooManyRowsIsNotSquare() {
        assertThatThrownBy(() -> read(write(dir, "tall.mat", "0 1\n1 0\n# c\n1 1\n")))
                .hasMessageContaining("tall.mat:4:").hasMessageContaining("one too many");
    }

    @Test
    void tooFewRowsIsNotSquareReportedAtTheLastLine() {
        assertThatThrownBy(() -> read(write(dir, "wide.mat", "0 1 1\n1 0 1\n")))
                .hasMessageContaining("wide.mat:2:").hasMessageContaining("not square");
    }

    @Test
    void aMatrixWithoutRowsIsAnEmptyGraph() {
        assertThatThrownBy(() -> read(write(dir, "none.mat", "# nothing\n")))
                .isInstanceOf(GraphInputException.class).hasMessageContaining("none.mat").hasMessageContaining("empty");
    }

    @Test
    void theOrderLimitIsCheckedOnTheFirstRowAndTheSmallerLimitBinds() {
        Path f = write(dir, "lim.mat", "# 3x3\n0 0 0\n0 0 0\n0 0 0\n");
        assertThatThrownBy(() -> GraphReaders.read(f, GraphFormat.MATRIX, new ReadLimits(100, 2)))
                .hasMessageContaining("lim.mat:2:").hasMessageContaining("the limit of the dense formats")
                .hasMessageNotContaining("ReadLimits");
        assertThatThrownBy(() -> GraphReaders.read(f, GraphFormat.MATRIX, new ReadLimits(2, 100)))
                .hasMessageContaining("lim.mat:2:").hasMessageContaining("--max-vertices");
        assertThat(GraphReaders.read(f, GraphFormat.MATRIX, new ReadLimits(3, 3)).n()).isEqualTo(3);
    }
}
