package org.geneft.aut;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Runs a task on a fresh thread with a large stack and waits for it.
 *
 * <p>nauty's search recurses deeply: under the default 8 MB stack it overflowed on WordNet, and a
 * native stack overflow kills the JVM instead of throwing. The stack is reserved virtual memory,
 * committed only as the recursion touches it, so a generous size costs little.
 */
final class BigStackThread {
    static final long DEFAULT_STACK_BYTES = 1L << 30;

    private BigStackThread() { }

    static <T> T call(String name, long stackBytes, Callable<T> task) {
        FutureTask<T> future = new FutureTask<>(task);
        Thread thread = new Thread(null, future, name, stackBytes);
        // A native search cannot be interrupted; a daemon thread at least does not hold the JVM open.
        thread.setDaemon(true);
        thread.start();
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name + " (the native search keeps running)", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(name + " failed", cause);
        }
    }
}
