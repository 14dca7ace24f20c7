package org.geneft.grokking;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Toy-model runs on several threads, results in the order of their configurations (each run is seeded). */
final class ToyRuns {
    private ToyRuns() { }

    static List<ToyRun.Result> run(List<ToyRun.Config> configs, int threads) {
        if (threads < 1) throw new IllegalArgumentException("need at least one thread, got " + threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ToyRun.Result>> futures = new ArrayList<>();
            for (ToyRun.Config c : configs) futures.add(pool.submit(() -> ToyRun.run(c)));
            List<ToyRun.Result> out = new ArrayList<>();
            for (Future<ToyRun.Result> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training the toy model", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
