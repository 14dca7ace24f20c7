package org.geneft.aut;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geneft.graph.Digraph;

/**
 * Collapses copies of small rigid flaps hanging on the same hubs: |Aut(G)| = Π k! · |Aut(G')|, exactly.
 *
 * <p>A hub is a vertex with at least {@link #HUB_ARCS} arcs, in and out; a flap is a connected component of what is
 * left without the hubs, of at most {@link #MAX_FLAP} vertices, with an arc to some hub. In an ontology these are the
 * small groups of terms a hierarchy repeats under the same parents: the Gene Ontology's "X; regulation of X; positive
 * and negative regulation of X" under the same hub terms for several X. A flap is rigid when colour refinement, begun
 * from each vertex's colour, loops and arcs to hubs (each hub by name), tells all its vertices apart; then no
 * permutation of it fixing the hubs other than the identity keeps its structure, and between two rigid flaps with the
 * same refined colours the map matching colours is the only candidate isomorphism (it is checked arc by arc). Copies
 * are rigid flaps with such an isomorphism: the same hubs, labels and directions on every arc to a hub.
 *
 * <p>Swapping two copies vertex by vertex and fixing the rest is an automorphism (a flap's only arcs outside it go to
 * the hubs, which both copies meet alike), so k copies carry Sym(k). Hubs, flaps, rigidity and copies are all kept by
 * every automorphism (arc counts are; the refinement names hubs, and renaming them renames nothing inside a flap's
 * partition), so Aut(G) maps classes onto classes of the same size; G' keeps the first copy of each class coloured by
 * (colour, k), and as for {@link ParallelChains}, Aut(G) → Aut(G') is onto with kernel Π Sym(k) (a rigid copy has no
 * automorphism of its own to count). Non-rigid flaps are left to the search.
 */
final class SymmetricFlaps {
    /**
     * Arcs that make a hub. Not tuned on one graph, and any value is exact: on the Gene Ontology's remainder, 4, 6, 8,
     * 12 and 20 would find copies holding 217, 444, 372, 261 and 160 of its 555 generators; on WordNet's noun
     * pointers 1,112, 953, 790, 597 and 443 of 1,201 (docs/BENCHMARKS.md).
     */
    static final int HUB_ARCS = 6;
    /** The largest flap considered: larger components are rarely repeated, and refining them costs more. */
    static final int MAX_FLAP = 12;

    private SymmetricFlaps() { }

    static ReductionStep round(Digraph g) {
        return round(g, HUB_ARCS, MAX_FLAP);
    }

    static ReductionStep round(Digraph g, int hubArcs, int maxFlap) {
        int n = g.n();
        Incidence inc = new Incidence(g);
        boolean[] hub = new boolean[n];
        for (int v = 0; v < n; v++) hub[v] = inc.start[v + 1] - inc.start[v] >= hubArcs;

        // The flaps: components of the non-hubs, by breadth-first search.
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int[] queue = new int[n];
        List<int[]> flaps = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (hub[s] || component[s] >= 0) continue;
            int head = 0, tail = 0;
            boolean touchesHub = false;
            queue[tail++] = s;
            component[s] = s;
            while (head < tail) {
                int v = queue[head++];
                for (int e = inc.start[v]; e < inc.start[v + 1]; e++) {
                    int w = inc.other[e];
                    if (hub[w]) touchesHub = true;
                    else if (component[w] < 0) {
                        component[w] = s;
                        queue[tail++] = w;
                    }
                }
            }
            if (touchesHub && tail <= maxFlap) flaps.add(Arrays.copyOf(queue, tail));
        }

        // Copies have the same size and the same arcs to hubs: only flaps whose such signature repeats are refined
        // (the refinement, in boxed tuples, would otherwise cost a run without copies 20-30 ms cold).
        Map<Signature, Integer> seen = new HashMap<>();
        List<Signature> signatures = new ArrayList<>(flaps.size());
        for (int[] flap : flaps) {
            Signature sig = Signature.of(flap, inc, hub);
            signatures.add(sig);
            seen.merge(sig, 1, Integer::sum);
        }

