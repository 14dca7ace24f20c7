package org.geneft.aut;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geneft.graph.Digraph;

/**
 * Collapses twin classes of a labelled, coloured digraph: |Aut(G)| = Π |C|! · |Aut(G')|, exactly.
 *
 * <p>u and v are twins when the transposition (u v) is an automorphism: same colour, same loop
 * labels, the same labelled arcs to and from every other vertex, and u→v carries the same labels
 * as v→u. Conjugating (u v)·(v w)·(u v) = (u w) shows this is an equivalence relation, so each
 * class C contributes the whole symmetric group Sym(C). Inside a class the arcs between distinct
 * members carry one fixed label set S (empty for "false" twins); between two classes every arc
 * label is present for all member pairs or for none.
 *
 * <p>G' keeps one representative per class, coloured by (colour, |C|, S), with the arcs induced
 * between representatives (loops included). Aut(G) maps twin classes onto twin classes (it
 * conjugates transpositions), which gives a homomorphism onto Aut(G'); every automorphism of G'
 * lifts (map class to class by any bijection: sizes, colours, loops and S agree) and the kernel
 * fixes each class setwise, i.e. is Π Sym(C). Applying the same theorem to G' makes the fixpoint
 * iteration sound: a hub's leaves collapse to one leaf coloured by their number, which may make
 * two hubs twins in the next round.
 */
final class TwinReduction {

    /** One round's outcome: the reduced graph, where each old vertex went, and the exact log2 factor. */
    record Round(Digraph reduced, int[] image, double log2Factor, int mergedVertices, int generators, int[] classSizes) { }

    private TwinReduction() { }

    /** Rounds until no twins remain; image[v] is v's vertex in the final graph. */
    static Round toFixpoint(Digraph g) {
        int[] image = new int[g.n()];
        Arrays.setAll(image, v -> v);
        double log2 = 0;
        int merged = 0, generators = 0;
        int[] sizes = new int[0];
        Digraph current = g;
        while (true) {
            Round r = round(current);
            if (r.mergedVertices() == 0) return new Round(current, image, log2, merged, generators, sizes);
            for (int v = 0; v < image.length; v++) image[v] = r.image()[image[v]];
            log2 += r.log2Factor();
            merged += r.mergedVertices();
            generators += r.generators();
            int old = sizes.length;
            sizes = Arrays.copyOf(sizes, old + r.classSizes().length);
            System.arraycopy(r.classSizes(), 0, sizes, old, r.classSizes().length);
            current = r.reduced();
        }
    }

    /** One round: finds all twin classes of g and collapses them. */
    static Round round(Digraph g) {
        int n = g.n();
        Adjacency adj = new Adjacency(g);
        long[] f = new long[n];
        for (int u = 0; u < n; u++) f[u] = selfMarkedHash(g, adj, u);

        int[] parent = new int[n];
        Arrays.setAll(parent, v -> v);
        // False twins (no arc between them): identical self-marked hash, confirmed exactly. Buckets live in an
        // open-addressing table of chains through nextRep: a HashMap<Long, List> boxed every vertex of a 10^6-vertex graph.
        int capacity = Integer.highestOneBit(Math.max(2, 2 * n - 1)) << 1;
        long[] bucketHash = new long[capacity];
        int[] bucketHead = new int[capacity];
        Arrays.fill(bucketHead, -1);
        int[] nextRep = new int[n];
        for (int u = 0; u < n; u++) {
            int slot = (int) Mix.mix(f[u]) & (capacity - 1);
            while (bucketHead[slot] >= 0 && bucketHash[slot] != f[u]) slot = (slot + 1) & (capacity - 1);
            boolean placed = false;
            for (int rep = bucketHead[slot]; rep >= 0 && !placed; rep = nextRep[rep])
                if (adj.transpositionIsAutomorphism(rep, u)) { parent[u] = rep; placed = true; }
            if (!placed) { bucketHash[slot] = f[u]; nextRep[u] = bucketHead[slot]; bucketHead[slot] = u; }
        }
        // True twins (arcs both ways with one label set): adjacent, so check each arc once.
        for (int u = 0; u < n; u++)
            for (long a = g.outStart(u); a < g.outStart(u + 1); a++) {
                int v = g.head(a);
                if (v <= u || (a > g.outStart(u) && g.head(a - 1) == v)) continue; // one check per pair
                int ru = find(parent, u), rv = find(parent, v);
                // Cheap tests first: the partner-free hashes cost deg(u) + deg(v), quadratic at hubs.
                if (ru == rv || g.colour(u) != g.colour(v) || g.outDegree(u) != g.outDegree(v)
                        || adj.inStart[u + 1] - adj.inStart[u] != adj.inStart[v + 1] - adj.inStart[v]) continue;
                if (withoutPartner(g, adj, f[u], u, v) != withoutPartner(g, adj, f[v], v, u)) continue;
                if (adj.transpositionIsAutomorphism(u, v)) parent[Math.max(ru, rv)] = Math.min(ru, rv);
            }
        return collapse(g, adj, parent);
    }

