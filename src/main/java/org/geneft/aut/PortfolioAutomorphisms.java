package org.geneft.aut;

import org.geneft.graph.Digraph;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.ToLongFunction;

/**
 * Traces and bliss raced on one graph: small graphs go to Traces in-process (a child's start would cost more than the
 * search), larger ones to both engines at once, each in its own child process, and the first verified answer is kept
 * while the other child is ended. Neither engine wins everywhere: on WordNet's full pointer graph Traces found no
 * answer in 15 minutes where bliss took seconds, and on the noun hypernyms Traces is many times faster
 * (docs/BENCHMARKS.md). An engine that fails (its memory cap, a crash) leaves the answer to the other; a generator
 * that fails its check is an error whichever engine returned it, never a number.
 *
 * <p>Raced, Traces gets a memory share proportional to the graph it searches ({@link #TRACES_SHARE} times the budget's
 * estimate): its use grows with the search and the group's generators, not only with the graph (on WordNet's whole
 * pointer graph it passed 1.9 GB within ten seconds, where bliss answered with 99 MB), so uncapped it made the race's
 * memory a matter of luck. Where it is cut and bliss fails too, Traces runs again alone with the whole budget: the
 * share costs time on such graphs, never an answer.
 */
public final class PortfolioAutomorphisms implements AutomorphismEngine {
    /**
     * Encoded graphs from this many vertices on are raced; below it Traces runs in-process. Two children's start,
     * the graph written to each and the answer read back cost tens of milliseconds, more than Traces on a graph this
     * small takes.
     */
    static final int RACE_FROM_VERTICES = 20_000;
    /**
     * Traces' memory share in a race, in units of the budget's estimate for the graph. Its peak resident growth on the
     * graphs where it wins or keeps up was 0.7-1.5 times the estimate (docs/BENCHMARKS.md, -Dgeneft.trace-memory=true);
     * twice leaves room above the largest seen.
     */
    static final long TRACES_SHARE = 2;

    private final NautyAutomorphisms inProcess;
    private final ChildProcessAutomorphisms traces, bliss;
    private final LabelEncoding labels;
    private final int raceFrom;
    /** The Traces child's address space in a race, for the graph it searches. */
    private final ToLongFunction<SparseGraph> tracesShare;

    /** Each search capped at the budget; labels encoded as given. */
    public PortfolioAutomorphisms(MemoryBudget budget, LabelEncoding labels) {
        this(budget, labels, RACE_FROM_VERTICES);
    }

    /** With another threshold for the race (0: always race, for the tests). */
    PortfolioAutomorphisms(MemoryBudget budget, LabelEncoding labels, int raceFrom) {
        this(new NautyAutomorphisms(NautyEngine.TRACES, NautyAutomorphisms.DEFAULT_STACK_BYTES, budget, labels),
                new ChildProcessAutomorphisms(ChildProcessAutomorphisms.Engine.TRACES, budget, labels),
                new ChildProcessAutomorphisms(ChildProcessAutomorphisms.Engine.BLISS, budget, labels), labels, raceFrom, null);
    }

    /** With the engines given (the tests cap them), and Traces' share in a race (null: the default). */
    PortfolioAutomorphisms(NautyAutomorphisms inProcess, ChildProcessAutomorphisms traces, ChildProcessAutomorphisms bliss,
            LabelEncoding labels, int raceFrom, ToLongFunction<SparseGraph> tracesShare) {
        this.labels = Objects.requireNonNull(labels, "label encoding");
        this.inProcess = Objects.requireNonNull(inProcess);
        this.traces = Objects.requireNonNull(traces);
        this.bliss = Objects.requireNonNull(bliss);
        this.raceFrom = raceFrom;
        this.tracesShare = tracesShare != null ? tracesShare
                : s -> traces.addressSpaceFor(TRACES_SHARE * MemoryBudget.estimate(s));
    }

    @Override
    public String name() {
        return "portfolio";
    }

    @Override
    public AutomorphismGroup automorphisms(Digraph g) {
        // Encoded once for its size; a raced graph hands the same encoding to both children.
        SparseGraph encoded = traces.encode(g);
        if (encoded.n() < raceFrom) return inProcess.automorphisms(g);
        return race(g, encoded);
    }

    private AutomorphismGroup race(Digraph g, SparseGraph encodedForTraces) {
        ChildProcessAutomorphisms share = traces.capped(tracesShare.applyAsLong(encodedForTraces));
        ChildProcessAutomorphisms.Running t = share.start(encodedForTraces, g.n());
        ChildProcessAutomorphisms.Running b;
        try {
            b = bliss.start(bliss.renamed(encodedForTraces), g.n());
        } catch (RuntimeException e) {
            t.stop();
            throw e;
        }
        CompletableFuture<AutomorphismGroup> ft = await(t), fb = await(b);
        try {
            return firstAnswer(ft, fb);
        } catch (MemoryBudgetExceededException | IllegalStateException e) {
            // Both failed, Traces only at its share: it runs again alone with the whole budget.
            if (share == traces || !ft.isCompletedExceptionally() || !(unwrap(ft) instanceof MemoryBudgetExceededException))
                throw e;
        } finally {
            t.stop(); // the loser's search ends here; the winner has exited already
            b.stop();
        }
        return traces.start(encodedForTraces, g.n()).await();
    }

    private static CompletableFuture<AutomorphismGroup> await(ChildProcessAutomorphisms.Running r) {
        CompletableFuture<AutomorphismGroup> f = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                f.complete(r.await());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "geneft-portfolio-reader");
        reader.setDaemon(true);
        reader.start();
        return f;
    }

    /**
     * The first answer; a wrong generator from either engine is thrown at once; any other failure waits for the
     * other engine, and when both fail the first failure is thrown.
     */
    static AutomorphismGroup firstAnswer(CompletableFuture<AutomorphismGroup> a, CompletableFuture<AutomorphismGroup> b) {
        try {
            CompletableFuture.anyOf(a, b).exceptionally(e -> null).get();
            CompletableFuture<AutomorphismGroup> done = a.isDone() ? a : b, other = done == a ? b : a;
            if (!done.isCompletedExceptionally()) return done.get();
            RuntimeException failure = unwrap(done);
            if (failure instanceof WrongAnswerException) throw failure;
            try {
                return other.get();
            } catch (ExecutionException e) {
                RuntimeException second = unwrap(other);
                if (second instanceof WrongAnswerException) throw second;
                failure.addSuppressed(second);
                throw failure;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the engines searched", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("unreachable: the first answer was checked", e);
        }
    }

    private static RuntimeException unwrap(CompletableFuture<AutomorphismGroup> f) {
        try {
            f.join();
            throw new IllegalStateException("the future completed normally");
        } catch (CompletionException e) {
            Throwable c = e.getCause();
            return c instanceof RuntimeException r ? r : new IllegalStateException(c);
        }
    }
}
