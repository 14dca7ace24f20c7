package org.geneft.statics;

/**
 * The balls-in-buckets model of Sec. III (Eq. 1-5): b buckets (bits of description length), each
 * training sample fills at most one, N labelled pairs in the data set.
 *
 * <p>For b <= 1 there is at most one bit to learn: b = 0 means every pair is inferable before any
 * sample; 0 < b <= 1 is treated as one bucket (filled by the first sample), since (1 - 1/b) would
 * be negative.
 */
public final class BallsInBuckets {
    private final double b;
    private final double dataSetSize;

    /** @param b description length in bits (>= 0); @param dataSetSize N, the number of labelled pairs */
    public BallsInBuckets(double b, double dataSetSize) {
        if (!(b >= 0) || Double.isInfinite(b)) throw new IllegalArgumentException("description length must be finite and >= 0, got " + b);
        if (!(dataSetSize >= 1)) throw new IllegalArgumentException("data set size N must be >= 1, got " + dataSetSize);
        this.b = b;
        this.dataSetSize = dataSetSize;
    }

    public double bits() { return b; }

    public double dataSetSize() { return dataSetSize; }

    /** ln(1 - 1/b), the per-sample log survival of a bucket; -inf when one sample fills everything. */
    private double logMiss() {
        return b <= 1 ? Double.NEGATIVE_INFINITY : Math.log1p(-1 / b);
    }

    private double unfilled(double m) {
        if (b == 0) return 0;
        if (m == 0) return 1;
        return Math.exp(m * logMiss());
    }

    /** Eq. 1: expected number of empty buckets after m samples. */
    public double emptyBuckets(double m) {
        checkSamples(m);
        return Math.max(b, b == 0 ? 0 : 1) * unfilled(m);
    }

    /** Eq. 2: expected number of filled buckets after m samples. */
    public double filledBuckets(double m) {
        checkSamples(m);
        return Math.max(b, b == 0 ? 0 : 1) * (1 - unfilled(m));
    }

    /** Eq. 3: f(m) = 1 - (1 - 1/b)^m, the inferable fraction. */
    public double inferableFraction(double m) {
        checkSamples(m);
        return 1 - unfilled(m);
    }

    /**
     * Eq. 4: the training fraction at which f reaches the target accuracy alpha,
     * p_c = log2(1 - alpha) / (N log2(1 - 1/b)). May exceed 1: the target is then out of reach.
     */
    public double criticalFraction(double alpha) {
        if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("accuracy target alpha must lie in (0, 1), got " + alpha);
        if (b == 0) return 0;
        if (b <= 1) return 1 / dataSetSize; // one sample fills the only bucket
        return Math.log1p(-alpha) / (dataSetSize * logMiss());
    }

    /** Eq. 5: f_UB(m) = f(m) + max(p*, 1 - p*)(1 - f(m)). */
    public double accuracyUpperBound(double m, double pStar) {
        if (!(pStar >= 0 && pStar <= 1)) throw new IllegalArgumentException("p* must lie in [0, 1], got " + pStar);
        double f = inferableFraction(m);
        return f + Math.max(pStar, 1 - pStar) * (1 - f);
    }

    /** The transition scale the paper marks in its figures: training fraction b / N. */
    public double transitionFraction() {
        return b / dataSetSize;
    }

    private static void checkSamples(double m) {
        if (!(m >= 0) || Double.isInfinite(m)) throw new IllegalArgumentException("sample count m must be finite and >= 0, got " + m);
    }
}
