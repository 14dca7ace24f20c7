package org.geneft.graph.io;

/** Reads nauty's digraph6: '&', then a directed graph whose loops are allowed. */
final class Digraph6Reader extends NautyFormatReader {
    Digraph6Reader(ReadLimits limits) { super("digraph6", limits); }

    @Override
    String prefix() { return "&"; }

    @Override
    long bitCount(long n) { return n * n; }

    /** The whole n×n matrix row by row; bit (i, j) is the arc i→j. */
    @Override
    void addArcs(Bits bits, int n, ArcBuffer arcs) {
        long k = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (bits.get(k++)) arcs.add(i, j);
    }
}
