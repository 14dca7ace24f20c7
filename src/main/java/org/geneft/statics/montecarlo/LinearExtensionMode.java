package org.geneft.statics.montecarlo;

/** How Appendix D's total-order bound estimates P(R_ij = 1) over linear extensions. */
public enum LinearExtensionMode {
    /** Exact down-set counting when the down-sets fit the budget, else the Markov chain sampler. */
    EXACT_WHEN_FEASIBLE,
    /** Always the paper's literal procedure: a fixed number of sampled orderings per training set. */
    SAMPLED
}