    private static Round collapse(Digraph g, Adjacency adj, int[] parent) {
        int n = g.n();
        int[] size = new int[n];
        for (int v = 0; v < n; v++) size[find(parent, v)]++;
        int[] newIndex = new int[n];
        Arrays.fill(newIndex, -1);
        int kept = 0;
        for (int v = 0; v < n; v++) if (find(parent, v) == v) newIndex[v] = kept++;
        if (kept == n) return new Round(g, identity(n), 0, 0, 0, new int[0]);

        int[] image = new int[n];
        for (int v = 0; v < n; v++) image[v] = newIndex[find(parent, v)];
        double log2 = 0;
        int generators = 0;
        int[] classSizes = new int[n - kept];
        int classes = 0;
        // The new colour is (old colour, class size, labels on arcs between members), interned in first-seen order.
        Map<List<Integer>, Integer> colourIds = new HashMap<>();
        int[] colour = new int[kept];
        int[] nextMember = new int[n];
        Arrays.fill(nextMember, -1);
        for (int v = n - 1; v >= 0; v--) if (find(parent, v) != v) nextMember[find(parent, v)] = v;
        for (int v = 0; v < n; v++) {
            if (newIndex[v] < 0) continue;
            List<Integer> key = new ArrayList<>();
            key.add(g.colour(v));
            key.add(size[v]);
            if (size[v] > 1) {
                log2 += Log2Factorial.of(size[v]);
                classSizes[classes++] = size[v];
                generators += size[v] == 2 ? 1 : 2; // Sym(k) is generated by a transposition and a k-cycle
                int other = nextMember[v];
                for (long a = g.outStart(v); a < g.outStart(v + 1); a++) if (g.head(a) == other) key.add(g.label(a));
            }
            colour[newIndex[v]] = colourIds.computeIfAbsent(key, k -> colourIds.size());
        }
        int m = 0;
        int[] t = new int[(int) g.arcCount()], h = new int[t.length], l = new int[t.length];
        for (int u = 0; u < n; u++) {
            if (newIndex[u] < 0) continue;
            for (long a = g.outStart(u); a < g.outStart(u + 1); a++) {
                int w = g.head(a);
                if (newIndex[w] < 0) continue;
                t[m] = newIndex[u]; h[m] = newIndex[w]; l[m] = g.label(a); m++;
            }
        }
        Digraph reduced = Digraph.of(kept, Arrays.copyOf(t, m), Arrays.copyOf(h, m), Arrays.copyOf(l, m),
                g.labelNames(), null, colour);
        return new Round(reduced, image, log2, n - kept, generators, Arrays.copyOf(classSizes, classes));
    }

