package org.geneft.statics;

import org.geneft.statics.montecarlo.Posterior;
import org.geneft.statics.montecarlo.TrainingSet;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Sec. III: "to fully generalize and figure out precisely which graph in its class we are dealing with, we therefore
 * need at least b training data samples on expectation". Measured exactly: pairs are revealed in a random order,
 * and the exact Bayes posterior over the class (uniform prior) says after how many the relation is the only one
 * consistent with them. Its mean over random orders is set against b.
 */
public final class IdentificationSamples {

    /**
     * @param bits     b of the relation (log2 of its class's size)
     * @param orders   random orders of the n² pairs measured
     * @param mean     mean number of revealed pairs at which the relation is identified
     * @param stderr   standard error of that mean over the orders
     * @param fewest   the fewest pairs any order needed
     */
    public record Measurement(double bits, int orders, double mean, double stderr, int fewest) { }

    private IdentificationSamples() { }

    /**
     * @param exact the exact posterior of a training set (empty past its counting budget: then not identified, since
     *              a count too large to enumerate is not 1)
     */
    public static Measurement measure(int n, double bits, Function<TrainingSet, Optional<Posterior>> exact, int orders,
            long seed) {
        if (orders < 2) throw new IllegalArgumentException("need at least 2 random orders, got " + orders);
        SplittableRandom rng = new SplittableRandom(seed);
        int pairs = n * n;
        double sum = 0, sumSq = 0;
        int fewest = Integer.MAX_VALUE;
        for (int o = 0; o < orders; o++) {
            int[] order = permutation(pairs, rng.split());
            // Identification is monotone in the revealed prefix (more data never admits more relations): bisect.
            int lo = 0, hi = pairs; // not identified after lo pairs (none revealed: the whole class), identified after hi
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (identified(exact, prefix(n, order, mid))) hi = mid;
                else lo = mid;
            }
            sum += hi;
            sumSq += (double) hi * hi;
            fewest = Math.min(fewest, hi);
        }
        double mean = sum / orders, var = Math.max(0, (sumSq - orders * mean * mean) / (orders - 1));
        return new Measurement(bits, orders, mean, Math.sqrt(var / orders), fewest);
    }

    private static boolean identified(Function<TrainingSet, Optional<Posterior>> exact, TrainingSet t) {
        // The count is a double (it can exceed a long); one relation is exactly 1.0.
        return exact.apply(t).map(p -> p.consistentRelations() < 1.5).orElse(false);
    }

    private static TrainingSet prefix(int n, int[] order, int m) {
        boolean[] observed = new boolean[n * n];
        for (int i = 0; i < m; i++) observed[order[i]] = true;
        return new TrainingSet(n, observed);
    }

    private static int[] permutation(int size, SplittableRandom rng) {
        int[] p = new int[size];
        for (int i = 0; i < size; i++) p[i] = i;
        for (int i = size - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1), t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
