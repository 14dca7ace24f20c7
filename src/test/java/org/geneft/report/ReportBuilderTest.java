package org.geneft.report;

import org.geneft.claims.Verdict;
import org.geneft.experiments.DataTable;
import org.geneft.experiments.SweepSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReportBuilderTest {

    private static ClaimLedger.Entry entry(Report r, String id) {
        return r.ledger().entries().stream().filter(e -> e.claim().id().equals(id)).findFirst().orElseThrow();
    }

    /** With every sweep present, Figs. 3 and 5-8 are pgfplots of the sweeps' CSVs, and the PDF compiles. */
    @Test
    void everyFigureIsPlottedFromItsTablesAndTheReportCompiles(@TempDir Path dir) throws Exception {
        Report report = new ReportBuilder().build(ReportFixtures.inputs(ReportFixtures.allSweeps(), Optional.empty()));
        assertThat(report.tex()).doesNotContain("No plot:");
        assertThat(report.tables()).extracting(DataTable::name).contains("fig2", "fig3", "fig3-bounds", "fig3-legend", "fig4-grid",
                "fig5-phases", "fig5-fit", "fig5-lines", "fig6", "fig7", "fig8-phases", "fig8-boundary", "theorem3");
        assertThat(entry(report, "fig6-eq12-bound").claim().verdict()).isEqualTo(Verdict.REFUTED);
        assertThat(entry(report, "fig6-eq12-bound").label()).isEqualTo("sec:fig6");
        // The legend's sweep is drawn in Fig. 3's section, and its claims are judged there.
        assertThat(report.tex()).contains("\\label{fig:3-legend}").contains("discard if not={decoder}{m3h0}");
        assertThat(entry(report, "fig3a-smallest-gap").label()).isEqualTo("sec:fig3");
        assertThat(entry(report, "eq4-pc-against-data").label()).isEqualTo("sec:fig3");
        // The verdict table has one row per statement of the paper, grouped by the paper's parts in its order, a
        // column per method: repon-eq12 (numeric) is the row of Eq. 12's statement, under Sec. IV.
        String tex = report.tex();
        assertThat(tex.indexOf("\\textbf{Sec. III: statics}")).isPositive()
                .isLessThan(tex.indexOf("\\textbf{Sec. IV: dynamics}"));
        assertThat(tex).containsPattern("eq12-\\\\allowbreak\\{\\}collision-\\\\allowbreak\\{\\}probability & two repons "
                + "collide[^\\n]*& Theorem 3, Eq. 12 & \\\\textcolor\\{v-none\\}\\{\\} & "
                + "\\\\textcolor\\{v-confirmed-under-conditions\\}\\{confirmed under conditions\\} &");
        // The principal findings open the report, before the verdict table: here the one refutation.
        assertThat(tex.indexOf("\\section{Principal findings}")).isPositive().isLessThan(tex.indexOf("\\section{Verdicts}"));
        assertThat(tex.substring(tex.indexOf("\\section{Principal findings}"), tex.indexOf("\\section{Verdicts}")))
                .contains("\\textbf{fig6-\\allowbreak{}eq12-\\allowbreak{}bound}").doesNotContain("aut-\\allowbreak{}total");
        // repon-eq12 and fig5-rule-of-thumb; every finding counted once.
        assertThat(report.ledger().findingCounts()).containsEntry("confirmed under conditions", 2)
                .containsEntry("refuted", 1);
        assertThat(report.ledger().findingCounts().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(report.ledger().findings().size());
        // Fig. 8's grid holds wd_dec = 0, which a log axis cannot show.
        assertThat(report.tex()).contains("xlabel={$wd_{\\mathrm{dec}}$}").doesNotContainPattern("xmode=log, ymode=log,\\s*xlabel=\\{\\$wd");
        // Its caption states the encoder rate of the runs, from the data (issue 21: it said 10^-5 whatever ran).
        assertThat(report.tex()).contains("at $\\eta_{\\mathrm{enc}} = 3 \\times 10^{-4}$ (the paper: $10^{-5}$)");

        PdfText.assumeLatex();
        ReportWriter.Written w = ReportWriter.write(dir.resolve("r"), report, LatexRunner.find(300), o -> "{}");
        assertThat(w.pdf()).as(w.latex().map(LatexRunner.Outcome::error).orElse("no LaTeX")).isPresent();
        String text = PdfText.of(w.pdf().get());
        for (String caption : List.of("Figure 2: Accuracy upper bound", "Figure 3: Accuracy over the whole data set",
                "Figure 4: Phase portrait", "Figure 5: Phase diagrams over the encoder and decoder learning rates",
                "Figure 6: Probability of generalization", "Figure 7: Goldilocks zone", "Figure 8: Phase diagram over the decoder",
                "Table 1: Verdict table", "Theorem 3: collision probability"))
            assertThat(text).contains(caption);
        assertThat(text).doesNotContain("No plot:").contains("12 of 12 planned training runs");
        assertThat(Files.readAllLines(w.folder().resolve("data/fig5-lines.csv")).get(0)).isEqualTo("relation,line,eta_enc,eta_dec");
    }

    /** Eq. 12's line in Fig. 5 is drawn from the fit table: log10 η_dec = slope log10 η_enc + intercept at the grid's ends. */
    @Test
    void theLinesOfFigure5FollowTheFitTable() {
        Report report = new ReportBuilder().build(ReportFixtures.inputs(ReportFixtures.allSweeps(), Optional.empty()));
        DataTable lines = report.tables().stream().filter(t -> t.name().equals("fig5-lines")).findFirst().orElseThrow();
        // mod3's fit: slope 1.02, intercept 1.1 over η_enc in [1e-4, 1e-1]; Eq. 12: slope 1, intercept 0.9.
        assertThat(lines.rows()).contains(List.of("mod3", "fit", 1e-4, Math.pow(10, 1.1 + 1.02 * -4)),
                List.of("mod3", "eq12", 1e-1, Math.pow(10, 0.9 - 1)));
        assertThat(lines.rows()).hasSize(3 * 2 * 2);
    }

    @Test
    void aMissingSweepLeavesItsClaimsNotCheckedAndItsFigureSaysWhy() {
        List<SweepSummary> sweeps = new ArrayList<>(ReportFixtures.allSweeps());
        sweeps.removeIf(s -> s.figure().equals("fig5"));
        // fig6's summary without the column of Eq. 12: the figure cannot be drawn and says so.
        SweepSummary fig6 = sweeps.stream().filter(s -> s.figure().equals("fig6")).findFirst().orElseThrow();
        DataTable t = fig6.tables().get(0);
        DataTable without = new DataTable("fig6", t.columns().subList(0, 6),
                t.rows().stream().map(r -> (List<Object>) new ArrayList<>(r.subList(0, 6))).toList());
        sweeps.set(sweeps.indexOf(fig6), new SweepSummary("fig6", "smoke", 3, 12, fig6.claims(), List.of(without), 1));
        Report report = new ReportBuilder().build(ReportFixtures.inputs(sweeps, Optional.empty()));

        for (String id : List.of("fig5-slope", "fig5-intercept", "fig5-rule-of-thumb")) {
            assertThat(entry(report, id).claim().verdict()).isEqualTo(Verdict.NOT_CHECKED);
            assertThat(entry(report, id).claim().evidence()).contains("fig5 sweep did not run at budget smoke");
        }
        assertThat(report.tex()).contains("No plot: the fig5 sweep did not run at budget smoke")
                .contains("No plot: the fig6 summary cannot be plotted: table 'fig6' lacks the columns [p\\_eq12]")
                .doesNotContain("data/fig5-phases.csv");
        assertThat(report.tables()).extracting(DataTable::name).doesNotContain("fig5-phases", "fig5-lines");
    }

    @Test
    void theSectionsGiveADecisiveLineAndTheEvidenceInFullIsPrintedOnceAtTheEnd() {
        Report report = new ReportBuilder().build(ReportFixtures.inputs(List.of(), Optional.empty()));
        String tex = report.tex();
        assertThat(tex).contains("\\section{Evidence in full}").doesNotContain("\\emph{Evidence:}");
        for (ClaimLedger.Entry e : report.ledger().entries()) {
            String label = "\\label{" + Latex.label("ev", e.claim().id()) + "}";
            assertThat(tex.indexOf(label)).as(e.claim().id()).isPositive().isEqualTo(tex.lastIndexOf(label));
            // The evidence in full comes after every section that cites the claim.
            assertThat(tex.indexOf(label)).isGreaterThan(tex.indexOf("\\section{Findings in words}"));
        }
    }

    @Test
    void theVerdictTableHasOneRowPerClaimAndAPointerToItsEvidence() {
        Report report = new ReportBuilder().build(ReportFixtures.inputs(List.of(), Optional.empty()));
        for (ClaimLedger.Entry e : report.ledger().entries())
            assertThat(report.tex()).contains("\\hyperref[" + e.label() + "]").contains("\\label{" + e.label() + "}");
        // 2 checked + the empirical ones (all not checked) + the claims geneft does not check.
        assertThat(report.ledger().entries()).hasSize(2 + EmpiricalClaims.EXPECTED.size() + UncheckedClaims.ALL.size());
        assertThat(report.ledger().counts().get(Verdict.NOT_CHECKED))
                .isEqualTo(EmpiricalClaims.EXPECTED.size() + UncheckedClaims.ALL.size());
    }

    @Test
    void aHostileGraphNameIsEscapedInItsChapter(@TempDir Path dir) throws Exception {
        String name = "kg_v2 100% & #1 $x {y} \\z ~w ^v.tsv";
        var g = new org.geneft.graph.RelationFamily.Mod(3).graph(6);
        var p = new org.geneft.graph.PropertyDetector().detect(g);
        var bounds = org.geneft.statics.StaticBounds.compute(g, p, new org.geneft.aut.BruteForceAutomorphisms().automorphisms(g),
                List.of(0.9), new double[] {0.1, 0.5});
        Report report = new ReportBuilder().build(ReportFixtures.inputs(List.of(),
                Optional.of(new GraphChapter(name, "triples", bounds))));
        assertThat(report.tex()).contains("\\section{Your graph: " + Latex.escape(name) + "}");
        PdfText.assumeLatex();
        ReportWriter.Written w = ReportWriter.write(dir.resolve("r"), report, LatexRunner.find(300), o -> "{}");
        assertThat(w.pdf()).as(w.latex().map(LatexRunner.Outcome::error).orElse("no LaTeX")).isPresent();
        assertThat(PdfText.of(w.pdf().get())).contains("Your graph: " + name);
    }

    @Test
    void fig8sCaptionStatesTheEncoderRateTheRunsHad() {
        // Issue 21: the caption said 10^-5 while the quick budget ran 3e-4.
        assertThat(SweepFigures.scientificTex(3e-4)).isEqualTo("3 \\times 10^{-4}");
        assertThat(SweepFigures.scientificTex(1e-5)).isEqualTo("10^{-5}");
        assertThat(SweepFigures.scientificTex(0.0316)).isEqualTo("3.16 \\times 10^{-2}");
    }
}
