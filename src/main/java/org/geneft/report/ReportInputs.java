package org.geneft.report;

import org.geneft.claims.Claim;
import org.geneft.dynamics.DynamicClaims;
import org.geneft.experiments.SweepSummary;
import org.geneft.statics.AccuracyBoundFigure;
import org.geneft.symbolic.DerivationResult;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the verification report is built from: the verdicts of the static, symbolic and dynamic
 * checks, the data behind them, the sweeps' summaries (any figure may be missing) and the run's metadata.
 *
 * @param run              how the numbers were produced
 * @param claims           static, symbolic and dynamic verdicts (the sweeps' come with their summaries)
 * @param accuracyBounds   Figure 2's curves
 * @param portrait         Figure 4's data
 * @param theorem3         the Theorem 3 Monte Carlo table
 * @param theorem3Samples  initial conditions per cell of that table
 * @param derivations      the judged derivations of proofs/
 * @param sweeps           one summary per figure swept (Figs. 3, 5-8); absent figures are not checked
 * @param graph            the user's graph chapter, if --graph was given
 */
public record ReportInputs(RunInfo run, List<Claim> claims, List<AccuracyBoundFigure.Series> accuracyBounds,
                           PortraitEvidence portrait, List<DynamicClaims.Theorem3Cell> theorem3, int theorem3Samples,
                           List<DerivationResult> derivations, List<SweepSummary> sweeps, Optional<GraphChapter> graph) {
    public ReportInputs {
        Objects.requireNonNull(run);
        claims = List.copyOf(claims);
        accuracyBounds = List.copyOf(accuracyBounds);
        Objects.requireNonNull(portrait);
        theorem3 = List.copyOf(theorem3);
        derivations = List.copyOf(derivations);
        sweeps = List.copyOf(sweeps);
        Objects.requireNonNull(graph);
        long distinct = sweeps.stream().map(SweepSummary::figure).distinct().count();
        if (distinct != sweeps.size()) throw new IllegalArgumentException("one summary per figure, got " + sweeps.size()
                + " summaries for " + distinct + " figures");
    }
}
