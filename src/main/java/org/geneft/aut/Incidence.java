package org.geneft.aut;

import java.util.Arrays;
import org.geneft.graph.Digraph;

/** Every vertex's arcs, out and in, as entries (other end, label, direction), in compressed rows. */
final class Incidence {
    final int[] start, other, label;
    final boolean[] out, link;

    Incidence(Digraph g) {
        int n = g.n();
        start = new int[n + 1];
        boolean[] loop = new boolean[n];
        for (int u = 0; u < n; u++)
            for (long a = g.outStart(u); a < g.outStart(u + 1); a++) {
                start[u + 1]++;
                start[g.head(a) + 1]++;
                if (g.head(a) == u) loop[u] = true;
            }
        for (int v = 0; v < n; v++) start[v + 1] += start[v];
        int[] fill = Arrays.copyOf(start, n);
        other = new int[start[n]];
        label = new int[start[n]];
        out = new boolean[start[n]];
        for (int u = 0; u < n; u++)
            for (long a = g.outStart(u); a < g.outStart(u + 1); a++) {
                int w = g.head(a), e = fill[u]++;
                other[e] = w; label[e] = g.label(a); out[e] = true;
                e = fill[w]++;
                other[e] = u; label[e] = g.label(a); out[e] = false;
            }
        link = new boolean[n]; // two arcs, to two distinct other vertices, no loop
        for (int v = 0; v < n; v++)
            link[v] = start[v + 1] - start[v] == 2 && !loop[v] && other[start[v]] != other[start[v] + 1];
    }

    /** The entry of link v that leads to u. */
    int entryTo(int v, int u) {
        return other[start[v]] == u ? start[v] : start[v] + 1;
    }

    /**
     * An arc's code in reading order: its label, and whether it points forward (from the vertex read first).
     * {@code fromReader}: the entry belongs to the vertex read first (out = forward); otherwise to the one read
     * next (in = forward).
     */
    int forwardCode(int entry, boolean fromReader) {
        boolean forward = fromReader == out[entry];
        return 2 * label[entry] + (forward ? 1 : 0);
    }
}
