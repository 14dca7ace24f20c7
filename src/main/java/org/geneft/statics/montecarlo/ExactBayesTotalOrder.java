package org.geneft.statics.montecarlo;

import java.util.Optional;
import org.geneft.graph.RelationClass;

/**
 * Exact Bayes posterior for strict total orders under the uniform prior on all n! orders: the
 * orders consistent with the training entries are exactly the linear extensions of their
 * transitive closure, so P(R_ij = 1) is the down-set count of {@link LinearExtensionCounter}.
 */
public final class ExactBayesTotalOrder {

    private ExactBayesTotalOrder() {
    }

    /** Empty when the closure has more down-sets than the budget. */
    public static Optional<Posterior> posterior(RelationClass.TotalOrder order, TrainingSet training,
            long downSetBudget) {
        return LinearExtensionCounter.count(Precedence.of(order, training), downSetBudget)
                .map(r -> new Posterior(r.before(), r.linearExtensions()));
    }
}
