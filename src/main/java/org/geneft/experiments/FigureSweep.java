package org.geneft.experiments;

import java.util.Map;

/** One figure of the paper as a sweep: its grid for a budget, and the summary of whatever runs are stored. */
interface FigureSweep {
    /** "fig3", ..., "fig8". */
    String figure();

    /** The grid for this budget and master seed (a pure function of both). */
    Grid grid(Budget budget, long seed);

    /**
     * The claims and tables from the stored outcomes (by run key); a pure function of the grid and outcomes.
     * Runs missing from {@code outcomes} (an incomplete grid) are left out of the tables, and the claims say so.
     */
    Analysis analyse(Grid grid, Map<String, RunOutcome> outcomes);

    /**
     * What a claim's verdict rests on at a budget: by default a pattern, on the paper's model only at its protocol.
     * Claims a counterexample refutes (a bound exceeded) say so.
     */
    default EmpiricalBasis basis(String claimId, Budget budget) {
        return new EmpiricalBasis(budget, EmpiricalBasis.Kind.PATTERN, budget == Budget.PAPER);
    }
}
