package org.geneft.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BinaryCrossEntropyTest {

    @Test
    void lossAndGradientAreFiniteAndExactForExtremeLogits() {
        assertThat(BinaryCrossEntropy.loss(1e4, 1)).isEqualTo(0.0);
        assertThat(BinaryCrossEntropy.loss(-1e4, 0)).isEqualTo(0.0);
        assertThat(BinaryCrossEntropy.loss(1e4, 0)).isEqualTo(1e4);
        assertThat(BinaryCrossEntropy.loss(-1e4, 1)).isEqualTo(1e4);
        assertThat(BinaryCrossEntropy.gradient(1e4, 0)).isEqualTo(1.0);
        assertThat(BinaryCrossEntropy.gradient(-1e4, 1)).isEqualTo(-1.0);
        assertThat(BinaryCrossEntropy.gradient(1e4, 1)).isEqualTo(0.0);
        assertThat(BinaryCrossEntropy.gradient(-1e4, 0)).isEqualTo(0.0);
    }

    @Test
    void agreesWithTheTextbookFormulaWhereThatIsStable() {
        for (double z = -20; z <= 20; z += 0.37) {
            double s = 1 / (1 + Math.exp(-z));
            // Relative 1e-12: the textbook form loses digits in log(1 − s) as s → 1; the stable form does not.
            assertThat(BinaryCrossEntropy.loss(z, 1)).isCloseTo(-Math.log(s), within(1e-12 * (1 + Math.abs(z))));
            assertThat(BinaryCrossEntropy.loss(z, 0)).isCloseTo(-Math.log1p(-s), within(1e-9 * (1 + Math.abs(z))));
            assertThat(BinaryCrossEntropy.sigmoid(z)).isCloseTo(s, within(1e-15));
        }
    }
}
