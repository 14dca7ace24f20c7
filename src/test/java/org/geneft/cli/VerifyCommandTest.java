package org.geneft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.geneft.experiments.EmpiricalEvidence;
import org.geneft.experiments.FigureSweeps;
import org.geneft.report.PdfText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VerifyCommandTest {

    /**
     * One smoke run (Symja alone takes tens of seconds), checked for its folder, verdicts.json, the PDF's
     * text and the strict exit code. This is what CI runs: the launcher installs LaTeX there.
     */
    @Test
    void smokeWritesTheWholeReportAndStrictModeExitsOneOnARefutedClaim(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("reports/smoke");
        Path runs = dir.resolve("runs");
        CliRun r = CliRun.of("verify", "--budget", "smoke", "--strict", "--out", out.toString(), "--runs", runs.toString());
        // The Sec. III text's n log2(n/2) is refuted as Stirling's approximation, statically and symbolically.
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.REFUTED);
        assertThat(r.out()).contains("report: " + out, "refuted: ", "sec3-total-order-text");
        assertThat(out.resolve("report.tex")).exists();
        assertThat(out.resolve("data").toFile().list()).contains("fig2.csv", "fig4-grid.csv", "fig4-separatrix.csv",
                "fig4-trajectories.csv", "theorem3.csv",
                "fig3.csv", "fig3-bounds.csv", "fig5-phases.csv", "fig5-fit.csv", "fig6.csv", "fig7.csv", "fig8-phases.csv",
                "fig8-boundary.csv");
        // The sweeps keep their runs for a resume, one store per figure under --runs.
        assertThat(runs.resolve("verify-smoke-seed1-float32/fig5/runs.jsonl")).isNotEmptyFile();
        assertThat(dir.resolve("reports").toFile().list()).containsExactly("smoke"); // no temporary left behind

        JsonNode v = Json.mapper().readTree(out.resolve("verdicts.json").toFile());
        assertThat(v.get("budget").asText()).isEqualTo("smoke");
        assertThat(v.get("command").asText()).isEqualTo("geneft verify --budget smoke --strict --out " + out + " --runs " + runs);
        int total = 0;
        for (JsonNode c : v.get("counts")) total += c.asInt();
        assertThat(v.get("claims")).hasSize(total);
        List<String> ids = new ArrayList<>();
        for (JsonNode c : v.get("claims")) {
            ids.add(c.get("id").asText());
            assertThat(c.get("section").asText()).as(c.get("id").asText()).isNotBlank();
        }
        assertThat(ids).doesNotHaveDuplicates().contains("aut-complete-bipartite", "table2-total-order", "repon-eq12",
                "conserved-quantity/dc-dt-zero", "ansatz-reduction/c-equation", "fig3-bound", "fig8-wd-independent");
        // The smoke sweeps are too small to support a verdict: each figure's claims say so.
        for (JsonNode c : v.get("claims"))
            if (c.get("id").asText().startsWith("fig") && !c.get("id").asText().startsWith("fig2"))
                assertThat(c.get("verdict").asText()).as(c.get("id").asText()).isEqualTo("not checked at this budget");
        assertThat(v.get("counts").get("refuted").asInt()).isPositive();
        // Every empirical and numeric verdict names its protocol, whose fields say what it rests on.
        for (JsonNode c : v.get("claims")) {
            String method = c.get("method").asText();
            boolean derivation = c.get("id").asText().contains("/");
            boolean unchecked = c.get("evidence").asText().startsWith("geneft has no check of this claim yet");
            if (!derivation && !unchecked && (method.equals("empirical") || method.equals("numeric")))
                assertThat(v.get("protocols").has(c.path("protocol").asText())).as(c.get("id").asText()).isTrue();
        }
        assertThat(v.at("/protocols/fig6/sigma_mapping").asText()).contains("both readings");
        assertThat(v.at("/protocols/fig3/optimizer").asText()).contains("AdamW");
        assertThat(v.at("/protocols/fig3/budget").asText()).isEqualTo("smoke");
        assertThat(v.at("/protocols/static/exact_bayes_prior").asText()).contains("isomorphism class");
        assertThat(v.at("/protocols/repon/samples_per_cell").asInt()).isEqualTo(400);
        assertThat(v.at("/versions/Symja").asText()).startsWith("3.0.0");

        PdfText.assumeLatex();
        assertThat(v.at("/pdf/built").asBoolean()).as(v.at("/pdf/error").asText()).isTrue();
        assertThat(r.out()).contains("pdf:    " + out.resolve("report.pdf"));
        String text = PdfText.of(out.resolve("report.pdf"));
        assertThat(text).contains("Table 1: Verdict table", "Figure 2: Accuracy upper bound", "Figure 3:", "Figure 4: Phase portrait",
                "Figure 5:", "Figure 6:", "Figure 7:", "Figure 8:", "Theorem 3: collision probability",
                "conserved-quantity", "Reproducibility",
                "geneft verify --budget smoke --strict");
        assertThat(out.resolve("report.log")).exists();
        assertThat(out.resolve("report.aux")).doesNotExist();
    }

    @Test
    void anUnknownBudgetIsBadUsage() {
        CliRun r = CliRun.of("verify", "--budget", "huge");
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("--budget");
    }

    @Test
    void aMissingProofFolderIsBadInputNamingItAndWritesNothing(@TempDir Path dir) {
        Path out = dir.resolve("r");
        CliRun r = CliRun.of("verify", "--budget", "smoke", "--proofs", "/nonexistent-proofs", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("/nonexistent-proofs");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void aMalformedGraphIsBadInputNamingTheFileAndLineBeforeAnyWork(@TempDir Path dir) throws Exception {
        Path graph = Files.writeString(dir.resolve("kg.tsv"), "a\tr\tb\nonly-two\tfields\n");
        Path out = dir.resolve("r");
        long start = System.nanoTime();
        CliRun r = CliRun.of("verify", "--budget", "smoke", "--graph", graph.toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains(graph + ":2");
        assertThat(out).doesNotExist();
        // Checked before the static, symbolic and dynamic stages, which take tens of seconds.
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
    }

    @Test
    void aFolderGeneftDidNotWriteIsRefusedBeforeAnyWorkAndKeptWhole(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("x/sub"));
        Files.writeString(dir.resolve("x/thesis.tex"), "keep");
        long start = System.nanoTime();
        CliRun r = CliRun.of("verify", "--budget", "smoke", "--no-pdf", "--out", dir.resolve("x").toString());
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("--out").contains("'sub'").contains("'thesis.tex'");
        assertThat(dir.resolve("x/thesis.tex")).hasContent("keep");
        assertThat(out).isDirectory();
        assertThat(dir.toFile().list()).containsExactly("x");
        // Refused before the stages that take tens of seconds.
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
    }

    @Test
    void theWorkingFolderIsNeverAReportFolder() {
        CliRun r = CliRun.of("verify", "--budget", "smoke", "--no-pdf", "--out", ".");
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("--out");
    }

    @Test
    void anEmptyProofFolderIsBadInputNotFewerClaims(@TempDir Path dir) throws Exception {
        Path proofs = Files.createDirectory(dir.resolve("empty"));
        CliRun r = CliRun.of("verify", "--budget", "smoke", "--no-pdf", "--proofs", proofs.toString(), "--out",
                dir.resolve("r").toString());
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains(proofs.toString()).contains("no proof files");
        assertThat(dir.resolve("r")).doesNotExist();
    }

    @Test
    void formatWithoutAGraphIsBadUsage() {
        CliRun r = CliRun.of("verify", "--format", "triples");
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("--format applies to --graph");
    }

    @Test
    void theReportPlotsEveryFigureTheSweepsRun() {
        assertThat(EmpiricalEvidence.FIGURES).containsExactlyElementsOf(FigureSweeps.figures());
    }

    /** The user's graph chapter end to end, with a name full of LaTeX's special characters. */
    @Tag("slow")
    @Test
    void aUserGraphGetsItsChapterUnderItsOwnName(@TempDir Path dir) throws Exception {
        Path graph = Files.writeString(dir.resolve("my_kg 100% & #1 $x {y} ~w ^v.tsv"), "a\tr\tb\nb\tr\tc\nc\ts\ta\n");
        Path out = dir.resolve("r");
        CliRun r = CliRun.of("verify", "--budget", "smoke", "--graph", graph.toString(), "--format", "triples",
                "--out", out.toString(), "--runs", dir.resolve("runs").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(out.resolve("data/graph-bounds.csv")).exists();
        PdfText.assumeLatex();
        assertThat(PdfText.of(out.resolve("report.pdf"))).contains("Your graph: " + graph);
    }
}
