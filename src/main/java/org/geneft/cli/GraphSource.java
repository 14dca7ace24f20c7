package org.geneft.cli;

import org.geneft.graph.Digraph;
import org.geneft.graph.RelationFamily;
import org.geneft.graph.io.GraphFormat;
import org.geneft.graph.io.GraphReaders;
import org.geneft.graph.io.ReadLimits;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** The graph a command works on: a named relation (--relation, --n) or a file (with --format). */
final class GraphSource {
    static final int DEFAULT_MAX_VERTICES = 50_000_000;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "graph file: edge list, triples (head<TAB>relation<TAB>tail), 0/1 matrix, graph6 or digraph6")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "edgelist | triples | matrix | graph6 | digraph6 (default: from the file's extension)")
    String format;

    @Option(names = "--relation", paramLabel = "SPEC", description = "a relation of the paper: mod:K, gt, bipartite:A")
    String relation;

    @Option(names = "--n", paramLabel = "N", description = "number of elements for --relation (default: ${DEFAULT-VALUE})",
            defaultValue = "30")
    int n;

    @Option(names = "--max-vertices", paramLabel = "V", defaultValue = "" + DEFAULT_MAX_VERTICES,
            description = "refuse files with more vertices than this (default: ${DEFAULT-VALUE})")
    int maxVertices;

    /** A short name of the source, for reports. */
    String describe() {
        return file != null ? file.toString() : RelationFamily.parse(relation).spec() + " n=" + n;
    }

    Digraph load() {
        if ((file == null) == (relation == null))
            throw new IllegalArgumentException("give either a graph FILE or --relation SPEC (with --n), not both or neither");
        if (file == null) {
            if (format != null) throw new IllegalArgumentException("--format applies to a FILE, not to --relation");
            return RelationFamily.parse(relation).graph(n);
        }
        if (maxVertices < 1) throw new IllegalArgumentException("--max-vertices must be >= 1, got " + maxVertices);
        GraphFormat f = format == null ? GraphFormat.detect(file) : GraphFormat.parse(format);
        ReadLimits limits = limits(maxVertices);
        Digraph ahead = GraphPrefetch.take(file, f, limits);
        return ahead != null ? ahead : GraphReaders.read(file, f, limits);
    }

    static ReadLimits limits(int maxVertices) {
        return new ReadLimits(maxVertices, ReadLimits.DEFAULT.maxMatrixOrder());
    }
}
