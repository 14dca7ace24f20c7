package org.geneft.grokking;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Toy-model runs on several threads, results in the order of their configurations (each run is seeded). With a store,
 * a run already in it is read, not trained (the same numbers: the store keeps them exactly), and each new run is
 * stored as soon as it finishes.
 */
final class ToyRuns {
    private ToyRuns() { }

    static List<ToyRun.Result> run(List<ToyRun.Config> configs, int threads) {
        return run(configs, threads, null);
    }

    static List<ToyRun.Result> run(List<ToyRun.Config> configs, int threads, ToyRunStore store) {
        if (threads < 1) throw new IllegalArgumentException("need at least one thread, got " + threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ToyRun.Result>> futures = new ArrayList<>();
            for (ToyRun.Config c : configs) {
                ToyRun.Result done = store == null ? null : store.get(c);
                if (done != null) futures.add(java.util.concurrent.CompletableFuture.completedFuture(done));
                else futures.add(pool.submit(() -> {
                    ToyRun.Result r = ToyRun.run(c);
                    if (store != null) store.put(r);
                    return r;
                }));
            }
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
