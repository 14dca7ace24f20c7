package org.geneft.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.geneft.experiments.Grid;
import org.geneft.experiments.RunOutcome;
import org.geneft.experiments.RunSpec;
import org.geneft.experiments.SweepListener;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows a sweep's progress: a progress bar with ETA on a terminal, plain log lines (at most one per
 * {@link #LOG_EVERY_NANOS}, and the last run) when stderr is not a terminal, such as a batch job's log.
 */
final class SweepProgress implements SweepListener {
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final String name;
    private ProgressBar bar;
    private long start, lastLog;

    SweepProgress(PrintWriter err, boolean terminal, String name) {
        this.err = err;
        this.terminal = terminal;
        this.name = name;
    }

    /** A terminal bar when the JVM has a console, else log lines. */
    static SweepProgress forConsole(PrintWriter err, String name) {
        return new SweepProgress(err, System.console() != null, name);
    }

    @Override
    public void started(Grid grid, int planned, int done) {
        start = System.nanoTime();
        lastLog = start;
        log(String.format(Locale.ROOT, "%s (%s): %d runs, %d already stored, %d to run; %s", name, grid.describe(),
                planned, done, planned - done, grid.protocol()));
        if (terminal && planned > done)
            bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(planned - done).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(500).showSpeed().build();
    }

    @Override
    public void note(String message) {
        log(message);
    }

    @Override
    public void runFinished(RunSpec spec, RunOutcome outcome, int finished, int toRun) {
        if (bar != null) {
            bar.stepTo(finished);
            return;
        }
        long now = System.nanoTime();
        if (finished < toRun && now - lastLog < LOG_EVERY_NANOS) return;
        lastLog = now;
        double elapsed = (now - start) / 1e9;
        double eta = elapsed / finished * (toRun - finished);
        log(String.format(Locale.ROOT, "%s: %d/%d runs (%.0f%%), %s elapsed, ETA %s; last: %s eta_enc %.3g eta_dec %.3g "
                        + "seed %d -> %s", name, finished, toRun, 100.0 * finished / toRun, clock(elapsed), clock(eta),
                spec.relation(), spec.config().etaEnc(), spec.config().etaDec(), spec.config().seed(), outcome.phase().spec()));
    }

    @Override
    public void finished(int runs, double wallSeconds) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        log(String.format(Locale.ROOT, "%s: %d runs in %s", name, runs, clock(wallSeconds)));
    }

    private void log(String line) {
        err.println("geneft sweep: " + line);
        err.flush();
    }

    private static String clock(double seconds) {
        Duration d = Duration.ofSeconds(Math.round(seconds));
        return String.format(Locale.ROOT, "%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
