package org.geneft.statics.montecarlo;

/**
 * The exact posterior over the relations of an isomorphism class consistent with a training set.
 *
 * @param probabilityOne       probabilityOne[i][j] = P(R_ij = 1 | training set)
 * @param consistentRelations  how many relations of the class agree with every observed entry
 */
public record Posterior(double[][] probabilityOne, double consistentRelations) {

    public Posterior {
        if (!(consistentRelations >= 1)) {
            throw new IllegalArgumentException("the reference relation itself is always consistent");
        }
        probabilityOne = probabilityOne.clone();
    }

    /** The Bayes-optimal accuracy: (#observed + Σ_unobserved max(p_u, 1 − p_u)) / n². */
    public double accuracy(TrainingSet training) {
        return PairAccuracy.of(PairAccuracy.observed(training), probabilityOne);
    }
}
