package org.geneft.cli;

import org.geneft.aut.BruteForceAutomorphisms;
import org.geneft.aut.ReducedSearch;
import org.geneft.aut.ReducingAutomorphisms;
import org.geneft.graph.Digraph;
import org.geneft.graph.io.GraphFormat;
import org.geneft.graph.io.GraphInputException;
import org.geneft.graph.io.GraphReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading ahead changes nothing: the same graph or the same error, and only for the file the options name. */
class GraphPrefetchTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void guessesTheOneExistingFileWithItsFormatAndLimit() throws IOException {
        Path kg = write("kg.tsv", "a\tr\tb\n");
        String f = kg.toString();
        assertThat(GraphPrefetch.guess(List.of(f, "--format", "triples", "--json"))).isNotNull();
        assertThat(GraphPrefetch.guess(List.of("--format=triples", "--max-vertices=10", f))).isNotNull();
        // No file, a missing file, two files, a nonsense format or limit: no guess, and picocli or GraphSource
        // reports the problem as it would have.
        assertThat(GraphPrefetch.guess(List.of("--relation", "mod:3"))).isNull();
        assertThat(GraphPrefetch.guess(List.of(dir.resolve("missing.tsv").toString()))).isNull();
        assertThat(GraphPrefetch.guess(List.of(f, "--csv", write("old.csv", "x").toString()))).isNull();
        assertThat(GraphPrefetch.guess(List.of(f, "--format", "nonsense"))).isNull();
        assertThat(GraphPrefetch.guess(List.of(f, "--max-vertices", "0"))).isNull();
        assertThat(GraphPrefetch.guess(List.of(f, "--max-vertices", "many"))).isNull();
    }

    @Test
    void theGraphReadAheadIsTheGraphReadInTurn() throws IOException {
        Path kg = write("kg.tsv", "a\tr\tb\nb\ts\tc\nc\tr\ta\n");
        GraphPrefetch.start(List.of(kg.toString(), "--format", "triples"));
        Digraph direct = GraphReaders.read(kg, GraphFormat.TRIPLES, GraphSource.limits(GraphSource.DEFAULT_MAX_VERTICES));
        // Another format or limit than the guess: not taken, so GraphSource reads the file itself.
        assertThat(GraphPrefetch.take(kg, GraphFormat.EDGELIST, GraphSource.limits(GraphSource.DEFAULT_MAX_VERTICES))).isNull();
        assertThat(GraphPrefetch.take(kg, GraphFormat.TRIPLES, GraphSource.limits(5))).isNull();
        Digraph ahead = GraphPrefetch.take(kg, GraphFormat.TRIPLES, GraphSource.limits(GraphSource.DEFAULT_MAX_VERTICES));
        assertThat(ahead).isNotNull().isEqualTo(direct);
        assertThat(ahead.vertexName(0)).isEqualTo(direct.vertexName(0));
        // Taken once: a second load reads again.
        assertThat(GraphPrefetch.take(kg, GraphFormat.TRIPLES, GraphSource.limits(GraphSource.DEFAULT_MAX_VERTICES))).isNull();
    }

    @Test
    void theReductionsMadeAheadAreTheSearchsOwn() throws IOException {
        // A path with a leaf, twins and an inverse label: every reduction has something to do.
        Path kg = write("kg.tsv", "a\tr\tb\nb\tinv\ta\nb\tr\tc\nb\tr\td\nc\ts\te\nd\ts\te\ne\tr\tf\n");
        GraphPrefetch.start(List.of(kg.toString(), "--format", "triples", "--json"));
        Digraph g = GraphPrefetch.take(kg, GraphFormat.TRIPLES, GraphSource.limits(GraphSource.DEFAULT_MAX_VERTICES));
        assertThat(GraphPrefetch.reduced(GraphReaders.read(kg, GraphFormat.TRIPLES, GraphSource.limits(9)))).as("another graph").isNull();
        ReducingAutomorphisms.Reduced ahead = GraphPrefetch.reduced(g);
        assertThat(ahead).isNotNull();
        assertThat(ahead.graph()).isSameAs(g);
        ReducingAutomorphisms engine = new ReducingAutomorphisms(new BruteForceAutomorphisms());
        ReducedSearch fromAhead = engine.search(ahead), inTurn = engine.search(g);
        assertThat(fromAhead.group().log10Order()).isEqualTo(inTurn.group().log10Order());
        assertThat(fromAhead.group().exactOrder()).isEqualTo(inTurn.group().exactOrder()).isEqualTo(BigInteger.TWO);
        assertThat(fromAhead.group().orbits()).isEqualTo(inTurn.group().orbits());
        assertThat(fromAhead.reduction()).isEqualTo(inTurn.reduction());
    }

    @Test
    void anotherEngineGetsNoReductionsAhead() throws IOException {
        Path kg = write("kg.tsv", "a\tr\tb\nb\tr\tc\n");
        GraphPrefetch.start(List.of(kg.toString(), "--engine", "nauty"));
        Digraph g = GraphPrefetch.take(kg, GraphFormat.TRIPLES, GraphSource.limits(GraphSource.DEFAULT_MAX_VERTICES));
        assertThat(g).isNotNull();
        assertThat(GraphPrefetch.reduced(g)).isNull();
    }

    @Test
    void aBadFileFailsWithTheReadersOwnMessage() throws IOException {
        Path bad = write("bad.tsv", "a\tr\tb\nonly two\tfields\n");
        GraphPrefetch.start(List.of(bad.toString(), "--format", "triples"));
        String expected = null;
        try {
            GraphReaders.read(bad, GraphFormat.TRIPLES, GraphSource.limits(GraphSource.DEFAULT_MAX_VERTICES));
        } catch (GraphInputException e) {
            expected = e.getMessage();
        }
        assertThat(expected).contains("bad.tsv:2:");
        assertThatThrownBy(() -> GraphPrefetch.take(bad, GraphFormat.TRIPLES, GraphSource.limits(GraphSource.DEFAULT_MAX_VERTICES)))
                .isInstanceOf(GraphInputException.class).hasMessage(expected);
    }
}
