package org.geneft.statics;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.geneft.testing.ExactIntegers.factorial;
import static org.geneft.testing.ExactIntegers.log2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DescriptionLengthTest {

    @Test
    void log2FactorialAgreesWithExactIntegerFactorials() {
        BigInteger f = BigInteger.ONE;
        for (int n = 1; n <= 300; n++) {
            f = f.multiply(BigInteger.valueOf(n));
            // log-gamma is accurate to ~1e-15 relative; 1e-12 relative leaves room for the division by ln 2.
            assertThat(DescriptionLength.log2Factorial(n)).isCloseTo(log2(f), within(1e-12 * Math.max(1, log2(f))));
        }
        assertThat(DescriptionLength.log2Factorial(0)).isZero();
    }

    @Test
    void totalOrderNeedsLog2OfNFactorialBits() {
        assertThat(DescriptionLength.bits(30, 0)).isCloseTo(log2(factorial(30)), within(1e-9));
    }

    @Test
    void completeBipartiteWithUnequalSidesNeedsLog2OfTheBinomial() {
        // |Aut(K_{10,20})| = 10! 20!, so b = log2 C(30, 10).
        double log2Aut = log2(factorial(10).multiply(factorial(20)));
        double binomial = log2(factorial(30).divide(factorial(10).multiply(factorial(20))));
        assertThat(DescriptionLength.bits(30, log2Aut)).isCloseTo(binomial, within(1e-9));
    }


}
