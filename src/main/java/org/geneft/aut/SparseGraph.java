package org.geneft.aut;

import java.util.Arrays;
import java.util.Objects;

/**
 * A vertex-coloured graph in the compressed sparse rows the nauty shim takes, checked against
 * the shim's contract before it may cross into C.
 *
 * @param offsets  n + 1 offsets, offsets[0] = 0, non-decreasing, offsets[n] = adj.length
 * @param adj      neighbours (out-neighbours when directed), each row sorted, no duplicates
 * @param colour   colour[v] in 0..n-1 (compacted, so the shim's count array stays small)
 * @param encoding how the digraph was encoded, for the engine string
 */
record SparseGraph(int n, long[] offsets, int[] adj, int[] colour, boolean directed, String encoding) {

    SparseGraph {
        Objects.requireNonNull(offsets, "offsets");
        Objects.requireNonNull(adj, "adj");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(encoding, "encoding");
        if (n < 1) throw new IllegalArgumentException("nauty needs n >= 1, got " + n);
        if (offsets.length != n + 1 || colour.length != n)
            throw new IllegalArgumentException("array sizes do not match n = " + n);
        if (offsets[0] != 0 || offsets[n] != adj.length)
            throw new IllegalArgumentException("offsets must run from 0 to the adjacency length " + adj.length);
        for (int v = 0; v < n; v++) {
            if (colour[v] < 0 || colour[v] >= n) throw new IllegalArgumentException("colour " + colour[v] + " of vertex " + v + " is not in 0.." + (n - 1));
            long from = offsets[v], to = offsets[v + 1];
            if (from > to) throw new IllegalArgumentException("offsets decrease at vertex " + v);
            // The C side stores a degree in an int.
            if (to - from > Integer.MAX_VALUE) throw new IllegalArgumentException("degree of vertex " + v + " does not fit in an int");
            for (long a = from; a < to; a++) {
                int w = adj[(int) a];
                if (w < 0 || w >= n) throw new IllegalArgumentException("neighbour " + w + " of vertex " + v + " is not a vertex");
                if (a > from && adj[(int) a - 1] >= w) throw new IllegalArgumentException("row " + v + " is not strictly sorted");
                // Traces silently misbehaves on loops, so they never reach it.
                if (!directed && w == v) throw new IllegalArgumentException("undirected encoding has a loop at " + v);
            }
        }
        // Traces trusts the adjacency to be symmetric; an asymmetric one gives wrong groups, not errors.
        if (!directed)
            for (int v = 0; v < n; v++)
                for (long a = offsets[v]; a < offsets[v + 1]; a++) {
                    int w = adj[(int) a];
                    if (Arrays.binarySearch(adj, (int) offsets[w], (int) offsets[w + 1], v) < 0)
                        throw new IllegalArgumentException("undirected encoding has " + v + "-" + w + " but not " + w + "-" + v);
                }
    }

    long edgeEntries() { return adj.length; }
}
