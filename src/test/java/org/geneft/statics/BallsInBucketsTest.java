package org.geneft.statics;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BallsInBucketsTest {

    // Hand-computed values are exact decimals or closed forms evaluated to 12+ digits; 1e-12
    // absorbs double rounding of exp/log only.
    private static final double ROUNDING = 1e-12;

    @Test
    void equationsOneToThreeMatchHandComputedValues() {
        BallsInBuckets m = new BallsInBuckets(10, 100);
        // 0.9^5 = 0.59049
        assertThat(m.emptyBuckets(5)).isCloseTo(5.9049, within(ROUNDING));
        assertThat(m.filledBuckets(5)).isCloseTo(4.0951, within(ROUNDING));
        assertThat(m.inferableFraction(5)).isCloseTo(0.40951, within(ROUNDING));
        assertThat(m.inferableFraction(0)).isZero();
    }

    @Test
    void criticalFractionSolvesEquationThreeForTheTarget() {
        BallsInBuckets m = new BallsInBuckets(10, 100);
        // log(0.1) / (100 log(0.9)) = 0.21854345326782...
        assertThat(m.criticalFraction(0.9)).isCloseTo(0.2185434532678, within(1e-12));
        BallsInBuckets mod3 = new BallsInBuckets(44.04, 900);
        for (double alpha : new double[] {0.5, 0.9, 0.99}) {
            double pc = mod3.criticalFraction(alpha);
            assertThat(mod3.inferableFraction(pc * 900)).isCloseTo(alpha, within(ROUNDING));
        }
    }

    @Test
    void upperBoundAddsTheBestGuessOnTheUninferablePart() {
        BallsInBuckets m = new BallsInBuckets(10, 100);
        double f = 0.40951;
        assertThat(m.accuracyUpperBound(5, 1.0 / 3)).isCloseTo(f + (2.0 / 3) * (1 - f), within(ROUNDING));
        assertThat(m.accuracyUpperBound(5, 0.5)).isCloseTo(f + 0.5 * (1 - f), within(ROUNDING));
        assertThat(m.transitionFraction()).isEqualTo(0.1);
    }

    @Test
    void equationOneMatchesSimulatedBallsInBucketsWithinThreeStandardErrors() {
        int b = 37, balls = 50, trials = 20_000;
        SplittableRandom random = new SplittableRandom(5);
        double sum = 0, sumSq = 0;
        for (int t = 0; t < trials; t++) {
            boolean[] filled = new boolean[b];
            for (int i = 0; i < balls; i++) filled[random.nextInt(b)] = true;
            int empty = 0;
            for (boolean f : filled) if (!f) empty++;
            sum += empty;
            sumSq += (double) empty * empty;
        }
        double mean = sum / trials;
        double stderr = Math.sqrt((sumSq / trials - mean * mean) / trials);
        assertThat(new BallsInBuckets(b, 1000).emptyBuckets(balls)).isCloseTo(mean, within(3 * stderr));
    }

    @Test
    void zeroBitsMeansEverythingIsInferable() {
        BallsInBuckets m = new BallsInBuckets(0, 100);
        assertThat(m.inferableFraction(0)).isEqualTo(1);
        assertThat(m.criticalFraction(0.99)).isZero();
        assertThat(m.accuracyUpperBound(0, 0.5)).isEqualTo(1);
    }

    @Test
    void nonsenseParametersAreRejected() {
        assertThatThrownBy(() -> new BallsInBuckets(-1, 100)).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> new BallsInBuckets(Double.NaN, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BallsInBuckets(10, 0)).hasMessageContaining("N");
        assertThatThrownBy(() -> new BallsInBuckets(10, 100).criticalFraction(1)).hasMessageContaining("(0, 1)");
        assertThatThrownBy(() -> new BallsInBuckets(10, 100).accuracyUpperBound(1, 2)).hasMessageContaining("p*");
    }
}
