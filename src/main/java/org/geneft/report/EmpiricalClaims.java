package org.geneft.report;

import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Verdict;
import org.geneft.experiments.SweepSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The paper's empirical claims (Figs. 3, 5-8), each tested by one figure's sweep. A claim whose sweep
 * did not run, or whose summary has no verdict on it, is reported as not checked, with the reason.
 */
final class EmpiricalClaims {

    /** A claim the sweeps test: its figure, and how the paper makes it. */
    record Expected(String id, String figure, String statement, String where) { }

    static final List<Expected> EXPECTED = List.of(
            new Expected("fig3-bound", "fig3", "the trained autoencoder's accuracy over the whole data set stays below "
                    + "the accuracy upper bound at every training fraction", "Sec. III, Fig. 3"),
            new Expected("fig3-inductive-bias", "fig3", "decoders with the right inductive bias (sqdiff with 0 hidden "
                    + "layers for mod 3, diff with 0 hidden layers for greater-than) shrink the inductive gap",
                    "Sec. III, Fig. 3"),
            new Expected("fig3-delayed-rise", "fig3", "the networks' accuracy roughly tracks the prediction, with a "
                    + "slightly delayed rise", "Sec. III, Fig. 3"),
            new Expected("fig3a-smallest-gap", "fig3-legend", "the inductive gap is the smallest for a network in mode 3 "
                    + "with 0 hidden layers among Fig. 3(a)'s architectures (mod 3)", "Sec. III, Fig. 3(a)"),
            new Expected("fig3b-smallest-gap", "fig3-legend", "the inductive gap is the smallest for a network in mode 2 "
                    + "with 0 hidden layers among Fig. 3(b)'s architectures (greater-than)", "Sec. III, Fig. 3(b)"),
            new Expected("eq4-pc-against-data", "fig3-legend", "the networks' accuracy rises at the scale of Eq. 4's "
                    + "critical fraction (the vertical lines of Fig. 3 at b/n^2)", "Sec. III, Eq. 4, Fig. 3"),
            new Expected("fig5-slope", "fig5", "the generalization-memorization boundary in log η_enc against log η_dec "
                    + "is a line of slope 1 (the caption; the text says -1)", "Sec. IV, Fig. 5"),
            new Expected("fig5-intercept", "fig5", "the boundary's intercept is the same for every task "
                    + "(Eq. 12 depends only on the initialization)", "Sec. IV, Fig. 5"),
            new Expected("fig5-rule-of-thumb", "fig5", "generalization requires η_dec/η_enc ≲ 10", "Sec. IV, Fig. 5"),
            new Expected("fig6-eq12-bound", "fig6", "the measured probability of generalization lies under Eq. 12 at "
                    + "every learning-rate ratio and initialization scale", "Sec. IV, Fig. 6"),
            new Expected("fig6-lower-limit", "fig6", "representation learning must be faster, but not too much faster, "
                    + "than the decoder: generalization falls again when η_dec/η_enc is too small",
                    "Sec. IV (after Eq. 12), Fig. 6"),
            new Expected("fig7-goldilocks", "fig7", "test accuracy against decoder depth peaks in a Goldilocks zone: "
                    + "confusion when too shallow, memorization when too deep", "Appendix E, Fig. 7"),
            new Expected("fig8-wd-independent", "fig8", "with η_enc = 1e-5 the generalization-memorization boundary "
                    + "over (wd_dec, η_dec) does not depend on the decoder's weight decay", "Appendix F, Fig. 8"));

    private EmpiricalClaims() { }

    /** The summaries' verdicts, with every expected claim present (not checked where no sweep gave one). */
    static List<Claim> of(List<SweepSummary> sweeps, String budget) {
        Map<String, SweepSummary> byFigure = new java.util.HashMap<>();
        for (SweepSummary s : sweeps) byFigure.put(s.figure(), s);
        List<Claim> out = new ArrayList<>();
        List<String> expectedIds = EXPECTED.stream().map(Expected::id).toList();
        for (Expected e : EXPECTED) {
            SweepSummary s = byFigure.get(e.figure());
            if (s == null) {
                out.add(notChecked(e, "the " + e.figure() + " sweep did not run at budget " + budget
                        + " (no summary was given to the report)"));
                continue;
            }
            Optional<Claim> found = s.claims().stream().filter(c -> c.id().equals(e.id())).findFirst();
            out.add(found.orElseGet(() -> notChecked(e, "the " + e.figure() + " sweep ran (" + s.runsDone() + " of "
                    + s.runsPlanned() + " training runs) but its summary gives no verdict on this claim")));
        }
        // Verdicts the sweeps give beyond the expected ones are reported too.
        for (SweepSummary s : sweeps)
            for (Claim c : s.claims()) if (!expectedIds.contains(c.id())) out.add(c);
        return out;
    }

    /**
     * The figure ("fig3", ...) whose section holds a claim, from the expected list or its id's prefix: the legend's
     * sweep belongs to Fig. 3.
     */
    static Optional<String> figureOf(String claimId) {
        for (Expected e : EXPECTED)
            if (e.id().equals(claimId)) return Optional.of(e.figure().equals("fig3-legend") ? "fig3" : e.figure());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(fig[3-8])-").matcher(claimId);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Claim notChecked(Expected e, String reason) {
        return new Claim(e.id(), e.statement(), e.where(), Method.EMPIRICAL, Verdict.NOT_CHECKED, reason);
    }
}
