package org.geneft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** geneft verify --paper grokking: the second paper's report on the shared engine. */
class VerifyGrokkingTest {

    @Test
    void smokeWritesTheGrokkingReportWithVerdictsOnAtLeastFifteenClaims(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("grok");
        CliRun r = CliRun.of("verify", "--paper", "grokking", "--budget", "smoke", "--no-pdf", "--out", out.toString(),
                "--runs", dir.resolve("runs").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        // The toy model's runs were stored as they finished: the smoke budget's three, on the authors' draws by default.
        assertThat(Files.readAllLines(dir.resolve("runs/grokking-smoke-authors/toy-runs.jsonl"))).hasSize(3)
                .allSatisfy(l -> assertThat(l).contains("\"draw\":\"AUTHORS\""));
        assertThat(r.out()).contains("geneft verify --paper grokking (budget smoke", "refuted: linear-dynamics/flow-is-linear");
        assertThat(out.resolve("data").toFile().list()).contains("grok-fig4a.csv", "grok-fig4c.csv", "grok-fig5a.csv",
                "grok-critical-by-p.csv", "grok-fig3.csv");
        String tex = Files.readString(out.resolve("report.tex"));
        assertThat(tex).contains("Towards Understanding Grokking", "\\label{sec:grok-fig4a}", "data/grok-fig5a.csv",
                "\\label{deriv:linear-dynamics}");

        JsonNode v = Json.mapper().readTree(out.resolve("verdicts.json").toFile());
        assertThat(v.get("paper").asText()).isEqualTo("grokking");
        List<String> ids = new ArrayList<>();
        int decided = 0;
        for (JsonNode c : v.get("claims")) {
            ids.add(c.get("id").asText());
            assertThat(c.get("section").asText()).isNotBlank();
            if (!c.get("verdict").asText().startsWith("not checked")) decided++;
            else assertThat(c.get("evidence").asText()).startsWith("Not checked");
        }
        assertThat(decided).isGreaterThanOrEqualTo(15);
        assertThat(ids).doesNotHaveDuplicates().contains("grok-fig4a-critical-fraction", "grok-fig5a-increasing",
                "grok-eq9-trajectories", "effective-loss/scale-conserved", "grok-transformer-grokking", "grok-fig3-predicted-accuracy");
        // The smoke budget's toy runs are too few and too short to support a verdict: they say so.
        for (JsonNode c : v.get("claims"))
            if (c.get("method").asText().equals("empirical"))
                assertThat(c.get("verdict").asText()).as(c.get("id").asText()).isEqualTo("not checked at this budget");
        // Every exact and numeric check names its protocol; GenEFT's protocols are not there.
        for (JsonNode c : v.get("claims"))
            if (c.get("id").asText().startsWith("grok-") && c.has("protocol"))
                assertThat(v.get("protocols").has(c.get("protocol").asText())).isTrue();
            else if (c.get("id").asText().startsWith("grok-"))
                assertThat(c.get("verdict").asText()).as(c.get("id").asText()).isEqualTo("not checked at this budget");
        assertThat(v.get("protocols").has("fig5")).isFalse();
        for (JsonNode f : v.get("findings")) assertThat(f.get("part").asText()).isNotBlank();
    }

    @Test
    void anUnknownPaperIsBadInput(@TempDir Path dir) {
        CliRun r = CliRun.of("verify", "--paper", "hopfield", "--out", dir.resolve("x").toString());
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("--paper", "hopfield");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void genEftOnlyOptionsAreRefusedForTheGrokkingPaperBeforeAnyWork(@TempDir Path dir) throws Exception {
        Path graph = Files.writeString(dir.resolve("g.tsv"), "a\tr\tb\n");
        CliRun r = CliRun.of("verify", "--paper", "grokking", "--graph", graph.toString(), "--out", dir.resolve("x").toString());
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("--graph", "--paper grokking");
        CliRun all = CliRun.of("verify", "--paper", "all", "--proofs", dir.toString(), "--out", dir.resolve("y").toString());
        assertThat(all.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(all.err()).contains("--proofs");
        assertThat(dir.toFile().list()).containsExactly("g.tsv");
    }
}
