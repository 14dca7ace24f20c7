package org.geneft.graph.io;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphFormatTest {
    @Test
    void parsesEachFormatWordIgnoringCase() {
        assertThat(GraphFormat.parse("edgelist")).isEqualTo(GraphFormat.EDGELIST);
        assertThat(GraphFormat.parse("Triples")).isEqualTo(GraphFormat.TRIPLES);
        assertThat(GraphFormat.parse("MATRIX")).isEqualTo(GraphFormat.MATRIX);
        assertThat(GraphFormat.parse(" graph6 ")).isEqualTo(GraphFormat.GRAPH6);
        assertThat(GraphFormat.parse("digraph6")).isEqualTo(GraphFormat.DIGRAPH6);
    }

    @Test
    void aBadWordIsRejectedNamingTheAcceptedOnes() {
        assertThatThrownBy(() -> GraphFormat.parse("csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'csv'")
                .hasMessageContaining("edgelist|triples|matrix|graph6|digraph6");
    }

    @Test
    void detectsTheFormatFromTheExtension() {
        assertThat(GraphFormat.detect(Path.of("a/karate.edges"))).isEqualTo(GraphFormat.EDGELIST);
        assertThat(GraphFormat.detect(Path.of("g.edgelist"))).isEqualTo(GraphFormat.EDGELIST);
        assertThat(GraphFormat.detect(Path.of("g.EL"))).isEqualTo(GraphFormat.EDGELIST);
        assertThat(GraphFormat.detect(Path.of("train.tsv"))).isEqualTo(GraphFormat.TRIPLES);
        assertThat(GraphFormat.detect(Path.of("kg.triples"))).isEqualTo(GraphFormat.TRIPLES);
        assertThat(GraphFormat.detect(Path.of("r.mat"))).isEqualTo(GraphFormat.MATRIX);
        assertThat(GraphFormat.detect(Path.of("r.matrix"))).isEqualTo(GraphFormat.MATRIX);
        assertThat(GraphFormat.detect(Path.of("r.adj"))).isEqualTo(GraphFormat.MATRIX);
        assertThat(GraphFormat.detect(Path.of("c5.g6"))).isEqualTo(GraphFormat.GRAPH6);
        assertThat(GraphFormat.detect(Path.of("t.d6"))).isEqualTo(GraphFormat.DIGRAPH6);
    }

    @Test
    void anUnknownOrAmbiguousExtensionAsksForFormat() {
        for (String name : new String[] {"train.txt", "graph.xyz", "README"})
            assertThatThrownBy(() -> GraphFormat.detect(Path.of(name)))
                    .isInstanceOf(GraphInputException.class)
                    .hasMessageContaining(name)
                    .hasMessageContaining("--format edgelist|triples|matrix|graph6|digraph6");
    }

    @Test
    void readLimitsRejectNonPositiveValues() {
        assertThatThrownBy(() -> new ReadLimits(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadLimits(10, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ReadLimits.DEFAULT.maxVertices()).isEqualTo(50_000_000);
        assertThat(ReadLimits.DEFAULT.maxMatrixOrder()).isEqualTo(20_000);
    }
}
