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
        probabilityOne = deepCopy(probabilityOne);
    }

    /** A copy of the n×n matrix of P(R_ij = 1). */
    @Override
    public double[][] probabilityOne() {
        return deepCopy(probabilityOne);
    }

    /** P(R_ij = 1 | training set). */
    public double probabilityOne(int i, int j) {
        return probabilityOne[i][j];
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) copy[i] = m[i].clone();
        return copy;
    }

    /** The Bayes-optimal accuracy: (#observed + Σ_unobserved max(p_u, 1 − p_u)) / n². */
    public double accuracy(TrainingSet training) {
        return PairAccuracy.of(PairAccuracy.observed(training), probabilityOne);
    }
}
