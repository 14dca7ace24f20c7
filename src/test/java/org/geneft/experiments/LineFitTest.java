package org.geneft.experiments;

import org.hipparchus.distribution.continuous.TDistribution;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LineFitTest {

    @Test
    void recoversAnExactLine() {
        double[] x = {-5, -4.5, -4, -3, -2};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) y[i] = 1.0 + 1.0 * x[i];
        LineFit f = LineFit.leastSquares(x, y);
        assertThat(f.slope()).isCloseTo(1.0, within(1e-12)); // exact data: only rounding
        assertThat(f.intercept()).isCloseTo(1.0, within(1e-12));
        assertThat(f.slopeStderr()).isCloseTo(0, within(1e-12));
    }

    /**
     * Planted slope with Gaussian noise: the estimate is unbiased and its standard error is right, so the
     * t-interval covers the planted slope in 95 % of 4000 trials (binomial sd 0.34 %: accept 93.6 % to 96.4 %,
     * four sd). A wrong error (say, without the k − 2 correction or the √Sxx) misses this by several points.
     */
    @Test
    void plantedSlopeIsRecoveredAndItsErrorCoversAtTheNominalRate() {
        double[] x = {-4, -3.5, -3, -2.5, -2, -1.5};
        double slope = -1.3, intercept = 0.4, sigma = 0.2;
        SplittableRandom rng = new SplittableRandom(11);
        double t = new TDistribution(x.length - 2).inverseCumulativeProbability(0.975);
        int trials = 4000, covered = 0;
        double meanSlope = 0;
        for (int k = 0; k < trials; k++) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) y[i] = intercept + slope * x[i] + sigma * gaussian(rng);
            LineFit f = LineFit.leastSquares(x, y);
            meanSlope += f.slope() / trials;
            if (Math.abs(f.slope() - slope) <= t * f.slopeStderr()) covered++;
        }
        // sd of the slope is sigma/sqrt(Sxx) = 0.2/1.87 = 0.107; the mean of 4000 has sd 0.0017: five sd.
        assertThat(meanSlope).isCloseTo(slope, within(0.0085));
        assertThat(covered / (double) trials).isBetween(0.936, 0.964);
    }

    @Test
    void twoPointsGiveALineButNoError() {
        LineFit f = LineFit.leastSquares(new double[] {0, 1}, new double[] {1, 3});
        assertThat(f.slope()).isEqualTo(2.0);
        assertThat(f.slopeStderr()).isNaN();
    }

    @Test
    void theResolutionFloorKeepsQuantizedCollinearPointsFromClaimingZeroError() {
        double[] x = {-4, -3.5, -3};
        double[] y = {-3, -2.5, -2};
        BoundaryFit f = BoundaryFit.fit(x, y, 0.5);
        assertThat(f.line().slopeStderr()).isCloseTo(0, within(1e-12));
        // sqrt(0.5^2/12 / Sxx) with Sxx = 0.5: 0.204
        assertThat(f.slopeError()).isCloseTo(Math.sqrt(0.25 / 12 / 0.5), within(1e-12));
    }

    private static double gaussian(SplittableRandom r) {
        double u = r.nextDouble(), v = r.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }
}
