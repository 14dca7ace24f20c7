package org.geneft.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Results of work done on another thread, for the commands that overlap their steps. */
final class Futures {
    private Futures() { }

    /**
     * The result, or the work's own exception (its message and exit code), not the CompletionException wrapping it,
     * so a failure reads as if the work had run on the calling thread.
     */
    static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
