package org.geneft.statics;

import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;
import org.geneft.statics.montecarlo.CurvePoint;
import org.geneft.statics.montecarlo.Estimate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class Fig2AgreementTest {
    private static final double[] F = {0.02, 0.05, 0.1, 0.2, 0.4};

    /** A relation's two curves: Eq. 5's values and the Monte Carlo's, with one standard error for all. */
    private static AccuracyBoundFigure.Series series(double[] eq5, double[] mc, double se) {
        List<StaticBounds.CurvePoint> a = new ArrayList<>();
        List<CurvePoint> b = new ArrayList<>();
        for (int i = 0; i < F.length; i++) {
            a.add(new StaticBounds.CurvePoint(F[i], F[i] * 900, 0, eq5[i]));
            b.add(new CurvePoint(F[i], (int) Math.round(F[i] * 900), 20, new Estimate(mc[i], se, 20), null, null, 0));
        }
        return new AccuracyBoundFigure.Series("mod:3", 30, 40, 1.0 / 3, 0.044, a, b);
    }

    @Test
    void identicalCurvesAgreeUnderBothReadings() {
        double[] c = {0.7, 0.8, 0.9, 0.95, 0.99};
        Claim claim = Fig2Agreement.check(List.of(series(c, c, 0.001)));
        assertThat(claim.verdict()).as(claim.evidence()).isEqualTo(Verdict.CONFIRMED);
        assertThat(claim.evidence()).contains("largest |f_UB - MC| 0.0000").contains("ratio 1.000");
    }

    @Test
    void aCurveReachingTheLevelTwiceAsLateDisagreesOnTheFractionButNotOnTheValues() {
        // Eq. 5 reaches 0.9 at 0.1, the Monte Carlo at 0.2; the values never differ by more than 0.04.
        double[] eq5 = {0.80, 0.85, 0.90, 0.95, 0.99}, mc = {0.78, 0.82, 0.86, 0.90, 0.98};
        Claim claim = Fig2Agreement.check(List.of(series(eq5, mc, 0.001)));
        assertThat(claim.verdict()).as(claim.evidence()).isEqualTo(Verdict.DEPENDS_ON_READING);
        assertThat(claim.evidence()).contains("under values within 0.05: confirmed")
                .contains("within 10 %: refuted").contains("ratio 2.000")
                .contains("under that fraction within half a decade (a factor sqrt(10)): confirmed");
    }

    @Test
    void aGapOfTenPointsIsRefutedUnderBothAndNoiseThatCoversItIsNot() {
        double[] eq5 = {0.80, 0.85, 0.90, 0.95, 0.99}, mc = {0.70, 0.75, 0.80, 0.85, 0.89};
        assertThat(Fig2Agreement.check(List.of(series(eq5, mc, 0.001))).verdict()).isEqualTo(Verdict.REFUTED);
        // One relation failing is enough: the claim is made of every curve of the figure.
        Claim both = Fig2Agreement.check(List.of(series(eq5, eq5, 0.001), series(eq5, mc, 0.001)));
        assertThat(both.verdict()).isEqualTo(Verdict.REFUTED);
        // With a standard error of 0.02, 0.10 is within 0.05 + 3 x 0.02 and the fractions are not told apart.
        assertThat(Fig2Agreement.check(List.of(series(eq5, mc, 0.02))).verdict()).isNotEqualTo(Verdict.REFUTED);
    }

    @Test
    void crossingsAreInterpolatedInLogFraction() {
        assertThat(Fig2Agreement.crossing(new double[] {0.01, 1}, new double[] {0.8, 1.0}, 0.9))
                .isCloseTo(0.1, within(1e-12));
        assertThat(Fig2Agreement.crossing(new double[] {0.01, 1}, new double[] {0.8, 0.85}, 0.9))
                .isEqualTo(Double.POSITIVE_INFINITY);
    }
}
