package org.geneft.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A line on stderr while a long step runs (reading a huge graph, a native search that takes minutes), so that a user
 * knows geneft is alive and where: nothing for the first {@code firstSeconds} (a run of a second prints nothing), then
 * one line every {@code everySeconds} with the step, the time so far and the heap in use.
 */
final class Heartbeat implements AutoCloseable {
    private final ScheduledExecutorService timer;
    private final long start = System.nanoTime();
    private volatile java.util.function.Supplier<String> step = () -> "starting";

    private Heartbeat(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Starts the beats; {@code quiet} gives one that never prints. */
    static Heartbeat start(PrintWriter err, String command, boolean quiet, long firstSeconds, long everySeconds) {
        if (quiet) return new Heartbeat(null);
        ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread th = new Thread(r, "geneft-heartbeat");
            th.setDaemon(true);
            return th;
        });
        Heartbeat h = new Heartbeat(t);
        t.scheduleAtFixedRate(() -> h.beat(err, command), firstSeconds, everySeconds, TimeUnit.SECONDS);
        return h;
    }

    /** Names the step now running ("reading graph.tsv", "searching |Aut| with traces"). */
    void step(String now) {
        step = () -> now;
    }

    /** The same, the step's words computed at each beat (a count of runs done, say). */
    void step(java.util.function.Supplier<String> now) {
        step = now;
    }

    private void beat(PrintWriter err, String command) {
        Runtime rt = Runtime.getRuntime();
        double usedGb = (rt.totalMemory() - rt.freeMemory()) / (double) (1L << 30);
        synchronized (err) {
            err.printf(Locale.ROOT, "%s: still %s (%.0f s, Java heap %.1f GB; --quiet silences this)%n", command, step.get(),
                    (System.nanoTime() - start) / 1e9, usedGb);
            err.flush();
        }
    }

    @Override
    public void close() {
        if (timer != null) timer.shutdownNow();
    }
}
