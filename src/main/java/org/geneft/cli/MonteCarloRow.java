package org.geneft.cli;

/**
 * One row of the Monte Carlo columns of `bounds`: the Appendix D upper bound and, where exact
 * counting is feasible, the exact Bayes-optimal accuracy, each with its standard error.
 */
record MonteCarloRow(double fraction, double bound, double stderr, Double exactBayes, Double exactStderr,
                     int samplings) {
}
