package org.geneft.cli;

import org.geneft.graph.Digraph;
import org.geneft.graph.io.GraphFormat;
import org.geneft.graph.io.GraphReaders;
import org.geneft.graph.io.ReadLimits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads the graph file of a {@code bounds} run on the second core while picocli builds its model of the command line
 * (about 0.2 s of a 1 s run on WordNet's verb pointers, docs/BENCHMARKS.md). The file, format and vertex limit are
 * guessed from the raw arguments; {@link GraphSource} takes the result only when the parsed options name the same
 * three, so a wrong guess costs the second core some work and changes nothing else: the same reader runs on the
 * same file, and its exception, if any, is rethrown as it was thrown.
 */
final class GraphPrefetch {
    private record Key(Path file, GraphFormat format, ReadLimits limits) {}

    private record Pending(Key key, CompletableFuture<Digraph> graph) {}

    private static volatile Pending pending;

    private GraphPrefetch() {}

    /** Starts reading when the arguments name exactly one existing file; otherwise does nothing. */
    static void start(List<String> args) {
        Key key = guess(args);
        if (key == null) return;
        CompletableFuture<Digraph> graph = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                graph.complete(GraphReaders.read(key.file(), key.format(), key.limits()));
            } catch (Throwable e) {
                graph.completeExceptionally(e);
            }
        }, "geneft-prefetch");
        t.setDaemon(true);
        pending = new Pending(key, graph);
        t.start();
    }

    /** The graph read ahead for exactly this file, format and limits, or null when none was. */
    static Digraph take(Path file, GraphFormat format, ReadLimits limits) {
        Pending p = pending;
        if (p == null || !p.key().equals(new Key(file, format, limits))) return null;
        pending = null;
        try {
            return p.graph().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** The one existing regular file among the arguments, with --format and --max-vertices as given; else null. */
    static Key guess(List<String> args) {
        List<Path> files = new ArrayList<>();
        String format = null, maxVertices = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String next = i + 1 < args.size() ? args.get(i + 1) : null;
            if (a.equals("--format")) format = next;
            else if (a.startsWith("--format=")) format = a.substring("--format=".length());
            else if (a.equals("--max-vertices")) maxVertices = next;
            else if (a.startsWith("--max-vertices=")) maxVertices = a.substring("--max-vertices=".length());
            else if (!a.startsWith("-") && Files.isRegularFile(Path.of(a))) files.add(Path.of(a));
        }
        if (files.size() != 1) return null;
        try {
            GraphFormat f = format == null ? GraphFormat.detect(files.get(0)) : GraphFormat.parse(format);
            int max = maxVertices == null ? GraphSource.DEFAULT_MAX_VERTICES : Integer.parseInt(maxVertices);
            if (max < 1) return null;
            return new Key(files.get(0), f, GraphSource.limits(max));
        } catch (RuntimeException e) {
            return null; // a bad --format or --max-vertices: picocli or GraphSource says so, with the option's name
        }
    }
}
