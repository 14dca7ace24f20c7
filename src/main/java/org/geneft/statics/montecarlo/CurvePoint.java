package org.geneft.statics.montecarlo;

/**
 * The bounds at one training fraction, each averaged over the same (paired) training sets.
 *
 * @param fraction           training fraction
 * @param trainingSize       m = round(fraction · n²) observed pairs per training set
 * @param samplings          number of random training sets
 * @param appendixD          Appendix D bound, or null if not requested
 * @param exactBayes         exact Bayes-optimal accuracy, or null if not requested or infeasible on any training set
 * @param appendixDMinusBayes paired difference appendixD − exactBayes, or null when either is null
 * @param bayesFeasible      on how many training sets the exact Bayes enumeration fitted its budget
 */
public record CurvePoint(double fraction, int trainingSize, int samplings, Estimate appendixD, Estimate exactBayes,
        Estimate appendixDMinusBayes, int bayesFeasible) {

    public CurvePoint {
        if (!(fraction >= 0 && fraction <= 1)) throw new IllegalArgumentException("fraction must lie in [0, 1]");
        if (trainingSize < 0) throw new IllegalArgumentException("trainingSize must be >= 0");
        if (samplings < 1) throw new IllegalArgumentException("samplings must be >= 1");
        if (bayesFeasible < 0 || bayesFeasible > samplings) {
            throw new IllegalArgumentException("bayesFeasible must lie in 0..samplings");
        }
        if (exactBayes != null && bayesFeasible != samplings) {
            throw new IllegalArgumentException("exact Bayes is reported only when every sampling was feasible");
        }
        if (appendixDMinusBayes != null && (appendixD == null || exactBayes == null)) {
            throw new IllegalArgumentException("the paired difference needs both estimates");
        }
    }
}
