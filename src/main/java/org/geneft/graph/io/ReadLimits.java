package org.geneft.graph.io;

/**
 * Size limits a reader enforces before a hostile or mistaken file exhausts memory.
 *
 * @param maxVertices    most vertices any graph file may declare or name
 * @param maxMatrixOrder most vertices of a densely encoded graph (matrix, graph6, digraph6), whose
 *                       size grows as n² whatever the number of arcs
 */
public record ReadLimits(int maxVertices, int maxMatrixOrder) {
    /** 50 million named vertices; dense formats up to 20,000 vertices (a 400-million-cell matrix). */
    public static final ReadLimits DEFAULT = new ReadLimits(50_000_000, 20_000);

    public ReadLimits {
        if (maxVertices < 1) throw new IllegalArgumentException("maxVertices must be positive, got " + maxVertices);
        if (maxMatrixOrder < 1)
            throw new IllegalArgumentException("maxMatrixOrder must be positive, got " + maxMatrixOrder);
    }

    /** The order limit for dense formats: both limits apply, so the smaller one binds. */
    int denseOrderLimit() { return Math.min(maxVertices, maxMatrixOrder); }

    /** Which limit {@link #denseOrderLimit()} comes from, in the user's words (an option, or why the format has one). */
    String denseLimitName() {
        return maxMatrixOrder <= maxVertices
                ? "the limit of the dense formats, which hold all n^2 entries; give a larger graph as an edge list"
                : "--max-vertices";
    }
}
