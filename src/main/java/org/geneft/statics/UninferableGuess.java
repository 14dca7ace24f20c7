package org.geneft.statics;

import org.geneft.graph.RelationClass;
import org.geneft.statics.montecarlo.BoundSettings;
import org.geneft.statics.montecarlo.ExactBayesEquivalence;
import org.geneft.statics.montecarlo.ExactBayesTotalOrder;
import org.geneft.statics.montecarlo.LatentEquivalence;
import org.geneft.statics.montecarlo.Posterior;
import org.geneft.statics.montecarlo.TrainingSet;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Measures what Eq. 5's max(p*, 1 - p*) stands for: the mean, over the pairs a training set leaves
 * undetermined, of the Bayes-optimal chance max(p_u, 1 - p_u) of guessing them right, with p_u the
 * exact posterior probability (for total orders, where the paper's p* = 1/3 comes from a
 * three-element argument, and for equivalences and complete bipartite graphs, p* = 1/k and 1/2).
 */
public final class UninferableGuess {

    /** Down-set budget of the exact linear-extension count (as the Monte Carlo bound's default). */
    private static final long DOWN_SET_BUDGET = 2_000_000L;

    /** @param mean mean of max(p_u, 1-p_u) over undetermined pairs; @param stderr over training sets */
    public record Measurement(double fraction, double mean, double stderr, int samplings, long undeterminedPairs) { }

    private UninferableGuess() { }

    public static Measurement totalOrder(RelationClass.TotalOrder order, double fraction, int samplings, long seed) {
        return measure(order.n(), t -> ExactBayesTotalOrder.posterior(order, t, DOWN_SET_BUDGET), fraction, samplings, seed);
    }

    /**
     * The same for an equivalence or a complete bipartite graph (the paper's p* = 1/k and 1/2), with the exact
     * posterior over the class's relations (uniform prior on the isomorphism class).
     */
    public static Measurement latentEquivalence(RelationClass rel, double fraction, int samplings, long seed) {
        LatentEquivalence latent = LatentEquivalence.of(rel);
        long budget = BoundSettings.defaults().bayesNodeBudget();
        return measure(latent.n(), t -> ExactBayesEquivalence.posterior(latent, t, budget), fraction, samplings, seed);
    }

    private static Measurement measure(int n, Function<TrainingSet, Optional<Posterior>> exact, double fraction,
            int samplings, long seed) {
        if (samplings < 2) throw new IllegalArgumentException("samplings must be >= 2 for a standard error, got " + samplings);
        SplittableRandom random = new SplittableRandom(seed);
        double sum = 0, sumSq = 0;
        long pairs = 0;
        int used = 0;
        for (int s = 0; s < samplings; s++) {
            TrainingSet training = TrainingSet.sample(n, fraction, random.split());
            Optional<Posterior> posterior = exact.apply(training);
            if (posterior.isEmpty()) continue;
            double total = 0;
            int count = 0;
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) {
                    double p = posterior.get().probabilityOne(i, j);
                    if (training.isObserved(i, j) || p == 0 || p == 1) continue;
                    total += Math.max(p, 1 - p);
                    count++;
                }
            if (count == 0) continue;
            double mean = total / count;
            sum += mean;
            sumSq += mean * mean;
            pairs += count;
            used++;
        }
        if (used < 2) return new Measurement(fraction, Double.NaN, Double.NaN, used, pairs);
        double mean = sum / used;
        double var = Math.max(0, (sumSq - used * mean * mean) / (used - 1));
        return new Measurement(fraction, mean, Math.sqrt(var / used), used, pairs);
    }
}
