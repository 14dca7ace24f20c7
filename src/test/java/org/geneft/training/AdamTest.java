package org.geneft.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AdamTest {
    // Tolerances of 1e-15: a few ulps of values near 1, the rounding of the handful of operations per step.

    @Test
    void adamAddsWeightDecayToTheGradientThenTakesABiasCorrectedStep() {
        double[] p = {1.0};
        Adam adam = Adam.adam(0.1, 0.01, p);
        adam.step(new double[][] {{0.5}});
        // g' = 0.5 + 0.01·1 = 0.51; m̂ = g', √v̂ = |g'| after one step; p ← 1 − 0.1·0.51/(0.51 + 1e-8).
        assertThat(p[0]).isCloseTo(1 - 0.1 * 0.51 / (0.51 + 1e-8), within(1e-15));
    }

    @Test
    void adamWShrinksTheParameterBeforeTheStepAndLeavesTheGradientAlone() {
        double[] p = {1.0};
        Adam adamW = Adam.adamW(0.1, 0.01, p);
        adamW.step(new double[][] {{0.5}});
        // p ← 1·(1 − 0.1·0.01) = 0.999, then − 0.1·0.5/(0.5 + 1e-8).
        assertThat(p[0]).isCloseTo(0.999 - 0.1 * 0.5 / (0.5 + 1e-8), within(1e-15));
    }

    @Test
    void secondStepUsesBothMomentsWithTheirBiasCorrections() {
        double[] p = {2.0};
        Adam adam = Adam.adam(0.01, 0, p);
        adam.step(new double[][] {{0.5}});
        double afterOne = 2.0 - 0.01 * 0.5 / (0.5 + 1e-8);
        assertThat(p[0]).isCloseTo(afterOne, within(1e-15));
        adam.step(new double[][] {{-0.25}});
        double m = 0.9 * 0.05 + 0.1 * -0.25;                 // 0.02
        double v = 0.999 * (0.001 * 0.25) + 0.001 * 0.0625;  // 3.1225e-4
        double mHat = m / (1 - 0.81), denom = Math.sqrt(v) / Math.sqrt(1 - 0.998001) + 1e-8;
        assertThat(p[0]).isCloseTo(afterOne - 0.01 * mHat / denom, within(1e-15));
        assertThat(adam.steps()).isEqualTo(2);
    }

    @Test
    void updatesEveryArrayOfItsGroup() {
        double[] a = {1, 2}, b = {3};
        Adam adam = Adam.adam(0.1, 0, a, b);
        adam.step(new double[][] {{1, -1}, {1}});
        // One step of Adam moves each coordinate by lr·sign(g) (up to ε).
        assertThat(a[0]).isCloseTo(0.9, within(1e-8));
        assertThat(a[1]).isCloseTo(2.1, within(1e-8));
        assertThat(b[0]).isCloseTo(2.9, within(1e-8));
    }

    @Test
    void threeStepsWithWeightDecayMatchTorchOptimInFloat64() {
        // Reference values printed by torch 1.13 (torch.optim.Adam / AdamW, lr 0.01, weight_decay 0.1,
        // float64) for these gradients. 1e-15: both follow the same formula; only rounding order may differ.
        double[][] grads = {{0.3, -0.7, 0.0}, {-0.1, 0.2, 1e-3}, {0.5, 0.5, -2.0}};
        double[] p = {1.0, -2.0, 0.5}, q = {1.0, -2.0, 0.5};
        Adam adam = Adam.adam(0.01, 0.1, p), adamW = Adam.adamW(0.01, 0.1, q);
        for (double[] g : grads) {
            adam.step(new double[][] {g});
            adamW.step(new double[][] {g});
        }
        double[] torchAdam = {0.9751370634233633, -1.9804352632647961, 0.4861043338959381};
        double[] torchAdamW = {0.9759718502860354, -1.9804509844750908, 0.49745293821655384};
        for (int i = 0; i < 3; i++) {
            assertThat(p[i]).isCloseTo(torchAdam[i], within(1e-15));
            assertThat(q[i]).isCloseTo(torchAdamW[i], within(1e-15));
        }
    }
}
