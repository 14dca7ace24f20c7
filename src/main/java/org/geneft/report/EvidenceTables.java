package org.geneft.report;

import org.geneft.dynamics.DynamicClaims;
import org.geneft.dynamics.PhasePortrait;
import org.geneft.experiments.DataTable;
import org.geneft.statics.AccuracyBoundFigure;
import org.geneft.statics.StaticBounds;
import org.geneft.statics.montecarlo.CurvePoint;
import org.geneft.statics.montecarlo.Estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The report's own data tables (Figs. 2 and 4, Theorem 3, the user's graph), in the sweeps' tidy form. */
final class EvidenceTables {
    private EvidenceTables() { }

    static DataTable accuracyBounds(List<AccuracyBoundFigure.Series> series) {
        List<List<Object>> rows = new ArrayList<>();
        for (AccuracyBoundFigure.Series s : series)
            for (int i = 0; i < s.eq5().size(); i++) {
                CurvePoint mc = s.monteCarlo().get(i);
                rows.add(Arrays.asList(s.relation(), s.n(), s.eq5().get(i).fraction(), s.eq5().get(i).inferable(),
                        s.eq5().get(i).upperBound(), mean(mc.appendixD()), se(mc.appendixD()), mean(mc.exactBayes()),
                        se(mc.exactBayes()), mc.samplings(), s.transition(), s.bits(), s.pStar()));
            }
        return new DataTable("fig2", List.of("relation", "n", "fraction", "f_eq3", "f_ub_eq5", "mc_bound", "mc_stderr",
                "exact_bayes", "exact_bayes_stderr", "samplings", "transition", "b_bits", "p_star"), rows);
    }

    private static Double mean(Estimate e) {
        return e == null ? null : e.mean();
    }

    private static Double se(Estimate e) {
        return e == null ? null : e.standardError();
    }

    static DataTable portraitGrid(PhasePortrait p) {
        List<List<Object>> rows = new ArrayList<>();
        for (PhasePortrait.GridPoint g : p.grid())
            rows.add(List.of(g.a2(), g.c(), g.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    g.conserved()));
        return new DataTable("fig4-grid", List.of("a2", "c", "outcome", "conserved_c"), rows);
    }

    static DataTable portraitTrajectories(PhasePortrait p) {
        List<List<Object>> rows = new ArrayList<>();
        for (PhasePortrait.TrajectoryPoint t : p.trajectories()) rows.add(List.of(t.id(), t.t(), t.a2(), t.c()));
        return new DataTable("fig4-trajectories", List.of("id", "t", "a2", "c"), rows);
    }

    /** PhasePortrait lists the separatrix as (a2, +k a2), (a2, -k a2) pairs: one row per a2 here. */
    static DataTable separatrix(PhasePortrait p) {
        List<List<Object>> rows = new ArrayList<>();
        List<double[]> s = p.separatrix();
        for (int i = 0; i + 1 < s.size(); i += 2) rows.add(List.of(s.get(i)[0], s.get(i)[1], s.get(i + 1)[1]));
        return new DataTable("fig4-separatrix", List.of("a2", "c_plus", "c_minus"), rows);
    }

    static DataTable theorem3(List<DynamicClaims.Theorem3Cell> cells) {
        List<List<Object>> rows = new ArrayList<>();
        for (DynamicClaims.Theorem3Cell c : cells)
            rows.add(List.of(c.rateRatio(), c.sigmaRatio(), c.estimate().samples(), c.estimate().collisions(),
                    c.estimate().undecided(), c.estimate().pMc(), c.estimate().stderr(), c.estimate().pTheory(),
                    c.estimate().z()));
        return new DataTable("theorem3", List.of("eta_ratio", "sigma_ratio", "samples", "collisions", "undecided", "p_mc",
                "p_mc_stderr", "p_eq12", "z"), rows);
    }

    static DataTable graphBounds(StaticBounds b) {
        List<List<Object>> rows = new ArrayList<>();
        for (StaticBounds.CurvePoint p : b.accuracyUpperBound())
            rows.add(List.of(p.fraction(), p.samples(), p.inferable(), p.upperBound(), b.transitionFraction()));
        return new DataTable("graph-bounds", List.of("fraction", "m", "f_eq3", "f_ub_eq5", "transition"), rows);
    }
}
