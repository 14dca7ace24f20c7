package org.geneft.training;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class TanhTest {

    @Test
    void agreesWithStrictMathWithinAFewUlpsRelativeAtEveryMagnitude() {
        SplittableRandom r = new SplittableRandom(1);
        int len = 100_000;
        double[] x = new double[len], z = new double[len];
        for (int i = 0; i < len; i++) x[i] = (r.nextBoolean() ? 1 : -1) * Math.pow(10, -300 + 303 * r.nextDouble());
        for (int i = 0; i < 1000; i++) x[i] = (r.nextBoolean() ? 1 : -1) * Math.pow(10, -12 + 15 * r.nextDouble());
        System.arraycopy(x, 0, z, 0, len);
        new Tanh(len).apply(z, len);
        for (int i = 0; i < len; i++) {
            double exact = StrictMath.tanh(x[i]);
            // 16 ulps relative: about 50 roundings in the series and the six doublings, each well conditioned;
            // measured worst case 5.7 ulps.
            assertThat(Math.abs(z[i] - exact)).as("tanh(%s)", x[i]).isLessThanOrEqualTo(16 * Math.ulp(exact));
            assertThat(Math.abs(z[i])).isLessThanOrEqualTo(1.0);
        }
    }

    @Test
    void saturatesWithoutOverflowAndKeepsZeroAndNaN() {
        double[] z = {1e4, -1e4, 0, Double.POSITIVE_INFINITY, Double.NaN, 20, 19, -19};
        new Tanh(z.length).apply(z, z.length);
        assertThat(z[0]).isEqualTo(1.0);
        assertThat(z[1]).isEqualTo(-1.0);
        assertThat(z[2]).isEqualTo(0.0);
        assertThat(z[3]).isEqualTo(1.0);
        assertThat(z[4]).isNaN();
        assertThat(z[5]).isEqualTo(1.0);
        // Near saturation the quotient rounds to 1 + 2^-52 before the clip: never above 1, within 2 ulps.
        assertThat(z[6]).isLessThanOrEqualTo(1.0).isCloseTo(StrictMath.tanh(19), org.assertj.core.api.Assertions.within(2.3e-16));
        assertThat(z[7]).isGreaterThanOrEqualTo(-1.0).isCloseTo(StrictMath.tanh(-19), org.assertj.core.api.Assertions.within(2.3e-16));
    }
}
