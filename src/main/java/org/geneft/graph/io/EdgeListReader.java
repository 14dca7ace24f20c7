package org.geneft.graph.io;

import org.geneft.graph.Digraph;

import java.nio.file.Path;

/** Reads an edge list: one arc {@code tail head} per line, any tokens as vertex names. */
final class EdgeListReader implements GraphReader {
    private final ReadLimits limits;

    EdgeListReader(ReadLimits limits) { this.limits = limits; }

    @Override
    public Digraph read(Path file) {
        try (GraphLines lines = GraphLines.open(file, true)) {
            NameIndex vertices = new NameIndex(limits.maxVertices(), lines);
            ArcBuffer arcs = new ArcBuffer(lines, false);
            LineTokens tokens = new LineTokens();
            String line;
            while ((line = lines.next()) != null) {
                tokens.reset(line).next(); // a content line has at least one token
                int tail = vertex(vertices, line, tokens, lines);
                if (!tokens.next()) throw lines.error("expected two vertex names 'tail head', found one");
                int head = vertex(vertices, line, tokens, lines);
                if (tokens.next())
                    throw lines.error(tokens.field(), "expected two vertex names 'tail head', found "
                            + (tokens.countToEnd() + 2) + " tokens");
                arcs.add(tail, head);
            }
            if (vertices.size() == 0) throw lines.error("no arcs, so no vertices: the graph is empty");
            return arcs.toDigraph(vertices.size(), null, vertices.names());
        }
    }

    private int vertex(NameIndex vertices, String line, LineTokens tokens, GraphLines lines) {
        int id = vertices.id(line, tokens.start(), tokens.end());
        if (id < 0) throw lines.error(tokens.field(),
                "more than " + limits.maxVertices() + " vertices (--max-vertices)");
        return id;
    }
}
