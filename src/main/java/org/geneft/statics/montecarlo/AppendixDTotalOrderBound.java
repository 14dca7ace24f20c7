package org.geneft.statics.montecarlo;

import java.util.Optional;
import java.util.SplittableRandom;
import org.geneft.graph.RelationClass;

/**
 * Appendix D's bound for strict total orders: close the training entries under asymmetry and
 * transitivity, then p_u = P(R_ij = 1) over linear extensions of that partial order drawn uniformly.
 *
 * <p>The paper draws 1000 orderings per training set without saying how; a biased generator (e.g.
 * a random topological sort) would not give the uniform posterior. Here p_u is exact (down-set
 * counting) when feasible, otherwise estimated from the Markov chain of {@link LinearExtensionSampler}.
 * Note that max(p̂, 1 − p̂) of a sampled p̂ is biased upwards (Jensen), by O(1/√samples) per
 * entry whose true p_u is near 1/2.
 */
public final class AppendixDTotalOrderBound {

    private AppendixDTotalOrderBound() {
    }

    /** The bound (#determined + Σ_undetermined max(p_u, 1 − p_u)) / n² for one training set. */
    public static double accuracy(RelationClass.TotalOrder order, TrainingSet training, BoundSettings settings,
            SplittableRandom rng) {
        Precedence poset = Precedence.of(order, training);
        int n = order.n();
        double[][] before = null;
        if (settings.linearExtensionMode() == LinearExtensionMode.EXACT_WHEN_FEASIBLE) {
            Optional<LinearExtensionCounter.Result> exact = LinearExtensionCounter.count(poset, settings.downSetBudget());
            if (exact.isPresent()) before = exact.get().before();
        }
        if (before == null) {
            before = LinearExtensionSampler.beforeFrequencies(poset, settings.sequencesPerSampling(),
                    settings.mixingConstant(), rng);
        }
        boolean[][] determined = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            // Asymmetry gives R_ii = 0; comparable pairs are fixed by the closure.
            for (int j = 0; j < n; j++) determined[i][j] = poset.comparable(i, j);
        }
        return PairAccuracy.of(determined, before);
    }
}
