package org.geneft.aut;

import org.geneft.graph.Digraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops every label whose arcs are exactly an earlier kept label's, as they are or reversed (a hyponym pointer
 * for each hypernym pointer, say). An automorphism keeps each label's arc set; one that keeps label A's arcs keeps
 * their reverse too, so the group is unchanged, exactly, and the search sees fewer arcs. Vertices and their
 * colours are untouched, so orbits carry over as they are.
 */
final class RedundantLabels {

    /** The graph without the redundant labels, and the names of those dropped. */
    record Result(Digraph graph, List<String> dropped) { }

    private RedundantLabels() { }

    static Result drop(Digraph g) {
        int labels = g.labelCount();
        if (labels < 2) return new Result(g, List.of());
        long[][] arcs = arcsByLabel(g);
        // Candidates by an order-free hash of the arc set; every candidate is checked exactly.
        Map<Long, List<long[]>> kept = new HashMap<>();
        boolean[] redundant = new boolean[labels];
        List<String> dropped = new ArrayList<>();
        for (int l = 0; l < labels; l++) {
            long[] forward = arcs[l];
            if (forward.length == 0) continue;
            boolean same = false;
            for (long[] k : kept.getOrDefault(hash(forward), List.of())) same |= Arrays.equals(k, forward);
            if (same) {
                redundant[l] = true;
                dropped.add(g.labelNames().get(l));
                continue;
            }
            long[] reverse = reversed(forward);
            kept.computeIfAbsent(hash(forward), h -> new ArrayList<>()).add(forward);
            if (!Arrays.equals(reverse, forward)) kept.computeIfAbsent(hash(reverse), h -> new ArrayList<>()).add(reverse);
        }
        if (dropped.isEmpty()) return new Result(g, List.of());
        int[] newLabel = new int[labels];
        List<String> names = new ArrayList<>();
        for (int l = 0; l < labels; l++) {
            newLabel[l] = redundant[l] ? -1 : names.size();
            if (!redundant[l]) names.add(g.labelNames().get(l));
        }
        int m = 0;
        for (int l = 0; l < labels; l++) if (!redundant[l]) m += arcs[l].length;
        int[] t = new int[m], h = new int[m], lab = new int[m];
        int a = 0;
        for (int l = 0; l < labels; l++) {
            if (redundant[l]) continue;
            for (long arc : arcs[l]) { t[a] = (int) (arc >>> 32); h[a] = (int) arc; lab[a++] = newLabel[l]; }
        }
        int[] colours = null;
        if (g.isColoured()) {
            colours = new int[g.n()];
            for (int v = 0; v < g.n(); v++) colours[v] = g.colour(v);
        }
        // Vertex names are not needed by the search; leaving them out saves a copy of a large list.
        return new Result(Digraph.of(g.n(), t, h, lab, names, null, colours), List.copyOf(dropped));
    }

    /** Each label's arcs as sorted (tail << 32 | head). */
    private static long[][] arcsByLabel(Digraph g) {
        int labels = g.labelCount();
        int[] count = new int[labels];
        for (long arc = 0; arc < g.arcCount(); arc++) count[g.label(arc)]++;
        long[][] arcs = new long[labels][];
        for (int l = 0; l < labels; l++) arcs[l] = new long[count[l]];
        int[] fill = new int[labels];
        for (int v = 0; v < g.n(); v++)
            for (long arc = g.outStart(v); arc < g.outStart(v + 1); arc++)
                arcs[g.label(arc)][fill[g.label(arc)]++] = (long) v << 32 | g.head(arc);
        for (long[] a : arcs) Arrays.sort(a);
        return arcs;
    }

    private static long[] reversed(long[] arcs) {
        long[] r = new long[arcs.length];
        for (int i = 0; i < arcs.length; i++) r[i] = (arcs[i] & 0xffffffffL) << 32 | arcs[i] >>> 32;
        Arrays.sort(r);
        return r;
    }

    private static long hash(long[] sortedArcs) {
        return Arrays.hashCode(sortedArcs) * 31L + sortedArcs.length;
    }
}
