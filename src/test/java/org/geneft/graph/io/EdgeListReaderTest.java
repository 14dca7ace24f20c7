package org.geneft.graph.io;

import org.geneft.graph.Digraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.geneft.graph.io.GraphFiles.arcs;
import static org.geneft.graph.io.GraphFiles.write;

class EdgeListReaderTest {
    @TempDir
    Path dir;

    private Digraph read(Path f) { return GraphReaders.read(f, GraphFormat.EDGELIST, ReadLimits.DEFAULT); }

    @Test
    void roundTripsADirectedTriangleWithALoopAndKeepsNames() {
        Path f = write(dir, "t.edges", "# a 3-cycle with a loop\nalice bob\nbob carol\ncarol alice\nbob bob\n");
        Digraph g = read(f);
        assertThat(g.n()).isEqualTo(3);
        assertThat(g.hasVertexNames()).isTrue();
        assertThat(g.isLabelled()).isFalse();
        assertThat(arcs(g)).containsExactlyInAnyOrder("alice>bob", "bob>carol", "carol>alice", "bob>bob");
    }

    @Test
    void numbersVerticesInOrderOfFirstAppearanceNotByValue() {
        Digraph g = read(write(dir, "n.edges", "10 3\n3 7\n"));
        assertThat(g.vertexName(0)).isEqualTo("10");
        assertThat(g.vertexName(1)).isEqualTo("3");
        assertThat(g.vertexName(2)).isEqualTo("7");
        assertThat(g.hasArc(0, 1)).isTrue();
        assertThat(g.hasArc(1, 2)).isTrue();
    }

    @Test
    void acceptsTabsRepeatedBlanksAndTrailingComments() {
        Digraph g = read(write(dir, "w.edges", "  a\t\t b   # why: a knows b\nb\tc#tag\n"));
        // '#' glued to a token is part of the name; only '#' after whitespace starts a comment.
        assertThat(arcs(g)).containsExactlyInAnyOrder("a>b", "b>c#tag");
    }

    @Test
    void duplicateArcsCollapse() {
        assertThat(read(write(dir, "d.edges", "a b\na b\n")).arcCount()).isEqualTo(1);
    }

    @Test
    void aThirdTokenIsAnErrorNamingTheLineAndField() {
        Path f = write(dir, "three.edges", "a b\n# comment\na b 0.5\n");
        assertThatThrownBy(() -> read(f))
                .isInstanceOfSatisfying(GraphInputException.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageContaining("three.edges:3: field 3")
                .hasMessageContaining("found 3 tokens");
    }

    @Test
    void aSingleTokenIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> read(write(dir, "one.edges", "a b\nlonely\n")))
                .hasMessageContaining("one.edges:2:").hasMessageContaining("found one");
    }

    @Test
    void aFileWithOnlyCommentsIsAnEmptyGraph() {
        assertThatThrownBy(() -> read(write(dir, "empty.edges", "# nothing\n\n")))
                .isInstanceOf(GraphInputException.class)
                .hasMessageContaining("empty.edges").hasMessageContaining("empty");
    }

    @Test
    void theVertexLimitStopsReadingAtTheLineThatExceedsIt() {
        Path f = write(dir, "big.edges", "a b\nb c\nc d\n");
        assertThatThrownBy(() -> GraphReaders.read(f, GraphFormat.EDGELIST, new ReadLimits(3, 10)))
                .hasMessageContaining("big.edges:3: field 2")
                .hasMessageContaining("more than 3 vertices");
        assertThat(GraphReaders.read(f, GraphFormat.EDGELIST, new ReadLimits(4, 10)).n()).isEqualTo(4);
    }
}
