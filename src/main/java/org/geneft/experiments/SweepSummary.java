package org.geneft.experiments;

import org.geneft.claims.Claim;

import java.util.List;
import java.util.Objects;

/**
 * What one figure's sweep found: the verdicts on the paper's claims it tests and the data behind them.
 *
 * @param figure       "fig3", "fig5", "fig6", "fig7" or "fig8"
 * @param budget       "smoke", "quick" or "paper"
 * @param runsDone     training runs finished (read from the sweep's JSONL store)
 * @param runsPlanned  training runs in the grid
 * @param claims       one verdict per claim of the paper that this figure tests
 * @param tables       the figure's data, one table per CSV
 * @param wallSeconds  wall time of the sweep in this process (0 when every run was already in the store)
 */
public record SweepSummary(String figure, String budget, int runsDone, int runsPlanned, List<Claim> claims,
        List<DataTable> tables, double wallSeconds) {
    public SweepSummary {
        Objects.requireNonNull(figure);
        Objects.requireNonNull(budget);
        claims = List.copyOf(claims);
        tables = List.copyOf(tables);
    }
}
