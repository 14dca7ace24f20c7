package org.geneft.cli;

import org.geneft.aut.ReducingAutomorphisms;
import org.geneft.graph.Digraph;
import org.geneft.graph.io.GraphFormat;
import org.geneft.graph.io.GraphReaders;
import org.geneft.graph.io.ReadLimits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the graph file of a {@code bounds} run, and makes the exact reductions of the default engine, on the second
 * core while picocli builds its model of the command line (about 0.25 s of a 0.9 s run on WordNet's verb pointers,
 * docs/BENCHMARKS.md). The file, format and vertex limit are guessed from the raw arguments; {@link GraphSource}
 * takes the graph only when the parsed options name the same three, and {@link BoundsCommand} the reductions only
 * for that very graph, so a wrong guess costs the second core some work and changes nothing else: the same code
 * runs on the same input, and the reader's exception, if any, is rethrown as it was thrown.
 */
final class GraphPrefetch {
    private record Key(Path file, GraphFormat format, ReadLimits limits) {}

    /** The guess, and whether the default engine (the one that reduces first) will search. */
    record Guess(Key key, boolean reducing) {}

    private record Pending(Key key, CompletableFuture<Digraph> graph, CompletableFuture<ReducingAutomorphisms.Reduced> reduced) {}

    private static volatile Pending pending, taken;

    private GraphPrefetch() {}

    /** Starts reading when the arguments name exactly one existing file; otherwise does nothing. */
    static void start(List<String> args) {
        Guess guess = guess(args);
        if (guess == null) return;
        Key key = guess.key();
        CompletableFuture<Digraph> graph = new CompletableFuture<>();
        CompletableFuture<ReducingAutomorphisms.Reduced> reduced = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            Digraph g;
            try {
                g = GraphReaders.read(key.file(), key.format(), key.limits());
                graph.complete(g);
            } catch (Throwable e) {
                graph.completeExceptionally(e);
                reduced.complete(null);
                return;
            }
            try {
                reduced.complete(guess.reducing() ? ReducingAutomorphisms.reduce(g) : null);
            } catch (Throwable e) {
                reduced.complete(null); // the search makes them itself, and meets the same failure there
            }
        }, "geneft-prefetch");
        t.setDaemon(true);
        pending = new Pending(key, graph, reduced);
        t.start();
    }

    /**
     * The graph read ahead for exactly this file, format and limits, or null when none was. Asked once: a wrong
     * guess is dropped, so a large graph read for nothing does not stay in memory beside the one read in turn.
     */
    static Digraph take(Path file, GraphFormat format, ReadLimits limits) {
        Pending p = pending;
        pending = null;
        if (p == null || !p.key().equals(new Key(file, format, limits))) return null;
        taken = p;
        return Futures.joined(p.graph());
    }

    /** The reductions made ahead of this very graph (the object {@link #take} returned), or null. */
    static ReducingAutomorphisms.Reduced reduced(Digraph g) {
        Pending p = taken;
        if (p == null || p.graph().isCompletedExceptionally() || p.graph().getNow(null) != g) return null;
        taken = null;
        ReducingAutomorphisms.Reduced r = p.reduced().join();
        return r != null && r.graph() == g ? r : null;
    }

    /** The one existing regular file among the arguments, with --format and --max-vertices as given; else null. */
    static Guess guess(List<String> args) {
        List<Path> files = new ArrayList<>();
        String format = null, maxVertices = null, engine = Engines.DEFAULT;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String next = i + 1 < args.size() ? args.get(i + 1) : null;
            if (a.equals("--format")) format = next;
            else if (a.startsWith("--format=")) format = a.substring("--format=".length());
            else if (a.equals("--engine")) engine = next;
            else if (a.startsWith("--engine=")) engine = a.substring("--engine=".length());
            else if (a.equals("--max-vertices")) maxVertices = next;
            else if (a.startsWith("--max-vertices=")) maxVertices = a.substring("--max-vertices=".length());
            else if (!a.startsWith("-") && Files.isRegularFile(Path.of(a))) files.add(Path.of(a));
        }
        if (files.size() != 1) return null;
        try {
            GraphFormat f = format == null ? GraphFormat.detect(files.get(0)) : GraphFormat.parse(format);
            int max = maxVertices == null ? GraphSource.DEFAULT_MAX_VERTICES : Integer.parseInt(maxVertices);
            if (max < 1) return null;
            return new Guess(new Key(files.get(0), f, GraphSource.limits(max)), Engines.DEFAULT.equals(engine));
        } catch (RuntimeException e) {
            return null; // a bad --format or --max-vertices: picocli or GraphSource says so, with the option's name
        }
    }
}
