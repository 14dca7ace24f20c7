package org.geneft.graph.io;

/** Reads nauty's graph6: an undirected simple graph, each edge becoming arcs both ways. */
final class Graph6Reader extends NautyFormatReader {
    Graph6Reader(ReadLimits limits) { super("graph6", limits); }

    @Override
    String prefix() { return ""; }

    @Override
    long bitCount(long n) { return n * (n - 1) / 2; }

    /** The upper triangle column by column: x(0,1), x(0,2), x(1,2), x(0,3), … */
    @Override
    void addArcs(Bits bits, int n, ArcBuffer arcs) {
        long k = 0;
        for (int j = 1; j < n; j++)
            for (int i = 0; i < j; i++)
                if (bits.get(k++)) {
                    arcs.add(i, j);
                    arcs.add(j, i);
                }
    }
}
