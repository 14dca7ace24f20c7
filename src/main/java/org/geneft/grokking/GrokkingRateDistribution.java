package org.geneft.grokking;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fig. 5(a) of the grokking effective theory: the grokking rate lambda_3 of random training sets against the training
 * fraction. Training sets are drawn as for Fig. 4(a) (LinearStructureProbability); lambda_3 is H's third eigenvalue at
 * the normalised linear structure (EffectiveTheory.grokkingRate), 0 exactly when the set leaves a third direction free.
 */
public final class GrokkingRateDistribution {

    /**
     * @param zeroProbability P(lambda_3 = 0), with its standard error
     * @param mean            mean lambda_3 over all sets (zeros included), with its standard error
     * @param meanNonzero     mean lambda_3 over the sets where it is positive (NaN if none)
     */
    public record Point(double fraction, int trainingPairs, long sets, double zeroProbability, double zeroStderr,
            double mean, double meanStderr, double meanNonzero) { }

    private GrokkingRateDistribution() { }

    public static Point estimate(int p, double fraction, int sets, long seed) {
        if (sets < 2) throw new IllegalArgumentException("need at least 2 training sets, got " + sets);
        List<int[]> all = LinearStructureProbability.allPairs(p);
        int m = LinearStructureProbability.trainingPairs(p, fraction);
        SplittableRandom rng = new SplittableRandom(seed);
        int zeros = 0;
        double sum = 0, sq = 0;
        for (int s = 0; s < sets; s++) {
            double rate = EffectiveTheory.grokkingRate(p, LinearStructureProbability.sample(all, m, rng));
            if (rate == 0) zeros++;
            sum += rate;
            sq += rate * rate;
        }
        double q = zeros / (double) sets, mean = sum / sets;
        double var = Math.max(0, (sq - sets * mean * mean) / (sets - 1));
        return new Point(fraction, m, sets, q, Math.sqrt(q * (1 - q) / sets), mean, Math.sqrt(var / sets),
                zeros == sets ? Double.NaN : sum / (sets - zeros));
    }

    /** The authors' grid: 3, 6, ..., 54 training pairs of p = 10's 55 (toy/Figure4ab.ipynb), any p alike. */
    public static List<Double> authorsFractions(int p) {
        int all = p * (p + 1) / 2;
        List<Double> f = new ArrayList<>();
        for (int m = 3; m < all; m += 3) f.add(m / (double) all);
        return f;
    }
}
