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

    /** What the analysis assumes beyond the runs (how a scale maps to Theorem 3's sigmas, ...), for verdicts.json. */
    default java.util.Map<String, String> protocolNotes() {
        return java.util.Map.of();
    }

    /** The grid's protocol fields with this figure's notes. */
    default java.util.Map<String, Object> protocol(Grid grid) {
        java.util.Map<String, Object> m = grid.protocolFields();
        m.putAll(protocolNotes());
        return m;
    }
}
