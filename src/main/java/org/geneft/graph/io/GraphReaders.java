package org.geneft.graph.io;

import org.geneft.graph.Digraph;

import java.nio.file.Path;

/** The entry point for reading graph files: picks the reader for a format and applies the limits. */
public final class GraphReaders {
    private GraphReaders() {}

    /** The reader for a format under the given limits. */
    public static GraphReader forFormat(GraphFormat format, ReadLimits limits) {
        return switch (format) {
            case EDGELIST -> new EdgeListReader(limits);
            case TRIPLES -> new TripleReader(limits);
            case MATRIX -> new AdjacencyMatrixReader(limits);
            case GRAPH6 -> new Graph6Reader(limits);
            case DIGRAPH6 -> new Digraph6Reader(limits);
            case NTRIPLES -> new RdfReader(limits, org.apache.jena.riot.Lang.NTRIPLES);
            case NQUADS -> new RdfReader(limits, org.apache.jena.riot.Lang.NQUADS);
            case TURTLE -> new RdfReader(limits, org.apache.jena.riot.Lang.TURTLE);
        };
    }

    /** Reads a graph file in the given format. */
    public static Digraph read(Path file, GraphFormat format, ReadLimits limits) {
        return forFormat(format, limits).read(file);
    }

    /** Reads a graph file whose format is implied by its extension ({@link GraphFormat#detect}). */
    public static Digraph read(Path file, ReadLimits limits) {
        return read(file, GraphFormat.detect(file), limits);
    }
}
