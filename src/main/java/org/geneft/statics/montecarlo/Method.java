package org.geneft.statics.montecarlo;

/** The accuracy bounds a curve can compute on its training sets. */
public enum Method {
    /** The paper's Monte Carlo upper bound (Appendix D). */
    APPENDIX_D,
    /** The exact Bayes-optimal accuracy under the uniform prior on the isomorphism class. */
    EXACT_BAYES
}
