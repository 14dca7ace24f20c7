package org.geneft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReponCommandTest {
    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void integrateReportsTheIssuesKeysAndTheorem2sLimit() throws Exception {
        CliRun r = run("repon", "integrate", "--a2", "0.8", "--c", "0.5", "--eta-a", "1e-3", "--eta-x", "1e-3", "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        JsonNode j = r.json();
        for (String key : List.of("outcome", "C0", "C_drift_rel", "a2_final", "c_final", "a2_limit", "c_limit", "steps"))
            assertThat(j.has(key)).as(key).isTrue();
        assertThat(j.get("outcome").asText()).isEqualTo("collision");
        // C = 0.64/0.002 - 0.25/0.001 = 70; a2 -> sqrt(2e-3 * 70) (integration error ~1e-12 relative).
        assertThat(j.get("C0").asDouble()).isCloseTo(70, within(1e-9));
        assertThat(j.get("a2_final").asDouble()).isCloseTo(Math.sqrt(0.14), within(1e-9));
        assertThat(j.get("C_drift_rel").asDouble()).isLessThan(1e-9);
    }

    @Test
    void integrateCompareReportsTheCentreOfMassDeviation() throws Exception {
        JsonNode target = run("repon", "integrate", "--flow", "compare", "--a2", "1", "--c", "0.5", "--eta-a", "1e-2",
                "--eta-x", "1e-2", "--horizon", "20", "--json").json();
        JsonNode zero = run("repon", "integrate", "--flow", "compare", "--a2", "1", "--c", "0.5", "--eta-a", "1e-2",
                "--eta-x", "1e-2", "--horizon", "20", "--bias", "zero", "--json").json();
        assertThat(target.get("centre_of_mass").asDouble()).isLessThan(1e-12);
        assertThat(zero.get("centre_of_mass").asDouble()).isGreaterThan(1e-3);
        assertThat(target.get("M_drift_rel").asDouble()).isLessThan(1e-9);
    }

    @Test
    void probabilityReportsTheIssuesKeysAndIsReproducibleBySeed() throws Exception {
        JsonNode a = run("repon", "probability", "--ratio", "0.1", "--samples", "400", "--seed", "3", "--json").json();
        JsonNode b = run("repon", "probability", "--ratio", "0.1", "--samples", "400", "--seed", "3", "--sequential", "--json").json();
        for (String key : List.of("p_mc", "stderr", "p_theory", "z", "samples"))
            assertThat(a.has(key)).as(key).isTrue();
        assertThat(a.get("p_mc").asDouble()).isEqualTo(b.get("p_mc").asDouble());
        assertThat(a.get("samples").asInt()).isEqualTo(400);
        assertThat(a.get("p_theory").asDouble()).isCloseTo(2 / Math.PI * Math.atan(Math.sqrt(0.05)), within(1e-15));
    }

    @Test
    void probabilityWithMultiComparesWithEq13() throws Exception {
        JsonNode j = run("repon", "probability", "--multi", "4", "--ratio", "1", "--samples", "200", "--eta-a", "1e-2", "--json").json();
        assertThat(j.get("theory").asText()).isEqualTo("Eq. 13");
        assertThat(j.get("p_theory").asDouble()).isCloseTo(2 / Math.PI * Math.atan(Math.sqrt(1 / (4 / 1.25))), within(1e-15));
    }

    @Test
    void portraitWritesGridTrajectoriesAndSeparatrix() throws Exception {
        Path f = dir.resolve("portrait.csv");
        CliRun r = run("repon", "portrait", "--csv", f.toString(), "--grid", "5", "--trajectories", "2", "--points", "3");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        List<String> lines = Files.readAllLines(f);
        assertThat(lines.get(0)).isEqualTo("kind,id,t,a2,c,outcome,C");
        assertThat(lines).filteredOn(l -> l.startsWith("grid,")).hasSize(25);
        assertThat(lines).filteredOn(l -> l.startsWith("trajectory,")).hasSize(2 * 4);
        assertThat(lines).filteredOn(l -> l.startsWith("separatrix,")).hasSize(10);
        // Corner (2, -2) at equal rates: C = 4/0.002 - 4/0.001 < 0: no collision; (2, 0) has c = 0: collision.
        assertThat(lines).contains("grid,,0,2.0,-2.0,no-collision,-2000.0");
        assertThat(lines).anyMatch(l -> l.startsWith("grid,,0,2.0,0.0,collision"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "repon integrate --a2 1 --c 1 --eta-a 0|--eta-a",
        "repon integrate --a2 1 --c 1 --eta-x -1|--eta-x",
        "repon integrate --a2 NaN --c 1|--a2",
        "repon integrate --a2 1 --c 1 --flow nope|--flow",
        "repon probability --sigma-a 0|--sigma-a",
        "repon probability --sigma-c -2|--sigma-c",
        "repon probability --samples 0|--samples",
        "repon probability --ratio NaN|--ratio",
        "repon probability --eta-a NaN|--eta-a",
        "repon probability --multi -1|--multi",
        "repon portrait --csv x.csv --grid 1|--grid",
    })
    void badParametersExitWithCode2NamingTheOption(String args, String option) {
        CliRun r = run(args.split(" "));
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains(option);
    }
}
