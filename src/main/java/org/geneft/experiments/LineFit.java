package org.geneft.experiments;

/**
 * An ordinary least-squares line y = intercept + slope · x with the usual standard errors
 * (residual variance RSS/(k − 2)); the errors are NaN with fewer than three points, which cannot estimate them.
 *
 * @param slope            fitted slope
 * @param slopeStderr      its standard error
 * @param intercept        fitted value at x = 0
 * @param interceptStderr  its standard error
 * @param points           number of points fitted
 */
public record LineFit(double slope, double slopeStderr, double intercept, double interceptStderr, int points) {

    /** Fits the points; needs at least two distinct x. */
    public static LineFit leastSquares(double[] x, double[] y) {
        int k = x.length;
        if (k != y.length) throw new IllegalArgumentException("x and y differ in length");
        if (k < 2) throw new IllegalArgumentException("a line needs at least two points, got " + k);
        double mx = 0, my = 0;
        for (int i = 0; i < k; i++) { mx += x[i]; my += y[i]; }
        mx /= k;
        my /= k;
        double sxx = 0, sxy = 0;
        for (int i = 0; i < k; i++) { sxx += (x[i] - mx) * (x[i] - mx); sxy += (x[i] - mx) * (y[i] - my); }
        if (!(sxx > 0)) throw new IllegalArgumentException("a line needs at least two distinct x values");
        double slope = sxy / sxx, intercept = my - slope * mx;
        if (k < 3) return new LineFit(slope, Double.NaN, intercept, Double.NaN, k);
        double rss = 0;
        for (int i = 0; i < k; i++) {
            double e = y[i] - intercept - slope * x[i];
            rss += e * e;
        }
        double s2 = rss / (k - 2);
        return new LineFit(slope, Math.sqrt(s2 / sxx), intercept, Math.sqrt(s2 * (1.0 / k + mx * mx / sxx)), k);
    }

    /**
     * The intercept of a line whose slope is fixed (Eq. 12's 1): the mean of y − slope·x, with the standard error
     * of that mean (NaN with fewer than two points).
     */
    public static LineFit fixedSlope(double slope, double[] x, double[] y) {
        int k = x.length;
        if (k != y.length || k < 1) throw new IllegalArgumentException("needs equally many x and y, at least one");
        double m = 0;
        for (int i = 0; i < k; i++) m += y[i] - slope * x[i];
        m /= k;
        if (k < 2) return new LineFit(slope, 0, m, Double.NaN, k);
        double ss = 0;
        for (int i = 0; i < k; i++) { double d = y[i] - slope * x[i] - m; ss += d * d; }
        return new LineFit(slope, 0, m, Math.sqrt(ss / (k - 1) / k), k);
    }
}
