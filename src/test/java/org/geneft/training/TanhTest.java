package org.geneft.training;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class TanhTest {

    @Test
    void agreesWithStrictMathWithinAFewUlpsOfOneAtEveryMagnitude() {
        SplittableRandom r = new SplittableRandom(1);
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            double x = (r.nextBoolean() ? 1 : -1) * Math.pow(10, -12 + 15 * r.nextDouble());
            worst = Math.max(worst, Math.abs(Tanh.tanh(x) - StrictMath.tanh(x)));
        }
        // 4 ulps of 1 (8.9e-16): rounding of e^{2x}, one addition, one division, one subtraction.
        assertThat(worst).isLessThanOrEqualTo(4 * Math.ulp(1.0));
    }

    @Test
    void saturatesWithoutOverflow() {
        assertThat(Tanh.tanh(1e4)).isEqualTo(1.0);
        assertThat(Tanh.tanh(-1e4)).isEqualTo(-1.0);
        assertThat(Tanh.tanh(0)).isEqualTo(0.0);
    }
}
