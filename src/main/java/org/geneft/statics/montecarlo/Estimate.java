package org.geneft.statics.montecarlo;

/**
 * A sample mean with its standard error (sample standard deviation / √count).
 *
 * @param mean          the mean over samplings
 * @param standardError sd/√count with the n−1 sample variance; 0 for a single sampling
 * @param count         number of samplings averaged
 */
public record Estimate(double mean, double standardError, int count) {

    public Estimate {
        if (count < 1) throw new IllegalArgumentException("count must be >= 1, got " + count);
        if (!Double.isFinite(mean)) throw new IllegalArgumentException("mean must be finite, got " + mean);
        if (!(standardError >= 0)) throw new IllegalArgumentException("standard error must be >= 0, got " + standardError);
    }

    /** The estimate of the mean of {@code values}. */
    public static Estimate of(double[] values) {
        int m = values.length;
        if (m == 0) throw new IllegalArgumentException("no values");
        double mean = 0;
        for (double v : values) mean += v;
        mean /= m;
        if (m == 1) return new Estimate(mean, 0, 1);
        double ss = 0;
        for (double v : values) ss += (v - mean) * (v - mean);
        return new Estimate(mean, Math.sqrt(ss / (m - 1) / m), m);
    }
}
