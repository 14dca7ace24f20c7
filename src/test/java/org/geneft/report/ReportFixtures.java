package org.geneft.report;

import org.geneft.aut.BruteForceAutomorphisms;
import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Verdict;
import org.geneft.dynamics.CollisionEstimate;
import org.geneft.dynamics.DynamicClaims;
import org.geneft.dynamics.IntegrationSettings;
import org.geneft.dynamics.PhasePortrait;
import org.geneft.dynamics.ReducedReponSystem;
import org.geneft.experiments.DataTable;
import org.geneft.experiments.SweepSummary;
import org.geneft.statics.AccuracyBoundFigure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-built inputs of the report: synthetic sweep summaries with the contract's tables and columns
 * (the numbers are made up, shaped like the paper's figures), and small real static and dynamic data.
 */
final class ReportFixtures {
    private ReportFixtures() { }

    static ReportInputs inputs(List<SweepSummary> sweeps, Optional<GraphChapter> graph) {
        RunInfo run = new RunInfo("geneft verify --budget smoke", "smoke", 1, 6, "2026-12-02T00:00:00Z",
                Map.of("repon Monte Carlo: initial conditions per cell", "100"), Map.of("Java", "17"),
                Map.of("cores", "2"), List.of(new RunInfo.Stage("static claims", 1.5)),
                Map.of("repon", Map.of("samples_per_cell", 100, "integrator", "DormandPrince853")));
        List<Claim> claims = List.of(
                new Claim("aut-total-order", "a total order has |Aut(G)| = 1", "Sec. III", Method.STATIC, Verdict.CONFIRMED,
                        "log2|Aut| = 0"),
                new Claim("repon-eq12", "Eq. 12", "Theorem 3, Eq. 12", Method.NUMERIC, Verdict.CONFIRMED_UNDER_CONDITIONS,
                        "largest |z| 1.2 when η_x/η_A ≤ 10"));
        List<AccuracyBoundFigure.Series> fig2 = AccuracyBoundFigure.compute(new BruteForceAutomorphisms(), 6,
                new double[] {0.1, 0.3, 0.5, 0.8}, 2, 1);
        PhasePortrait portrait = PhasePortrait.compute(new ReducedReponSystem(1e-3, 1e-3), 2, 5, 2, 10,
                IntegrationSettings.DEFAULT);
        List<DynamicClaims.Theorem3Cell> theorem3 = List.of(
                new DynamicClaims.Theorem3Cell(1, 1, new CollisionEstimate(100, 40, 0, 0.4, 0.049, 0.392, 0.16)));
        return new ReportInputs(run, claims, fig2, new PortraitEvidence(1e-3, 1e-3, 2, portrait), theorem3, 100, List.of(),
                sweeps, graph);
    }

    static List<SweepSummary> allSweeps() {
        return List.of(fig3(), fig3Legend(), fig5(), fig6(), fig7(), fig8());
    }

    private static Claim claim(String id, Verdict v) {
        return new Claim(id, "synthetic statement of " + id, "Fig. (fixture)", Method.EMPIRICAL, v, "synthetic evidence of " + id);
    }

    private static SweepSummary summary(String figure, List<Claim> claims, DataTable... tables) {
        return new SweepSummary(figure, "smoke", 12, 12, claims, List.of(tables), 3.5);
    }

    static SweepSummary fig3() {
        List<List<Object>> acc = new ArrayList<>(), bounds = new ArrayList<>();
        for (String r : List.of("mod3", "gt"))
            for (double f = 0.1; f < 0.95; f += 0.2) {
                for (String d : List.of("default", "inductive"))
                    acc.add(List.of(r, d, f, 3, Math.min(1, 0.4 + f * (d.equals("default") ? 0.6 : 0.9)), 0.02));
                bounds.add(List.of(r, f, Math.min(1, 0.6 + f), Math.min(1, 0.65 + f), 0.01, r.equals("gt") ? 0.12 : 0.05));
            }
        return summary("fig3", List.of(claim("fig3-bound", Verdict.CONFIRMED), claim("fig3-inductive-bias", Verdict.CONFIRMED)),
                new DataTable("fig3", List.of("relation", "decoder", "fraction", "seeds", "acc_mean", "acc_stderr"), acc),
                new DataTable("fig3-bounds", List.of("relation", "fraction", "f_ub_eq5", "mc_bound", "mc_stderr", "transition"),
                        bounds));
    }

    static SweepSummary fig3Legend() {
        List<List<Object>> acc = new ArrayList<>();
        for (String r : List.of("mod3", "gt"))
            for (int mode = 1; mode <= 3; mode++)
                for (int hidden : new int[] {0, 3})
                    for (double f : new double[] {0.02, 0.1, 0.5})
                        acc.add(List.of(r, mode, "m" + mode, hidden, f, 3, Math.min(1, 0.5 + f * mode), 0.02,
                                Math.min(1, 0.7 + f), "m" + mode + "h" + hidden, r.equals("gt") ? 0.12 : 0.044));
        return summary("fig3-legend", List.of(claim("fig3a-smallest-gap", Verdict.CONFIRMED),
                        claim("fig3b-smallest-gap", Verdict.UNDECIDED), claim("eq4-pc-against-data", Verdict.DEPENDS_ON_READING)),
                new DataTable("fig3-legend", List.of("relation", "mode", "mode_name", "hidden_layers", "fraction", "seeds",
                        "acc_mean", "acc_stderr", "mc_bound", "decoder", "b_over_n2"), acc));
    }

    static SweepSummary fig5() {
        List<List<Object>> phases = new ArrayList<>();
        double[] etas = {1e-4, 1e-3, 1e-2, 1e-1};
        for (String r : List.of("mod3", "gt", "bipartite"))
            for (double enc : etas)
                for (double dec : etas) {
                    double ratio = dec / enc;
                    String phase = ratio < 5 ? "generalization" : ratio < 50 ? "grokking" : "memorization";
                    double p = ratio < 5 ? 1 : ratio < 50 ? 0.67 : 0;
                    phases.add(List.of(r, enc, dec, 3, (int) (3 * p), 0, 3 - (int) (3 * p), 0, phase, p));
                }
        List<List<Object>> fit = new ArrayList<>();
        for (String r : List.of("mod3", "gt", "bipartite", "all"))
            fit.add(List.of(r, 1.02, 0.08, 1.1, 0.2, 12, 1.0, 0.9));
        return summary("fig5", List.of(claim("fig5-slope", Verdict.CONFIRMED), claim("fig5-intercept", Verdict.CONFIRMED),
                        claim("fig5-rule-of-thumb", Verdict.CONFIRMED_UNDER_CONDITIONS)),
                new DataTable("fig5-phases", List.of("relation", "eta_enc", "eta_dec", "seeds", "generalization", "grokking",
                        "memorization", "confusion", "phase", "p_gen"), phases),
                new DataTable("fig5-fit", List.of("relation", "slope", "slope_stderr", "intercept", "intercept_stderr", "points",
                        "eq12_slope", "eq12_intercept"), fit));
    }

    static SweepSummary fig6() {
        List<List<Object>> rows = new ArrayList<>();
        for (double scale : new double[] {0.5, 1})
            for (double ratio : new double[] {0.01, 0.1, 1, 10, 100}) {
                double eq12 = 2 / Math.PI * Math.atan(scale / Math.sqrt(2 * ratio));
                rows.add(List.of(scale, ratio, 10, (int) (8 * eq12), 0.8 * eq12, 0.05, eq12));
            }
        return summary("fig6", List.of(claim("fig6-eq12-bound", Verdict.REFUTED)),
                new DataTable("fig6", List.of("init_scale", "ratio", "seeds", "generalized", "p_gen", "p_gen_stderr", "p_eq12"), rows));
    }

    static SweepSummary fig7() {
        List<List<Object>> rows = new ArrayList<>();
        double[] acc = {0.3, 0.7, 0.95, 0.9, 0.6, 0.4};
        for (int d = 0; d < acc.length; d++) rows.add(List.of(d, 3, acc[d], 0.03, d == 2 ? 3 : 0, 0, d > 3 ? 3 : 0, d == 0 ? 3 : 0));
        return summary("fig7", List.of(claim("fig7-goldilocks", Verdict.CONFIRMED)),
                new DataTable("fig7", List.of("depth", "seeds", "test_acc_mean", "test_acc_stderr", "generalization", "grokking",
                        "memorization", "confusion"), rows));
    }

    static SweepSummary fig8() {
        List<List<Object>> phases = new ArrayList<>(), boundary = new ArrayList<>();
        double[] wds = {0, 1e-3, 1e-2, 1e-1};
        for (double wd : wds) {
            for (double eta : new double[] {1e-5, 1e-4, 1e-3, 1e-2}) {
                String phase = eta < 2e-4 ? "generalization" : "memorization";
                phases.add(List.of(wd, eta, 3, phase.equals("generalization") ? 3 : 0, 0, phase.equals("memorization") ? 3 : 0,
                        0, phase, phase.equals("generalization") ? 1.0 : 0.0, 3e-4));
            }
            boundary.add(Arrays.asList(wd, wd == 1e-1 ? null : 3e-4));
        }
        return summary("fig8", List.of(claim("fig8-wd-independent", Verdict.CONFIRMED)),
                new DataTable("fig8-phases", List.of("wd_dec", "eta_dec", "seeds", "generalization", "grokking", "memorization",
                        "confusion", "phase", "p_gen", "eta_enc"), phases),
                new DataTable("fig8-boundary", List.of("wd_dec", "eta_dec_boundary"), boundary));
    }
}
