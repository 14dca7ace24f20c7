package org.geneft.experiments;

import org.geneft.claims.Verdict;
import org.geneft.graph.RelationFamily;
import org.geneft.statics.montecarlo.Estimate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class InductiveGapTest {
    private static final double[] F = {0.01, 0.1, 1.0};

    @Test
    void chanceIsTheMajorityAnswerCountedPairByPair() {
        // mod 3 on 30 elements: 3 classes of 10, so 300 of the 900 pairs are related; greater-than: 435 of 900.
        assertThat(InductiveGap.chance(new RelationFamily.Mod(3).graph(30))).isCloseTo(600.0 / 900, within(1e-15));
        assertThat(InductiveGap.chance(new RelationFamily.GreaterThan().graph(30))).isCloseTo(465.0 / 900, within(1e-15));
    }

    @Test
    void aCrossingIsInterpolatedInLogFraction() {
        // From 0.5 at 0.01 to 1.0 at 1: the level 0.75 is halfway in log fraction, at 0.1; 0.625 a quarter, at 10^-1.5.
        double[] f = {0.01, 1.0}, c = {0.5, 1.0};
        assertThat(InductiveGap.crossing(f, c, 0.75)).isCloseTo(0.1, within(1e-12));
        assertThat(InductiveGap.crossing(f, c, 0.625)).isCloseTo(Math.pow(10, -1.5), within(1e-12));
        assertThat(InductiveGap.crossing(f, c, 0.5)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(InductiveGap.crossing(f, c, 1.01)).isEqualTo(Double.POSITIVE_INFINITY);
        // The first crossing, not the last: a curve that dips after reaching the level keeps its first crossing.
        assertThat(InductiveGap.crossing(F, new double[] {0.5, 0.9, 0.7}, 0.8)).isLessThan(0.1);
    }

    @Test
    void gapsAreShortfallsBelowTheBoundAndPairedDifferencesTellWhichIsCloser() {
        double[] bound = {0.9, 1.0, 1.0};
        // Decoder 0 sits 0.1 below the bound everywhere, decoder 1 0.2 below; two seeds with +-0.01 noise.
        double[][][] acc = {
                {{0.79, 0.81}, {0.89, 0.91}, {0.89, 0.91}},
                {{0.69, 0.71}, {0.79, 0.81}, {0.79, 0.81}}};
        InductiveGap g = new InductiveGap(F, bound, 0.5, acc);
        assertThat(g.gap(0).mean()).isCloseTo(0.1, within(1e-12));
        assertThat(g.gap(1).mean()).isCloseTo(0.2, within(1e-12));
        Estimate d = g.pairedDifference(1, 0);
        // Decoder 1's gap minus decoder 0's: +0.1 on every pair, so no spread at all.
        assertThat(d.mean()).isCloseTo(0.1, within(1e-12));
        assertThat(d.standardError()).isCloseTo(0, within(1e-12));
        assertThat(d.count()).isEqualTo(6);
        assertThat(g.earliestRise()).isEqualTo(0);
    }

    @Test
    void aRiseIntervalWidensWithTheSpreadOfTheSeeds() {
        double[] bound = {1, 1, 1};
        // Without spread the interval is the point; with spread it brackets it (and 0 when already above at 0.01).
        InductiveGap sharp = new InductiveGap(F, bound, 0.5, new double[][][] {{{0.5, 0.5}, {1.0, 1.0}, {1.0, 1.0}}});
        InductiveGap.Rise r = sharp.halfRise(0);
        assertThat(r.level()).isEqualTo(0.75);
        assertThat(r.mean()).isCloseTo(Math.pow(10, -1.5), within(1e-12));
        assertThat(r.earliest()).isEqualTo(r.mean());
        assertThat(r.latest()).isEqualTo(r.mean());
        InductiveGap noisy = new InductiveGap(F, bound, 0.5, new double[][][] {{{0.4, 0.6}, {0.7, 1.0}, {1.0, 1.0}}});
        InductiveGap.Rise n = noisy.halfRise(0);
        assertThat(n.earliest()).isZero();
        assertThat(n.latest()).isGreaterThan(n.mean()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void aRiseIsWithinAFactorOnlyWhenItsWholeIntervalIs() {
        InductiveGap.Rise r = new InductiveGap.Rise(0.9, 0.2, 0.15, 0.3);
        assertThat(r.withinFactor(0.1, 3.2)).isEqualTo(Verdict.CONFIRMED);
        assertThat(r.withinFactor(0.1, 2.5)).isEqualTo(Verdict.UNDECIDED);
        assertThat(r.withinFactor(0.01, 10)).isEqualTo(Verdict.REFUTED);
        assertThat(new InductiveGap.Rise(0.9, Double.NEGATIVE_INFINITY, 0, 0.05).withinFactor(1, 10))
                .isEqualTo(Verdict.REFUTED);
    }
}
