package org.geneft.statics.montecarlo;

import java.util.SplittableRandom;

/**
 * A training set: which of the n² ordered pairs (i, j), diagonal included, are observed.
 *
 * @param n        number of elements
 * @param observed observed[i * n + j] is true when the label R_ij is in the training set
 */
public record TrainingSet(int n, boolean[] observed) {

    public TrainingSet {
        if (n < 1) throw new IllegalArgumentException("n must be >= 1, got " + n);
        if (observed.length != n * n) {
            throw new IllegalArgumentException("observed must have n² = " + n * n + " entries, got " + observed.length);
        }
        observed = observed.clone();
    }

    /**
     * The training-set size m for a fraction: m = Math.round(fraction · n²), i.e. rounded half up,
     * so fraction 0 gives no pair and fraction 1 gives every pair.
     */
    public static int size(int n, double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must lie in [0, 1], got " + fraction);
        }
        return (int) Math.round(fraction * n * n);
    }

    /** A uniformly random subset of size {@link #size(int, double)} of the n² pairs (partial Fisher–Yates). */
    public static TrainingSet sample(int n, double fraction, SplittableRandom rng) {
        int total = n * n;
        int m = size(n, fraction);
        int[] index = new int[total];
        for (int t = 0; t < total; t++) index[t] = t;
        boolean[] observed = new boolean[total];
        for (int t = 0; t < m; t++) {
            int u = t + rng.nextInt(total - t);
            int swap = index[t];
            index[t] = index[u];
            index[u] = swap;
            observed[index[t]] = true;
        }
        return new TrainingSet(n, observed);
    }

    public boolean isObserved(int i, int j) {
        return observed[i * n + j];
    }

    /** Number of observed pairs m. */
    public int size() {
        int m = 0;
        for (boolean b : observed) if (b) m++;
        return m;
    }

    @Override
    public boolean[] observed() {
        return observed.clone();
    }
}
