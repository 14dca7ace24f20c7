package org.geneft.experiments;

import org.geneft.training.Trainer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Trains a list of runs on a fixed thread pool, one single-threaded run per worker, and stores each as it
 * finishes. Each run's result depends on its spec alone (its seed is in the grid), so the stored outcomes do
 * not depend on the number of threads or the order runs finish in.
 */
final class SweepRunner {
    private SweepRunner() { }

    /** Runs {@code todo} with {@code threads} workers; returns the wall time in seconds. */
    static double run(Grid grid, List<RunSpec> todo, RunStore store, int threads, SweepListener listener) {
        if (threads < 1) throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
        long start = System.nanoTime();
        if (todo.isEmpty()) return 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, todo.size()), r -> {
            Thread t = new Thread(r, "sweep-" + grid.figure());
            t.setDaemon(true); // a failed sweep must not keep the JVM alive
            return t;
        });
        ExecutorCompletionService<Void> done = new ExecutorCompletionService<>(pool);
        List<Future<Void>> futures = new ArrayList<>();
        Object progress = new Object();
        int[] finished = {0};
        try {
            for (RunSpec spec : todo) {
                futures.add(done.submit(() -> {
                    RunOutcome o = RunOutcome.of(Trainer.trainModel(spec.matrix(), spec.config(), spec.precision()).result());
                    store.append(grid, spec, o);
                    synchronized (progress) {
                        finished[0]++;
                        listener.runFinished(spec, o, finished[0], todo.size());
                    }
                    return null;
                }));
            }
            for (int i = 0; i < todo.size(); i++) done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the sweep was interrupted; finished runs are in " + store.file(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } finally {
            for (Future<Void> f : futures) f.cancel(true);
            pool.shutdownNow();
            store.close();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        listener.finished(todo.size(), wall);
        return wall;
    }
}
