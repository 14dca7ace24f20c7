package org.geneft.dynamics;

/** The conserved quantity C = a2²/(2η_A) − c²/η_x of Eq. 10 (Eq. 11) and Theorem 2's limits. */
public record ConservedQuantity(double etaA, double etaX) {

    /** Eq. 11. */
    public double value(double a2, double c) {
        return a2 * a2 / (2 * etaA) - c * c / etaX;
    }

    /** The size of the two terms whose difference is C: the scale against which C's error is relative. */
    public double scale(double a2, double c) {
        return a2 * a2 / (2 * etaA) + c * c / etaX;
    }

    /** Eq. 11 in log coordinates u = ln|a2|, v = ln|c|. */
    double valueLog(double u, double v) {
        return Math.exp(2 * u) / (2 * etaA) - Math.exp(2 * v) / etaX;
    }

    /**
     * ln ρ with ρ = (c²/η_x) / (a2²/(2η_A)), the ratio of C's two terms: ρ &lt; 1 iff C &gt; 0. Along
     * Eq. 10, d ln ρ/dt = −4 η_A η_x C exactly, so ln ρ is linear in time.
     */
    double logRatio(double u, double v) {
        return Math.log(2 * etaA / etaX) + 2 * v - 2 * u;
    }

    /** Theorem 2: a2 → ±√(2η_A C) when C &gt; 0 (collision), 0 otherwise; the sign is a2's own. */
    public double a2Limit(double a2, double c) {
        double cq = value(a2, c);
        return cq > 0 ? Math.copySign(Math.sqrt(2 * etaA * cq), a2) : 0;
    }

    /** Theorem 2: c → ±√(−η_x C) when C &lt; 0 (no collision), 0 otherwise; the sign is c's own. */
    public double cLimit(double a2, double c) {
        double cq = value(a2, c);
        return cq < 0 ? Math.copySign(Math.sqrt(-etaX * cq), c) : 0;
    }
}