    /** Order-free hash of colour and labelled in/out arcs, with v itself (loops) written as a marker. */
    private static long selfMarkedHash(Digraph g, Adjacency adj, int v) {
        long sum = Mix.mix(0x5eedL + g.colour(v));
        for (long a = g.outStart(v); a < g.outStart(v + 1); a++)
            sum += arcHash(g.head(a) == v ? -1 : g.head(a), g.label(a), 0);
        for (int i = adj.inStart[v]; i < adj.inStart[v + 1]; i++)
            sum += arcHash(adj.inTail[i] == v ? -1 : adj.inTail[i], adj.inLabel[i], 1);
        return sum;
    }

    /** The hash of u with every arc between u and partner removed: equal for true twins u, partner. */
    private static long withoutPartner(Digraph g, Adjacency adj, long hash, int u, int partner) {
        for (long a = g.outStart(u); a < g.outStart(u + 1); a++)
            if (g.head(a) == partner) hash -= arcHash(partner, g.label(a), 0);
        for (long a = g.outStart(partner); a < g.outStart(partner + 1); a++)
            if (g.head(a) == u) hash -= arcHash(partner, g.label(a), 1);
        return hash;
    }

    private static long arcHash(int other, int label, int direction) {
        return Mix.mix((((long) other << 32) ^ ((long) label << 1) ^ direction) + 0x9e3779b97f4a7c15L);
    }

    static int find(int[] parent, int v) {
        while (parent[v] != v) { parent[v] = parent[parent[v]]; v = parent[v]; }
        return v;
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        Arrays.setAll(p, v -> v);
        return p;
    }

    /** Out rows come from the Digraph; in rows are built here, sorted by (tail, label). */
    static final class Adjacency {
        private final Digraph g;
        final int[] inStart, inTail, inLabel;

        Adjacency(Digraph g) {
            this.g = g;
            int n = g.n(), m = (int) g.arcCount();
            inStart = new int[n + 1];
            for (long a = 0; a < m; a++) inStart[g.head(a) + 1]++;
            for (int v = 0; v < n; v++) inStart[v + 1] += inStart[v];
            int[] fill = Arrays.copyOf(inStart, n);
            inTail = new int[m];
            inLabel = new int[m];
            for (int u = 0; u < n; u++) // tails in increasing order, labels increasing per (tail, head): rows come out sorted
                for (long a = g.outStart(u); a < g.outStart(u + 1); a++) {
                    int i = fill[g.head(a)]++;
                    inTail[i] = u;
                    inLabel[i] = g.label(a);
                }
        }

        /** Exactly whether swapping u and v maps every arc at u or v onto an arc; other arcs are fixed. */
        boolean transpositionIsAutomorphism(int u, int v) {
            if (u == v) return true;
            if (g.colour(u) != g.colour(v) || g.outDegree(u) != g.outDegree(v)
                    || inStart[u + 1] - inStart[u] != inStart[v + 1] - inStart[v]) return false;
            long[] mappedOut = new long[g.outDegree(u)], out = new long[mappedOut.length];
            int k = 0;
            for (long a = g.outStart(u); a < g.outStart(u + 1); a++) mappedOut[k++] = pack(swap(g.head(a), u, v), g.label(a));
            k = 0;
            for (long a = g.outStart(v); a < g.outStart(v + 1); a++) out[k++] = pack(g.head(a), g.label(a));
            Arrays.sort(mappedOut);
            if (!Arrays.equals(mappedOut, out)) return false;
            int d = inStart[u + 1] - inStart[u];
            long[] mappedIn = new long[d], in = new long[d];
            for (int i = 0; i < d; i++) {
                mappedIn[i] = pack(swap(inTail[inStart[u] + i], u, v), inLabel[inStart[u] + i]);
                in[i] = pack(inTail[inStart[v] + i], inLabel[inStart[v] + i]);
            }
            Arrays.sort(mappedIn);
            return Arrays.equals(mappedIn, in);
        }

        private static int swap(int w, int u, int v) { return w == u ? v : w == v ? u : w; }

        private static long pack(int vertex, int label) { return ((long) vertex << 32) | (label & 0xffffffffL); }
    }
}
