package org.geneft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import static org.assertj.core.api.Assertions.within;

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
        // Another format or limit than the guess: not taken, so GraphSource reads the file itself, and the
        // guess is dropped.
        assertThat(GraphPrefetch.take(kg, GraphFormat.EDGELIST, GraphSource.limits(GraphSource.DEFAULT_MAX_VERTICES))).isNull();
        assertThat(GraphPrefetch.take(kg, GraphFormat.TRIPLES, GraphSource.limits(GraphSource.DEFAULT_MAX_VERTICES))).isNull();
        GraphPrefetch.start(List.of(kg.toString(), "--format", "triples"));
        assertThat(GraphPrefetch.take(kg, GraphFormat.TRIPLES, GraphSource.limits(5))).isNull();
        GraphPrefetch.start(List.of(kg.toString(), "--format", "triples"));
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
    void theCommandWithTheFileReadAheadAnswersAsWithout() throws Exception {
        // A knowledge graph with an inverse label, leaves, twins and two isomorphic components.
        StringBuilder triples = new StringBuilder();
        for (String c : List.of("x", "y")) {
            triples.append(c).append("a\tr\t").append(c).append("b\n").append(c).append("b\tinv\t").append(c).append("a\n");
            for (String leaf : List.of("1", "2", "3")) triples.append(c).append("b\ts\t").append(c).append(leaf).append('\n');
        }
        Path kg = write("kg.tsv", triples.toString());
        String[] args = {"bounds", kg.toString(), "--format", "triples", "--json"};
        // main, in a child JVM, reads ahead (it exits through System.exit); CliRun parses first, then reads.
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss16m",
                "-cp", System.getProperty("java.class.path"), GeneftCommand.class.getName());
        Process child = new ProcessBuilder(concat(command, args)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        JsonNode ahead = Json.mapper().readTree(child.getInputStream().readAllBytes());
        assertThat(child.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
        JsonNode inTurn = CliRun.of(args).json();
        for (JsonNode o : List.of(ahead, inTurn)) ((ObjectNode) o).remove("aut_seconds");
        assertThat(ahead).isEqualTo(inTurn);
        // 2 components, each: leaves 3! (and the inverse label dropped): log2(2 * 6 * 6).
        assertThat(ahead.get("log2_aut").asDouble()).isCloseTo(Math.log(72) / Math.log(2), within(1e-9));
    }

    private static List<String> concat(List<String> a, String[] b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(List.of(b));
        return all;
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
