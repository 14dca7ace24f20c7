package org.geneft.cli;

import org.geneft.aut.NautyAutomorphisms;

/**
 * Loads what a bounds run will need later (the native library through JNA, Jackson's mapper) on a second core
 * while the first reads and reduces the graph: on a graph of some 10^4 vertices these loads are a third of the
 * run. It changes no result: a library that fails to load fails again, with its message, where it is used.
 */
final class Warmup {
    private Warmup() { }

    private static final java.util.concurrent.atomic.AtomicBoolean STARTED = new java.util.concurrent.atomic.AtomicBoolean();

    /** Starts the loads once per process (the launcher's path starts them before picocli, the command again). */
    static void start(boolean json) {
        if (!STARTED.compareAndSet(false, true)) return;
        Thread t = new Thread(() -> {
            NautyAutomorphisms.preload();
            if (json) Json.write(Json.object().put("warm", 1.0));
        }, "geneft-warmup");
        t.setDaemon(true);
        t.start();
    }
}
