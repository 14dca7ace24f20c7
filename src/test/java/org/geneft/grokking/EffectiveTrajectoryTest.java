package org.geneft.grokking;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The integrated effective flow against Eq. 9's closed form, and what the comparison would catch. */
class EffectiveTrajectoryTest {

    private static double[] start(int p, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] e = new double[p];
        for (int k = 0; k < p; k++) e[k] = rng.nextDouble() - 0.5;
        return EffectiveTheory.normalise(e);
    }

    @Test
    void theClosedFormSolvesEquationNineByFiniteDifferences() {
        EffectiveTheory t = EffectiveTheory.ofAllPairs(7);
        double[] e0 = start(7, 2);
        double z0 = EffectiveTheory.z0(e0);
        double[] lambda = t.eigenvalues(z0);
        double[][] v = t.eigenvectors(z0), h = t.hessian(z0);
        double[] c = new double[7];
        for (int k = 0; k < 7; k++) for (int i = 0; i < 7; i++) c[k] += v[k][i] * e0[i];
        double time = 0.05, dt = 1e-6;
        double[] up = EffectiveTrajectory.closedForm(lambda, v, c, time + dt);
        double[] down = EffectiveTrajectory.closedForm(lambda, v, c, time - dt);
        double[] at = EffectiveTrajectory.closedForm(lambda, v, c, time);
        for (int i = 0; i < 7; i++) {
            double hv = 0;
            for (int j = 0; j < 7; j++) hv += h[i][j] * at[j];
            assertThat((up[i] - down[i]) / (2 * dt)).isCloseTo(-hv, within(1e-6)); // O(dt^2 lambda^3) + rounding
        }
        assertThat(EffectiveTrajectory.closedForm(lambda, v, c, 0)).containsExactly(e0, within(1e-12));
    }

    @Test
    void theExactFlowIsTheRescaledClosedFormAndConservesTheScale() {
        EffectiveTrajectory.Result r = EffectiveTrajectory.integrate(EffectiveTheory.ofAllPairs(10), start(10, 1), 12, 40);
        assertThat(r.rescaledDeviation()).isLessThan(1e-8);
        assertThat(r.scaleDrift()).isLessThan(1e-8);
        assertThat(Double.isNaN(r.centreGrowth())).isTrue(); // a centred start has no centre to grow
        // The distance to the linear structure falls by about e^{-12} (lambda_3 and faster modes).
        double first = r.points().get(0).distance(), last = r.points().get(r.points().size() - 1).distance();
        assertThat(last / first).isLessThan(Math.exp(-11));
        // The closed form alone shrinks Z0: far from the rescaled comparison's 1e-13, its scale is off by order 1.
        double[] lin = r.points().get(r.points().size() - 1).linear();
        assertThat(EffectiveTheory.z0(lin) / 9).isLessThan(0.9);
    }

    @Test
    void anUncentredStartsCentreGrowsByTheRescalingFactor() {
        double[] e0 = start(10, 4);
        for (int k = 0; k < 10; k++) e0[k] += 0.3;
        EffectiveTrajectory.Result r = EffectiveTrajectory.integrate(EffectiveTheory.ofAllPairs(10), e0, 12, 40);
        assertThat(r.centreGrowth()).isGreaterThan(1.01).isCloseTo(r.rescaleFactor(), within(1e-8));
    }

    @Test
    void alongTheSlowestEigenvectorTheDistanceDecaysAtLambda3() {
        EffectiveTheory t = EffectiveTheory.ofAllPairs(10);
        double[] lin = EffectiveTheory.normalisedLinear(10), v3 = t.eigenvectors(9)[2];
        for (int k = 0; k < 10; k++) lin[k] += 0.4 * v3[k];
        EffectiveTrajectory.Result r = EffectiveTrajectory.integrate(t, EffectiveTheory.normalise(lin), 10, 40);
        assertThat(r.measuredRate() / r.lambda3()).isCloseTo(1, within(1e-6));
        // lambda_3 of the full p = 10 data at Z0 = 9, with lambda_4 only 4 % above it: the rate test separates them.
        assertThat(t.eigenvalues(9)[3] / r.lambda3()).isGreaterThan(1.03);
    }

    @Test
    void aTrainingSetWithoutAUniqueStructureHasNoGrokkingRateToFollow() {
        EffectiveTheory sparse = EffectiveTheory.ofTrainingSet(10, LinearStructureProbability.allPairs(10).subList(0, 5));
        assertThatThrownBy(() -> EffectiveTrajectory.integrate(sparse, start(10, 1), 5, 10))
                .hasMessageContaining("lambda_3 = 0");
    }
}
