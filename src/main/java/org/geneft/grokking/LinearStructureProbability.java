package org.geneft.grokking;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fig. 4(a) of the grokking effective theory: the probability that a random training set of addition pairs implies a
 * unique linear structure (nullity 2 of its parallelogram system), against the training fraction. The data are the
 * unordered pairs (i, j), 0 &lt;= i &lt;= j &lt; p, p(p + 1)/2 of them (the authors' toy addition); a training set of
 * fraction f holds round(f * p(p + 1)/2) of them, drawn uniformly without replacement.
 */
public final class LinearStructureProbability {

    /**
     * @param probability   P(unique linear structure); @param stderr its standard error (0 when exact)
     * @param sets          the training sets behind it
     * @param idealAccuracy mean ideal accuracy over all pairs (IdealAccuracy, the authors' acc_ideal); NaN when exact
     *                      enumeration did not compute it
     * @param idealStderr   its standard error
     */
    public record Point(double fraction, int trainingPairs, double probability, double stderr, long sets,
            double idealAccuracy, double idealStderr) { }

    private LinearStructureProbability() { }

    /** Every unordered pair (i, j), i &lt;= j &lt; p, in a fixed order. */
    public static List<int[]> allPairs(int p) {
        if (p < 2) throw new IllegalArgumentException("need at least 2 symbols, got " + p);
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < p; i++) for (int j = i; j < p; j++) pairs.add(new int[] {i, j});
        return pairs;
    }

    /** How many pairs a training fraction takes. */
    public static int trainingPairs(int p, double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) throw new IllegalArgumentException("fraction must lie in [0, 1], got " + fraction);
        return (int) Math.round(fraction * p * (p + 1) / 2.0);
    }

    /** Monte Carlo over {@code sets} random training sets (seeded). */
    public static Point estimate(int p, double fraction, int sets, long seed) {
        if (sets < 2) throw new IllegalArgumentException("need at least 2 training sets, got " + sets);
        List<int[]> all = allPairs(p);
        int m = trainingPairs(p, fraction);
        SplittableRandom rng = new SplittableRandom(seed);
        int unique = 0;
        double accSum = 0, accSq = 0;
        for (int s = 0; s < sets; s++) {
            List<int[]> train = sample(all, m, rng);
            if (new ParallelogramSystem(p, train).uniqueLinearStructure()) unique++;
            double acc = IdealAccuracy.overAll(p, train);
            accSum += acc;
            accSq += acc * acc;
        }
        double q = unique / (double) sets, mean = accSum / sets;
        double var = Math.max(0, (accSq - sets * mean * mean) / (sets - 1));
        return new Point(fraction, m, q, Math.sqrt(q * (1 - q) / sets), sets, mean, Math.sqrt(var / sets));
    }

    /** m pairs drawn uniformly without replacement (a partial Fisher-Yates shuffle), in draw order. */
    static List<int[]> sample(List<int[]> all, int m, SplittableRandom rng) {
        List<int[]> train = new ArrayList<>(m);
        for (int i : firstOfPermutation(all.size(), m, rng)) train.add(all.get(i));
        return train;
    }

    /** m distinct indices of 0..n-1, uniformly, in random order: the first m steps of a Fisher-Yates shuffle. */
    static int[] firstOfPermutation(int n, int m, SplittableRandom rng) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        for (int t = 0; t < m; t++) {
            int u = t + rng.nextInt(n - t), swap = idx[t];
            idx[t] = idx[u];
            idx[u] = swap;
        }
        return java.util.Arrays.copyOf(idx, m);
    }

    /** Exactly, over every training set of m pairs: feasible while C(p(p+1)/2, m) is small (p &lt;= 5). */
    public static Point exact(int p, int m) {
        List<int[]> all = allPairs(p);
        if (all.size() > 20) throw new IllegalArgumentException("exact enumeration needs p(p+1)/2 <= 20, got " + all.size());
        if (m < 0 || m > all.size()) throw new IllegalArgumentException("m must lie in [0, " + all.size() + "], got " + m);
        long unique = 0, total = 0;
        for (int mask = 0; mask < 1 << all.size(); mask++) {
            if (Integer.bitCount(mask) != m) continue;
            List<int[]> train = new ArrayList<>(m);
            for (int i = 0; i < all.size(); i++) if ((mask >> i & 1) == 1) train.add(all.get(i));
            total++;
            if (new ParallelogramSystem(p, train).uniqueLinearStructure()) unique++;
        }
        return new Point(m / (double) all.size(), m, unique / (double) total, 0, total, Double.NaN, Double.NaN);
    }

    /**
     * The fewest pairs of one random ordering of all pairs whose prefix implies a unique linear structure. Uniqueness
     * only grows with the set (more pairs, more rows of A, rank never falls), so a prefix of m pairs is unique exactly
     * when m is at least this threshold: over random orderings, P(threshold &lt;= m) is Fig. 4(a)'s curve at m pairs,
     * and its median is where the curve crosses 1/2. Found by bisection over the prefix length.
     */
    public static int thresholdPairs(int p, SplittableRandom rng) {
        List<int[]> all = allPairs(p);
        List<int[]> order = sample(all, all.size(), rng);
        int lo = 0, hi = all.size(); // the full set is unique for p >= 2: its parallelograms include i + (i+2) = 2(i+1)
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (new ParallelogramSystem(p, order.subList(0, mid)).uniqueLinearStructure()) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /** The fraction where the probability first reaches 1/2, interpolated linearly between grid points; NaN if never. */
    public static double criticalFraction(List<Point> curve) {
        for (int i = 0; i < curve.size(); i++) {
            Point b = curve.get(i);
            if (b.probability() < 0.5) continue;
            if (i == 0) return b.fraction();
            Point a = curve.get(i - 1);
            return a.fraction() + (0.5 - a.probability()) * (b.fraction() - a.fraction()) / (b.probability() - a.probability());
        }
        return Double.NaN;
    }
}
