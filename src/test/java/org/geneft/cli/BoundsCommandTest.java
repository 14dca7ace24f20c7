package org.geneft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.geneft.testing.ExactIntegers.factorial;
import static org.geneft.testing.ExactIntegers.log2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BoundsCommandTest {

    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void modThreeReportsTheExactDescriptionLengthOfItsIsomorphismClass() throws Exception {
        CliRun r = run("bounds", "--relation", "mod:3", "--n", "30", "--json");
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        JsonNode j = r.json();
        // b = log2(30! / (3! (10!)^3)), computed here with exact integers.
        BigInteger classes = factorial(30).divide(factorial(3).multiply(factorial(10).pow(3)));
        assertThat(j.get("b_bits").asDouble()).isCloseTo(log2(classes), within(1e-9));
        assertThat(j.get("properties").get("class").get("kind").asText()).isEqualTo("equivalence");
        assertThat(j.get("p_star").asDouble()).isCloseTo(1.0 / 3, within(1e-15));
        // Each class is a set of true twins, and then the three class vertices are twins: no search is left.
        assertThat(j.get("engine").asText()).isEqualTo("reduced");
        JsonNode reduction = j.get("reduction");
        assertThat(reduction.get("twins_log2").asDouble())
                .isCloseTo(log2(factorial(3).multiply(factorial(10).pow(3))), within(1e-9));
        assertThat(reduction.get("vertices_before").asInt()).isEqualTo(30);
        assertThat(reduction.get("vertices_after").asInt()).isZero();
        assertThat(reduction.get("search_engine").asText()).isEqualTo("none");
    }

    @Test
    void aSearchPastMaxMemoryExitsWithTwoAndNamesTheOption() {
        CliRun r = run("bounds", "--relation", "gt", "--n", "12", "--max-memory", "1k", "--json");
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("memory budget").contains("raise --max-memory");
        assertThat(run("bounds", "--relation", "gt", "--n", "12", "--max-memory", "lots").exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("bounds", "--relation", "gt", "--n", "12", "--max-memory", "64m", "--json").exit()).isEqualTo(ExitCode.OK);
    }

    @Test
    void everyLabelEncodingGivesTheSameGroupAndAnUnknownOneIsRefused() throws Exception {
        // A directed 4-cycle labelled a,b,a,b: only the rotation by two keeps labels and directions (order 2).
        Path kg = dir.resolve("kg.tsv");
        java.nio.file.Files.writeString(kg, "x\ta\ty\ny\tb\tz\nz\ta\tw\nw\tb\tx\n");
        JsonNode sub = run("bounds", kg.toString(), "--json", "--engine", "traces-unreduced", "--label-encoding", "subdivision").json();
        JsonNode split = run("bounds", kg.toString(), "--json", "--engine", "traces-unreduced").json();
        JsonNode layered = run("bounds", kg.toString(), "--json", "--engine", "traces-unreduced", "--label-encoding", "layered").json();
        assertThat(sub.get("engine").asText()).endsWith("+subdivided-labels");
        assertThat(layered.get("engine").asText()).endsWith("+layered-labels");
        assertThat(sub.get("aut_exact").asText()).isEqualTo("2");
        assertThat(layered.get("aut_exact").asText()).isEqualTo(sub.get("aut_exact").asText());
        assertThat(split.get("engine").asText()).endsWith("+split-labels");
        assertThat(split.get("aut_exact").asText()).isEqualTo(sub.get("aut_exact").asText());
        CliRun bad = run("bounds", kg.toString(), "--label-encoding", "per-bit");
        assertThat(bad.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err()).contains("--label-encoding").contains("per-bit");
    }

    @Test
    void theUnreducedEngineStillSearchesTheWholeGraph() throws Exception {
        JsonNode j = run("bounds", "--relation", "mod:3", "--n", "30", "--json", "--engine", "traces-unreduced").json();
        assertThat(j.get("engine").asText()).isEqualTo("traces/undirected");
        assertThat(j.get("reduction").isNull()).isTrue();
        BigInteger aut = factorial(3).multiply(factorial(10).pow(3));
        assertThat(j.get("log2_aut").asDouble()).isCloseTo(log2(aut), within(1e-9));
    }

    @Test
    void jsonCarriesEveryKeyTheUsersScriptsRelyOn() throws Exception {
        JsonNode j = run("bounds", "--relation", "gt", "--n", "12", "--json", "--alpha", "0.9", "--alpha", "0.99",
                "--monte-carlo", "--samplings", "2", "--fractions", "0.2,0.6").json();
        for (String key : List.of("n", "arcs", "loops", "properties", "log2_aut", "log10_aut", "b_bits", "b_table2_bits",
                "p_star", "p_c", "transition_fraction", "f_ub", "monte_carlo", "aut_seconds", "engine"))
            assertThat(j.has(key)).as(key).isTrue();
        assertThat(j.get("p_c").has("0.9")).isTrue();
        assertThat(j.get("p_c").has("0.99")).isTrue();
        assertThat(j.get("f_ub")).hasSize(2);
        assertThat(j.get("monte_carlo")).hasSize(2);
        assertThat(j.get("monte_carlo").get(0).get("samplings").asInt()).isEqualTo(2);
    }

    @Test
    void aGraphWithNoClassHasNoTable2EstimateAndRejectsMonteCarlo() throws Exception {
        Path f = dir.resolve("path.edges");
        Files.writeString(f, "a b\nb a\nb c\n"); // neither symmetric, antisymmetric nor reflexive
        JsonNode j = run("bounds", f.toString(), "--json").json();
        assertThat(j.get("b_table2_bits").isNull()).isTrue();
        assertThat(j.get("p_star_source").asText()).contains("density");
        CliRun mc = run("bounds", f.toString(), "--monte-carlo");
        assertThat(mc.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(mc.err()).contains("--monte-carlo needs");
    }

    @Test
    void aLabelledKnowledgeGraphCountsOneLabelledPairPerTriple() throws Exception {
        Path f = dir.resolve("kg.tsv");
        Files.writeString(f, "a\tlikes\tb\nb\tlikes\tc\na\tknows\tc\n");
        JsonNode j = run("bounds", f.toString(), "--json").json();
        assertThat(j.get("labels").asInt()).isEqualTo(2);
        assertThat(j.get("N").asDouble()).isEqualTo(2 * 9.0);
        assertThat(j.get("engine").asText()).contains("split-labels");
    }

    @Test
    void csvHoldsOneRowPerFractionWithTheMonteCarloColumns() throws Exception {
        Path csv = dir.resolve("curve.csv");
        CliRun r = run("bounds", "--relation", "bipartite:3", "--n", "9", "--monte-carlo", "--samplings", "3",
                "--fractions", "0.1,0.5,0.9", "--csv", csv.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("fraction,m,f_eq3,f_ub_eq5,transition_fraction,mc_bound,mc_stderr,exact_bayes,exact_bayes_stderr");
        assertThat(lines.get(3)).startsWith("0.9,");
    }

    @Test
    void malformedInputExitsTwoWithFileAndLineAndWritesNoOutput() throws Exception {
        Path f = dir.resolve("bad.edges");
        Files.writeString(f, "a b\n# comment\nc\n");
        Path csv = dir.resolve("out.csv");
        CliRun r = run("bounds", f.toString(), "--csv", csv.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("bad.edges:3");
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(csv).doesNotExist();
    }

    @Test
    void nonsenseOptionsExitTwoNamingTheOption() {
        assertThat(run("bounds", "--relation", "gt", "--alpha", "1").err()).contains("--alpha");
        assertThat(run("bounds", "--relation", "gt", "--fractions", "0,0.5").err()).contains("--fractions");
        assertThat(run("bounds", "--relation", "gt", "--samplings", "-3").err()).contains("--samplings");
        assertThat(run("bounds", "--relation", "generic").exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("bounds").err()).contains("either a graph FILE or --relation");
        assertThat(run("bounds", "--relation", "gt", "--n", "0").exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("bounds", "--relation", "gt", "--engine", "saucy").err()).contains("--engine");
    }

    @Test
    void bruteForceAndNautyEnginesAgreeThroughTheCommandLine() throws Exception {
        double traces = run("bounds", "--relation", "bipartite:3", "--n", "7", "--json").json().get("log2_aut").asDouble();
        double nauty = run("bounds", "--relation", "bipartite:3", "--n", "7", "--json", "--engine", "nauty").json().get("log2_aut").asDouble();
        for (String engine : new String[] {"bliss", "bliss-unreduced", "traces"})
            assertThat(run("bounds", "--relation", "bipartite:3", "--n", "7", "--json", "--engine", engine).json()
                    .get("log2_aut").asDouble()).as(engine).isEqualTo(traces);
        double brute = run("bounds", "--relation", "bipartite:3", "--n", "7", "--json", "--engine", "brute").json().get("log2_aut").asDouble();
        double exact = log2(factorial(3).multiply(factorial(4)));
        assertThat(traces).isCloseTo(exact, within(1e-9));
        assertThat(nauty).isCloseTo(exact, within(1e-9));
        assertThat(brute).isCloseTo(exact, within(1e-9));
    }


}
