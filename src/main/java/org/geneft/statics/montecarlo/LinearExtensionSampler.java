package org.geneft.statics.montecarlo;

import java.util.SplittableRandom;

/**
 * Approximately uniform linear extensions from the lazy adjacent-transposition Markov chain
 * (Karzanov–Khachiyan 1991; Bubley–Dyer 1999): pick a position p uniformly in 0..n−2 and, with
 * probability 1/2, swap the elements at p and p+1 unless the poset orders them. The chain is
 * symmetric, so its stationary law is uniform on linear extensions.
 *
 * <p>Mixing budget: the chain's mixing time is O(n³ log n) (Bubley–Dyer; Wilson 2004 gives the
 * sharp constant, about 2/π² · n³ ln n for the lazy chain on the unconstrained case). We run
 * {@code mixingConstant · n³ · ln n} steps (at least n) as burn-in from a topological order, and
 * the same number of steps between retained samples, so consecutive samples are close to
 * independent; with the default constant 1 this is about five times the known sharp value.
 */
public final class LinearExtensionSampler {

    private LinearExtensionSampler() {
    }

    /** Steps between samples for n elements: max(n, ceil(c · n³ · ln n)). */
    public static long mixingSteps(int n, double mixingConstant) {
        if (!(mixingConstant > 0)) throw new IllegalArgumentException("mixing constant must be > 0");
        double steps = mixingConstant * Math.pow(n, 3) * Math.log(Math.max(n, 2));
        return Math.max(n, (long) Math.ceil(steps));
    }

    /**
     * Empirical P(a before b) from {@code samples} linear extensions.
     *
     * @return frequencies[a][b] = fraction of samples in which a precedes b
     */
    public static double[][] beforeFrequencies(Precedence poset, int samples, double mixingConstant,
            SplittableRandom rng) {
        if (samples < 1) throw new IllegalArgumentException("need at least one sample, got " + samples);
        int n = poset.n();
        double[][] freq = new double[n][n];
        if (n == 1) return freq;
        long[] after = new long[n];
        for (int b = 0; b < n; b++) {
            for (int a = 0; a < n; a++) if (poset.precedes(a, b)) after[a] |= 1L << b;
        }
        int[] order = poset.someLinearExtension();
        long steps = mixingSteps(n, mixingConstant);
        long[][] counts = new long[n][n];
        int[] position = new int[n];
        for (int s = 0; s < samples; s++) {
            for (long t = 0; t < steps; t++) {
                int p = rng.nextInt(n - 1);
                if (rng.nextBoolean()) {
                    int a = order[p];
                    int b = order[p + 1];
                    if ((after[a] >>> b & 1L) == 0) {
                        order[p] = b;
                        order[p + 1] = a;
                    }
                }
            }
            for (int t = 0; t < n; t++) position[order[t]] = t;
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) if (position[a] < position[b]) counts[a][b]++;
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) freq[a][b] = (double) counts[a][b] / samples;
        }
        return freq;
    }
}
