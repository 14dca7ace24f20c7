package org.geneft.experiments;

/**
 * A boundary line fitted to interpolated crossing points of a phase grid, with an error that cannot fall below the
 * grid's resolution: each crossing is located only to within the swept rate's spacing Δ (in log10), so every point
 * carries at least a uniform error of variance Δ²/12, added to the least-squares estimate (which is zero, and
 * meaningless, when a handful of quantized points happen to lie on a line).
 *
 * @param line       the least-squares fit (slope, intercept and their OLS standard errors)
 * @param slopeError standard error of the slope, OLS and resolution combined (NaN with fewer than 3 points)
 * @param interceptError the same for the intercept
 */
public record BoundaryFit(LineFit line, double slopeError, double interceptError) {

    /** Fits y = a + b x to the crossing points; {@code resolution} is Δ, the spacing of the grid along y. */
    public static BoundaryFit fit(double[] x, double[] y, double resolution) {
        LineFit l = LineFit.leastSquares(x, y);
        if (l.points() < 3) return new BoundaryFit(l, Double.NaN, Double.NaN);
        int k = x.length;
        double mx = 0;
        for (double v : x) mx += v;
        mx /= k;
        double sxx = 0;
        for (double v : x) sxx += (v - mx) * (v - mx);
        double q = resolution * resolution / 12;
        double slopeVar = l.slopeStderr() * l.slopeStderr() + q / sxx;
        double interceptVar = l.interceptStderr() * l.interceptStderr() + q * (1.0 / k + mx * mx / sxx);
        return new BoundaryFit(l, Math.sqrt(slopeVar), Math.sqrt(interceptVar));
    }

    /** The intercept of the line of slope 1 (Eq. 12) through the points, its error with the resolution floor. */
    public static LineFit slopeOne(double[] x, double[] y, double resolution) {
        LineFit l = LineFit.fixedSlope(1, x, y);
        if (l.points() < 2) return l;
        double e = Math.sqrt(l.interceptStderr() * l.interceptStderr() + resolution * resolution / 12 / l.points());
        return new LineFit(1, 0, l.intercept(), e, l.points());
    }
}
