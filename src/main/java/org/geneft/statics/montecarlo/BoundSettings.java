package org.geneft.statics.montecarlo;

/**
 * Budgets and sampling parameters for the bounds.
 *
 * @param linearExtensionMode   exact counting when feasible, or always the paper's sampling
 * @param sequencesPerSampling  linear extensions drawn per training set when sampling (paper: 1000)
 * @param mixingConstant        c in the c · n³ · ln n steps between samples of the Markov chain
 * @param downSetBudget         maximum number of down-sets for exact linear-extension counting
 * @param bayesNodeBudget       maximum backtracking nodes for the exact Bayes enumeration of equivalences
 */
public record BoundSettings(LinearExtensionMode linearExtensionMode, int sequencesPerSampling,
        double mixingConstant, long downSetBudget, long bayesNodeBudget) {

    public BoundSettings {
        if (linearExtensionMode == null) throw new IllegalArgumentException("linearExtensionMode is required");
        if (sequencesPerSampling < 1) throw new IllegalArgumentException("sequencesPerSampling must be >= 1");
        if (!(mixingConstant > 0)) throw new IllegalArgumentException("mixingConstant must be > 0");
        if (downSetBudget < 1) throw new IllegalArgumentException("downSetBudget must be >= 1");
        if (bayesNodeBudget < 1) throw new IllegalArgumentException("bayesNodeBudget must be >= 1");
    }

    /** Exact counting up to 2·10^6 down-sets, else 1000 sequences (the paper's number); 2·10^8 Bayes nodes (seconds). */
    public static BoundSettings defaults() {
        return new BoundSettings(LinearExtensionMode.EXACT_WHEN_FEASIBLE, 1000, 1.0, 2_000_000L, 200_000_000L);
    }

    public BoundSettings withMode(LinearExtensionMode mode) {
        return new BoundSettings(mode, sequencesPerSampling, mixingConstant, downSetBudget, bayesNodeBudget);
    }
}
