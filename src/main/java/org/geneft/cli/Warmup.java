package org.geneft.cli;

import org.geneft.aut.NautyAutomorphisms;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads what a bounds run will need later (the native library through JNA, Jackson's mapper) on a second core
 * while the first parses the options and reduces the graph: on a graph of some 10^4 vertices these loads are a third of the
 * run. It changes no result: a library that fails to load fails again, with its message, where it is used.
 */
final class Warmup {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Warmup() { }

    /** Starts the loads once per process: {@code main} starts them before picocli, the command again when called alone. */
    static void start(boolean json) {
        if (!STARTED.compareAndSet(false, true)) return;
        Thread t = new Thread(() -> {
            try {
                NautyAutomorphisms.preload();
                if (json) Json.write(Json.object().put("warm", 1.0));
            } catch (Throwable e) {
                // Silent: a load that fails here fails again, with its message, where it is used; and a fast error's
                // System.exit may stop JNA mid-load ("Shutdown in progress"), which is no error of the run.
            }
        }, "geneft-warmup");
        t.setDaemon(true);
        t.start();
    }
}
