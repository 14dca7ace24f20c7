/**
 * Accuracy bounds against the training fraction (Fig. 2, Appendix D): the paper's Monte Carlo
 * procedure, the exact Bayes-optimal accuracy on the same training sets, and the paired curve.
 */
package org.geneft.statics.montecarlo;
