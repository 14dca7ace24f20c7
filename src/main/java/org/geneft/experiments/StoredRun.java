package org.geneft.experiments;

import org.geneft.training.Precision;

import java.util.Objects;

/**
 * One line of a JSONL store: which grid wrote it, the run's key and its outcome.
 *
 * @param figure      figure of the grid that wrote the line
 * @param budget      budget of that grid
 * @param seed        master seed of that grid
 * @param fingerprint {@link Grid#fingerprint()} of that grid
 * @param key         {@link RunSpec#key()}
 * @param outcome     what the run found
 * @param precision   the arithmetic it ran in
 */
public record StoredRun(String figure, String budget, long seed, String fingerprint, String key, RunOutcome outcome,
        Precision precision) {
    public StoredRun {
        Objects.requireNonNull(figure);
        Objects.requireNonNull(budget);
        Objects.requireNonNull(fingerprint);
        Objects.requireNonNull(key);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(precision);
    }
}
