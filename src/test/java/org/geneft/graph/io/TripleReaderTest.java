package org.geneft.graph.io;

import org.geneft.graph.Digraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.geneft.graph.io.GraphFiles.arcs;
import static org.geneft.graph.io.GraphFiles.write;

class TripleReaderTest {
    @TempDir
    Path dir;

    private Digraph read(Path f) { return GraphReaders.read(f, GraphFormat.TRIPLES, ReadLimits.DEFAULT); }

    @Test
    void roundTripsWn18rrStyleTriplesWithRelationsAsLabels() {
        Path f = write(dir, "train.tsv", """
                00260881\t_hypernym\t00260622
                01332730\t_derivationally_related_form\t03082979
                00260622\t_hypernym\t00260881
                """);
        Digraph g = read(f);
        assertThat(g.n()).isEqualTo(4);
        assertThat(g.labelNames()).containsExactly("_hypernym", "_derivationally_related_form");
        assertThat(arcs(g)).containsExactlyInAnyOrder(
                "00260881-_hypernym>00260622",
                "01332730-_derivationally_related_form>03082979",
                "00260622-_hypernym>00260881");
    }

    @Test
    void keepsFb15kNamesWithSlashesAndSpacesAndToleratesCarriageReturns() {
        Path f = write(dir, "fb.tsv", "/m/027rn\t/location/country/form_of_government\t/m/06cx9\r\n"
                + "New York\t/people/place_lived\t/m/027rn\r\n");
        Digraph g = read(f);
        assertThat(arcs(g)).containsExactlyInAnyOrder(
                "/m/027rn-/location/country/form_of_government>/m/06cx9",
                "New York-/people/place_lived>/m/027rn");
    }

    @Test
    void theSameArcUnderTwoRelationsIsTwoArcs() {
        Digraph g = read(write(dir, "two.tsv", "a\tr\tb\na\ts\tb\na\tr\tb\n"));
        assertThat(g.arcCount()).isEqualTo(2);
        assertThat(g.hasArc(0, 1, 0)).isTrue();
        assertThat(g.hasArc(0, 1, 1)).isTrue();
    }

    @Test
    void commentsAndBlankLinesAreSkipped() {
        Digraph g = read(write(dir, "c.tsv", "# WN18RR sample\n\na\tr\tb\t# trailing note\n"));
        assertThat(arcs(g)).containsExactly("a>b"); // one relation: unlabelled rendering
        assertThat(g.labelNames()).containsExactly("r");
    }

    @Test
    void aHashInsideAFieldIsData() {
        // Issue 22: "Room #9" and "Room #10" were both cut to "Room"; issue 18: WordNet's holonym pointers and IRIs.
        Digraph g = read(write(dir, "h.tsv", "a\tr\tRoom #9\nb\tr\tRoom #10\n00001\t#m\t00002\n"
                + "<http://e.org/o#Cat>\t<http://e.org/o#is>\t<http://e.org/o#Animal>\t# a trailing comment\n"));
        assertThat(g.n()).isEqualTo(8);
        assertThat(g.labelNames()).containsExactlyInAnyOrder("r", "#m", "<http://e.org/o#is>");
    }

    @Test
    void aFileWithoutTabsIsWhitespaceSeparated() {
        Digraph g = read(write(dir, "ws.triples", "# dump\na  r   b\nb r c # note\nc r d\n"));
        assertThat(g.n()).isEqualTo(4);
        assertThat(g.labelNames()).containsExactly("r");
        assertThatThrownBy(() -> read(write(dir, "ws4.triples", "a r b\nMary Ann r b\n")))
                .isInstanceOfSatisfying(GraphInputException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("found more");
        assertThatThrownBy(() -> read(write(dir, "ws2.triples", "a r b\nc d\n"))).hasMessageContaining("found 2");
    }

    @Test
    void spaceSeparatedTriplesAreRejectedNamingTheLine() {
        assertThatThrownBy(() -> read(write(dir, "spaces.tsv", "a\tr\tb\nc r d\n")))
                .isInstanceOfSatisfying(GraphInputException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("spaces.tsv:2:")
                .hasMessageContaining("expected 3 tab-separated fields")
                .hasMessageContaining("found 1");
    }

    @Test
    void aFourthFieldIsRejected() {
        assertThatThrownBy(() -> read(write(dir, "four.tsv", "a\tr\tb\t0.9\n")))
                .hasMessageContaining("four.tsv:1:").hasMessageContaining("found 4");
    }

    @Test
    void anEmptyFieldIsRejectedNamingIt() {
        assertThatThrownBy(() -> read(write(dir, "hole.tsv", "a\tr\tb\na\t \tb\n")))
                .hasMessageContaining("hole.tsv:2: field 2: the relation is empty");
    }

    @Test
    void aFileWithoutTriplesIsAnEmptyGraph() {
        assertThatThrownBy(() -> read(write(dir, "none.tsv", "# header only\n")))
                .isInstanceOf(GraphInputException.class).hasMessageContaining("none.tsv").hasMessageContaining("empty");
    }

    @Test
    void theVertexLimitIsEnforcedAtTheTailField() {
        Path f = write(dir, "lim.tsv", "a\tr\tb\nb\tr\tc\n");
        assertThatThrownBy(() -> GraphReaders.read(f, GraphFormat.TRIPLES, new ReadLimits(2, 10)))
                .hasMessageContaining("lim.tsv:2: field 3").hasMessageContaining("more than 2 vertices");
    }
}
