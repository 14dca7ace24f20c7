package org.geneft.experiments;

import org.geneft.training.Precision;

import java.nio.file.Path;
import java.util.List;

/**
 * Where {@code geneft verify} gets the figure sweeps' summaries (Figs. 3, 5-8): the one seam between the
 * report and the sweeps. A figure without a summary is reported as not checked at this budget.
 */
@FunctionalInterface
public interface EmpiricalEvidence {

    /** The figures whose sweeps the report knows how to plot. */
    List<String> FIGURES = List.of("fig3", "fig3-legend", "fig5", "fig6", "fig7", "fig8");

    /**
     * @param budget   "smoke", "quick" or "paper"
     * @param seed     the run's seed
     * @param precision the trainer's arithmetic
     * @param storeDir where the sweeps keep their results (JSONL), so that a rerun resumes
     * @return one summary per figure that was swept; figures left out are reported as not checked
     */
    List<SweepSummary> sweep(String budget, long seed, Precision precision, Path storeDir);

    /** No sweeps: every empirical claim is reported as not checked. */
    static EmpiricalEvidence none() {
        return (budget, seed, precision, storeDir) -> List.of();
    }
}
