package org.geneft.testing;

import java.math.BigInteger;

/** Exact integer references for tests: factorials, and logarithms of big integers to double precision. */
public final class ExactIntegers {
    private ExactIntegers() { }

    public static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) f = f.multiply(BigInteger.valueOf(i));
        return f;
    }

    /** log2 of a positive big integer: the top 62 bits as a double plus the shifted-out powers of two. */
    public static double log2(BigInteger x) {
        int shift = Math.max(0, x.bitLength() - 62);
        return Math.log(x.shiftRight(shift).doubleValue()) / Math.log(2) + shift;
    }

    public static double log10(BigInteger x) {
        return log2(x) * Math.log10(2);
    }
}
