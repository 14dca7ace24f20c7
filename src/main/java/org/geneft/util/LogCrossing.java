package org.geneft.util;

/** Where a curve sampled on increasing positive fractions first reaches a level, interpolated in log fraction. */
public final class LogCrossing {
    private LogCrossing() { }

    /**
     * The first fraction where the curve reaches the level, linear in log fraction between the grid points around it;
     * -infinity when the curve starts at or above the level (it is reached at or before the first fraction),
     * +infinity when it never reaches it.
     */
    public static double first(double[] fractions, double[] curve, double level) {
        if (curve[0] >= level) return Double.NEGATIVE_INFINITY;
        for (int i = 1; i < curve.length; i++)
            if (curve[i] >= level) {
                double x0 = Math.log(fractions[i - 1]), x1 = Math.log(fractions[i]);
                return Math.exp(x0 + (level - curve[i - 1]) / (curve[i] - curve[i - 1]) * (x1 - x0));
            }
        return Double.POSITIVE_INFINITY;
    }
}