        // Exact colour refinement of each flap, colours interned across all flaps (no hashing: equal ids are equal tuples).
        Map<List<Long>, Integer> ids = new HashMap<>();
        int[] colour = new int[n];
        Map<List<Integer>, List<int[]>> classes = new HashMap<>();
        List<List<Integer>> order = new ArrayList<>();
        for (int index = 0; index < flaps.size(); index++) {
            if (seen.get(signatures.get(index)) < 2) continue;
            int[] flap = flaps.get(index);
            for (int v : flap) {
                List<Long> tuple = new ArrayList<>();
                tuple.add(0L);
                tuple.add((long) g.colour(v));
                long[] outside = new long[inc.start[v + 1] - inc.start[v]];
                int k = 0;
                for (int e = inc.start[v]; e < inc.start[v + 1]; e++) {
                    int w = inc.other[e];
                    if (w == v || hub[w]) outside[k++] = entry(w == v ? -1 : w, inc, e);
                }
                Arrays.sort(outside, 0, k);
                for (int i = 0; i < k; i++) tuple.add(outside[i]);
                colour[v] = ids.computeIfAbsent(tuple, x -> ids.size());
            }
            int classesBefore = distinct(colour, flap);
            while (true) {
                int[] next = new int[flap.length];
                for (int i = 0; i < flap.length; i++) {
                    int v = flap[i];
                    List<Long> tuple = new ArrayList<>();
                    tuple.add(1L);
                    tuple.add((long) colour[v]);
                    long[] inside = new long[inc.start[v + 1] - inc.start[v]];
                    int k = 0;
                    for (int e = inc.start[v]; e < inc.start[v + 1]; e++) {
                        int w = inc.other[e];
                        if (w != v && !hub[w]) inside[k++] = entry(colour[w], inc, e);
                    }
                    Arrays.sort(inside, 0, k);
                    for (int j = 0; j < k; j++) tuple.add(inside[j]);
                    next[i] = ids.computeIfAbsent(tuple, x -> ids.size());
                }
                for (int i = 0; i < flap.length; i++) colour[flap[i]] = next[i];
                int classesAfter = distinct(colour, flap);
                if (classesAfter == classesBefore) break;
                classesBefore = classesAfter;
            }
            if (classesBefore < flap.length) continue; // not rigid: left to the search
            int[] sorted = new int[flap.length];
            for (int i = 0; i < flap.length; i++) sorted[i] = colour[flap[i]];
            Arrays.sort(sorted);
            List<Integer> key = Arrays.stream(sorted).boxed().toList();
            List<int[]> copies = classes.get(key);
            if (copies == null) {
                classes.put(key, copies = new ArrayList<>(1));
                order.add(key);
            }
            copies.add(flap);
        }

        ReductionStep.Collapse collapse = new ReductionStep.Collapse(g, order.size());
        Map<Integer, Integer> byColour = new HashMap<>();
        for (List<Integer> key : order) {
            List<int[]> copies = classes.get(key);
            int k = copies.size();
            if (k < 2) continue;
            int[] kept = copies.get(0);
            collapse.keep(kept, k);
            byColour.clear();
            for (int v : kept) byColour.put(colour[v], v);
            for (int c = 1; c < k; c++) {
                int[] copy = copies.get(c);
                for (int v : copy) collapse.remove(v, byColour.get(colour[v]));
                check(g, inc, hub, copy, collapse.anchor());
            }
        }
        return collapse.step();
    }

    /** A flap's size and the sorted arcs from it to hubs (hub, label, direction): what every copy of it shares. */
    private record Signature(long[] key) {
        static Signature of(int[] flap, Incidence inc, boolean[] hub) {
            long[] key = new long[1 + 4];
            int k = 0;
            key[k++] = flap.length;
            for (int v : flap)
                for (int e = inc.start[v]; e < inc.start[v + 1]; e++) {
                    int w = inc.other[e];
                    if (!hub[w]) continue;
                    if (k == key.length) key = Arrays.copyOf(key, 2 * k);
                    key[k++] = entry(w, inc, e);
                }
            key = Arrays.copyOf(key, k);
            Arrays.sort(key, 1, k);
            return new Signature(key);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Signature s && Arrays.equals(s.key, key);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(key);
        }
    }

    /** An arc entry as one sortable number: the other end's name (a hub, -1 for a loop) or colour, label, direction. */
    private static long entry(long other, Incidence inc, int e) {
        return ((other + 1) << 32) | ((long) inc.label[e] << 1) | (inc.out[e] ? 1 : 0);
    }

    private static int distinct(int[] colour, int[] flap) {
        int[] c = new int[flap.length];
        for (int i = 0; i < flap.length; i++) c[i] = colour[flap[i]];
        Arrays.sort(c);
        int d = 0;
        for (int i = 0; i < c.length; i++) if (i == 0 || c[i] != c[i - 1]) d++;
        return d;
    }

    /**
     * That the colour-matching map (anchor, on the copy) is an isomorphism onto the kept copy that keeps every arc to a
     * hub: refinement of two rigid flaps with the same colours guarantees it; a failure here is a bug, never a number.
     */
    private static void check(Digraph g, Incidence inc, boolean[] hub, int[] copy, int[] phi) {
        for (int v : copy) {
            int w = phi[v];
            boolean ok = g.colour(v) == g.colour(w) && inc.start[v + 1] - inc.start[v] == inc.start[w + 1] - inc.start[w];
            for (int e = inc.start[v]; ok && e < inc.start[v + 1]; e++) {
                int x = inc.other[e], y = x == v ? w : hub[x] ? x : phi[x];
                boolean found = false;
                for (int f = inc.start[w]; !found && f < inc.start[w + 1]; f++)
                    found = inc.other[f] == y && inc.label[f] == inc.label[e] && inc.out[f] == inc.out[e];
                ok = found;
            }
            if (!ok) throw new IllegalStateException("flap copies: vertex " + v + " does not map onto " + w);
        }
    }
}
