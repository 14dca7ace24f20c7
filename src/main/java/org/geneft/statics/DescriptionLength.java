package org.geneft.statics;

import org.hipparchus.special.Gamma;

/** Description length b = log2(n! / |Aut(G)|) (Sec. III), in bits, through log-gamma. */
public final class DescriptionLength {
    private static final double LN2 = Math.log(2);

    private DescriptionLength() { }

    /** log2 n!, exact to double precision for any n (never a factorial in a double). */
    public static double log2Factorial(long n) {
        if (n < 0) throw new IllegalArgumentException("n! needs n >= 0, got " + n);
        return Gamma.logGamma(n + 1.0) / LN2;
    }

    /** b = log2 n! - log2 |Aut(G)|: the bits that say which relabelling of G this is. */
    public static double bits(int n, double log2Aut) {
        double b = log2Factorial(n) - log2Aut;
        // |Aut| <= n!, so b >= 0; a tiny negative value is rounding of the two logs.
        return b < 0 && b > -1e-9 * Math.max(1, log2Aut) ? 0 : b;
    }
}
