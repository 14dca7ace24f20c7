package org.geneft.graph.io;

import org.geneft.graph.Digraph;

import java.nio.file.Path;

/** Reads a square 0/1 adjacency matrix, one whitespace-separated row per line; entry (i, j) is the arc i→j. */
final class AdjacencyMatrixReader implements GraphReader {
    private final ReadLimits limits;

    AdjacencyMatrixReader(ReadLimits limits) { this.limits = limits; }

    @Override
    public Digraph read(Path file) {
        try (GraphLines lines = GraphLines.open(file, true)) {
            ArcBuffer arcs = new ArcBuffer(lines, false);
            LineTokens tokens = new LineTokens();
            int n = -1; // order, fixed by the first row
            int row = 0;
            String line;
            while ((line = lines.next()) != null) {
                tokens.reset(line);
                if (n < 0) {
                    tokens.next();
                    n = tokens.countToEnd();
                    int max = limits.denseOrderLimit();
                    if (n > max) throw lines.error("the first row has " + n + " entries, more than the "
                            + max + " vertices allowed (" + limits.denseLimitName() + ")");
                    tokens.reset(line);
                }
                if (row == n) throw lines.error("row " + (row + 1) + " is one too many: the rows have "
                        + n + " entries, so the matrix has " + n + " rows");
                int col = 0;
                while (tokens.next()) {
                    if (col == n) throw lines.error(tokens.field(), "row " + (row + 1) + " has more than "
                            + n + " entries, the length of the first row");
                    if (tokens.is('1')) arcs.add(row, col);
                    else if (!tokens.is('0'))
                        throw lines.error(tokens.field(), "expected 0 or 1, found " + LineTokens.quote(tokens.token()));
                    col++;
                }
                if (col < n) throw lines.error(col + 1, "row " + (row + 1) + " has " + col
                        + " entries, the first row has " + n);
                row++;
            }
            if (n < 0) throw lines.error("no rows: the graph is empty");
            if (row < n) throw lines.error("the matrix ends after " + row + " rows, but its rows have "
                    + n + " entries: not square");
            return arcs.toDigraph(n, null, null);
        }
    }
}
