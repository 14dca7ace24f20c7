package org.geneft.aut;

import java.math.BigInteger;

/** log2(k!) and k! for the exact factors the reductions contribute. */
final class Log2Factorial {
    private Log2Factorial() { }

    /** Summed term by term: k is at most the vertex count, and the rounding error stays near k * 1e-16 relative. */
    static double of(long k) {
        double sum = 0;
        for (long i = 2; i <= k; i++) sum += Math.log(i);
        return sum / Math.log(2);
    }

    static BigInteger exact(int k) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= k; i++) f = f.multiply(BigInteger.valueOf(i));
        return f;
    }
}
