package org.geneft.experiments;

/**
 * Progress of a sweep, for a progress bar or log lines. Calls come one at a time (the runner serialises them),
 * from worker threads; implementations must return quickly. Every method does nothing by default.
 */
public interface SweepListener {
    /** A listener that ignores everything. */
    SweepListener NONE = new SweepListener() { };

    /**
     * The sweep starts.
     *
     * @param grid    the figure's grid
     * @param planned runs of this shard of the grid
     * @param done    of those, already in the store (skipped)
     */
    default void started(Grid grid, int planned, int done) { }

    /** Something the user should know (a torn last line cut off, ...). */
    default void note(String message) { }

    /** A run finished and is stored; {@code finished} of {@code toRun} runs of this process are done. */
    default void runFinished(RunSpec spec, RunOutcome outcome, int finished, int toRun) { }

    /** Every run of this process is done; the summary follows. */
    default void finished(int runs, double wallSeconds) { }
}
