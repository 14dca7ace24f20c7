package org.geneft.aut;

import java.util.Arrays;
import org.geneft.graph.Digraph;

/**
 * Encodes a labelled, coloured digraph with loops as a {@link SparseGraph} whose automorphism
 * group is isomorphic to the digraph's, with the original vertices kept as 0..n-1.
 *
 * <p>Undirected gadget (for Traces): vertex v keeps its number, v_out = n + v, v_in = 2n + v;
 * edges v–v_out and v–v_in; an arc u→v (a loop too) becomes u_out–v_in, or, when the digraph
 * has more than one label, u_out–w–v_in through w = 3n + a (a the arc's index) coloured by the
 * label. Colour classes: the vertex colours, then OUT, IN, then one per label. An automorphism
 * of the gadget keeps each class, and v_out, v_in are the only OUT/IN neighbours of v, so it is
 * fixed by what it does on 0..n-1; a w is fixed by its two ends and its label because the
 * digraph holds no duplicate triples. Hence the map to Aut(digraph) is a bijection.
 *
 * <p>Undirected graph (for Traces, when the digraph is unlabelled and symmetric): the graph itself
 * without its loops, a loop kept as a vertex colour (each colour class split by loop / no loop).
 * The gadget would triple the vertices and double the edges for nothing: on mod:5 at n = 1000
 * Traces took 16 s on the gadget (docs/BENCHMARKS.md).
 *
 * <p>Subdivided digraph (for sparsenauty's digraph mode): the digraph itself, loops in the
 * adjacency; with more than one label each arc u→v becomes u→w→v, w = n + a coloured by its label.
 */
final class DigraphEncoding {
    static final String SUBDIVIDED = "+subdivided-labels";

    private DigraphEncoding() { }

    /** The simple undirected 3-vertex gadget that Traces can search. */
    static SparseGraph undirectedGadget(Digraph g, String name) {
        int n = g.n();
        boolean labelled = g.isLabelled();
        int m = checkedArcCount(g);
        long vertices = 3L * n + (labelled ? m : 0);
        long entries = 2L * (2L * n + (labelled ? 2L * m : m));
        checkFits(vertices, entries);
        int total = (int) vertices;

        // In-arcs of each vertex, in increasing tail order, so the IN rows come out sorted.
        int[] inStart = new int[n + 1];
        for (long a = 0; a < m; a++) inStart[g.head(a) + 1]++;
        for (int v = 0; v < n; v++) inStart[v + 1] += inStart[v];
        int[] inArc = new int[m];
        int[] fill = Arrays.copyOf(inStart, n);
        int[] tail = new int[m];
        for (int u = 0; u < n; u++)
            for (long a = g.outStart(u); a < g.outStart(u + 1); a++) {
                tail[(int) a] = u;
                inArc[fill[g.head(a)]++] = (int) a;
            }

        long[] offsets = new long[total + 1];
        int[] adj = new int[(int) entries];
        int k = 0, row = 0;
        for (int v = 0; v < n; v++) {
            offsets[row++] = k;
            adj[k++] = n + v;
            adj[k++] = 2 * n + v;
        }
        for (int v = 0; v < n; v++) {
            offsets[row++] = k;
            adj[k++] = v;
            for (long a = g.outStart(v); a < g.outStart(v + 1); a++)
                adj[k++] = labelled ? 3 * n + (int) a : 2 * n + g.head(a);
        }
        for (int v = 0; v < n; v++) {
            offsets[row++] = k;
            adj[k++] = v;
            for (int i = inStart[v]; i < inStart[v + 1]; i++)
                adj[k++] = labelled ? 3 * n + inArc[i] : n + tail[inArc[i]];
        }
        if (labelled)
            for (int a = 0; a < m; a++) {
                offsets[row++] = k;
                adj[k++] = n + tail[a];
                adj[k++] = 2 * n + g.head(a);
            }
        offsets[row] = k;

        long[] rawColour = new long[total];
        long base = vertexColours(g, rawColour);
        for (int v = 0; v < n; v++) {
            rawColour[n + v] = base;
            rawColour[2 * n + v] = base + 1;
        }
        if (labelled) for (int a = 0; a < m; a++) rawColour[3 * n + a] = base + 2 + g.label(a);
        return new SparseGraph(total, offsets, adj, compact(rawColour), false, name + (labelled ? SUBDIVIDED : ""));
    }

    static final String LAYERED = "+layered-labels";

    /**
     * The gadget with labels in layers instead of subdivision vertices (nauty's manual, edge-coloured graphs):
     * each ordered pair u→v carrying arcs gets the code c ∈ 1..K of its label set (K distinct sets in g),
     * and with k = ⌈log2(K+1)⌉ layers, v gets neighbours out_i(v), in_i(v) (i < k), coloured by (OUT or IN, i),
     * and u→v becomes the edges out_i(u)–in_i(v) for every bit i of c (a loop: out_i(v)–in_i(v)). v's
     * only neighbour of colour (OUT, i) is out_i(v), so an automorphism is fixed by what it does on 0..n-1 and
     * keeps every pair's bits, hence its label set: the groups agree. n(1 + 2k) vertices against 3n + m.
     */
    static SparseGraph layeredGadget(Digraph g, String name) {
        int n = g.n();
        int m = checkedArcCount(g);
        // Codes of the label sets of the ordered pairs; arcs are sorted by (tail, head, label), so a pair's arcs are adjacent.
        int[] pairCode = new int[m]; // code of the pair, stored at its first arc; -1 at the others
        java.util.Map<java.util.List<Integer>, Integer> codes = new java.util.HashMap<>();
        int pairs = 0;
        for (int u = 0; u < n; u++)
            for (long a = g.outStart(u); a < g.outStart(u + 1); ) {
                long b = a;
                java.util.List<Integer> set = new java.util.ArrayList<>(2);
                while (b < g.outStart(u + 1) && g.head(b) == g.head(a)) set.add(g.label(b++));
                pairCode[(int) a] = codes.computeIfAbsent(set, x -> codes.size() + 1);
                for (long c = a + 1; c < b; c++) pairCode[(int) c] = -1;
                pairs++;
                a = b;
            }
        int layers = 32 - Integer.numberOfLeadingZeros(Math.max(1, codes.size()));
        long vertices = (long) n * (1 + 2L * layers);
        long bits = 0;
        for (int a = 0; a < m; a++) if (pairCode[a] > 0) bits += Integer.bitCount(pairCode[a]);
        long entries = 4L * n * layers + 2 * bits;
        checkFits(vertices, entries);
        int total = (int) vertices;
        int[] tail = new int[m];
        for (int u = 0; u < n; u++) for (long a = g.outStart(u); a < g.outStart(u + 1); a++) tail[(int) a] = u;
        // First arcs of pairs by head, tails increasing, so the IN rows come out sorted.
        int[] inStart = new int[n + 1];
        for (int a = 0; a < m; a++) if (pairCode[a] > 0) inStart[g.head(a) + 1]++;
        for (int v = 0; v < n; v++) inStart[v + 1] += inStart[v];
        int[] inPair = new int[pairs];
        int[] fill = Arrays.copyOf(inStart, n);
        for (int a = 0; a < m; a++) if (pairCode[a] > 0) inPair[fill[g.head(a)]++] = a;

        long[] offsets = new long[total + 1];
        int[] adj = new int[(int) entries];
        int k = 0, row = 0;
        for (int v = 0; v < n; v++) {
            offsets[row++] = k;
            for (int i = 0; i < layers; i++) adj[k++] = n + i * n + v;
            for (int i = 0; i < layers; i++) adj[k++] = n + (layers + i) * n + v;
        }
        for (int i = 0; i < layers; i++)
            for (int u = 0; u < n; u++) {
                offsets[row++] = k;
                adj[k++] = u;
                for (long a = g.outStart(u); a < g.outStart(u + 1); a++)
                    if (pairCode[(int) a] > 0 && (pairCode[(int) a] >> i & 1) != 0) adj[k++] = n + (layers + i) * n + g.head(a);
            }
        for (int i = 0; i < layers; i++)
            for (int v = 0; v < n; v++) {
                offsets[row++] = k;
                adj[k++] = v; // below every OUT copy, so the row stays sorted
                for (int j = inStart[v]; j < inStart[v + 1]; j++) {
                    int a = inPair[j];
                    if ((pairCode[a] >> i & 1) != 0) adj[k++] = n + i * n + tail[a];
                }
            }
        offsets[row] = k;

        long[] rawColour = new long[total];
        long base = vertexColours(g, rawColour);
        for (int i = 0; i < layers; i++)
            for (int v = 0; v < n; v++) {
                rawColour[n + i * n + v] = base + 2L * i;
                rawColour[n + (layers + i) * n + v] = base + 2L * i + 1;
            }
        return new SparseGraph(total, offsets, adj, compact(rawColour), false, name + LAYERED);
    }

    static final String SPLIT = "+split-labels";

    /**
     * The gadget with one OUT and one IN copy of a vertex per label it uses, instead of one vertex per arc: v gets a
     * neighbour out(v, L) for each label L on its out-arcs and in(v, L) for each L on its in-arcs, coloured (OUT, L)
     * and (IN, L), and u→v labelled L becomes the edge out(u, L)–in(v, L) (a loop: out(v, L)–in(v, L)). A copy's one
     * neighbour among 0..n-1 is its owner, and an owner has at most one copy of each colour, so an automorphism is
     * fixed by what it does on 0..n-1 and keeps every labelled arc: the groups agree. n + (copies) vertices and
     * (copies) + m edges, against 3n + m vertices and 2n + 2m edges: fewer where vertices repeat a label.
     */
    static SparseGraph splitGadget(Digraph g, String name) {
        int n = g.n();
        int m = checkedArcCount(g);
        int labels = g.labelCount();
        int[] tail = new int[m];
        for (int u = 0; u < n; u++) for (long a = g.outStart(u); a < g.outStart(u + 1); a++) tail[(int) a] = u;
        // Copy ids: out copies numbered from n by owner, then in copies; a label's copy is made at its first arc.
        int[] outCopy = new int[m], inCopy = new int[m];
        int[] stamp = new int[labels], id = new int[labels];
        Arrays.fill(stamp, -1);
        int next = n;
        for (int u = 0; u < n; u++)
            for (long a = g.outStart(u); a < g.outStart(u + 1); a++) {
                int l = g.label(a);
                if (stamp[l] != u) { stamp[l] = u; id[l] = next++; }
                outCopy[(int) a] = id[l];
            }
        int[] inStart = new int[n + 1];
        for (int a = 0; a < m; a++) inStart[g.head(a) + 1]++;
        for (int v = 0; v < n; v++) inStart[v + 1] += inStart[v];
        int[] inArc = new int[m];
        int[] fill = Arrays.copyOf(inStart, n);
        for (int a = 0; a < m; a++) inArc[fill[g.head(a)]++] = a;
        Arrays.fill(stamp, -1);
        for (int v = 0; v < n; v++)
            for (int i = inStart[v]; i < inStart[v + 1]; i++) {
                int l = g.label(inArc[i]);
                if (stamp[l] != v) { stamp[l] = v; id[l] = next++; }
                inCopy[inArc[i]] = id[l];
            }
        int total = next;
        long entries = 2L * (total - n) + 2L * m;
        checkFits(total, entries);

        // Rows: each copy's owner and its arcs' partners; every row sorted at the end.
        int[] degree = new int[total];
        int[] owner = new int[total];
        for (int a = 0; a < m; a++) {
            owner[outCopy[a]] = tail[a];
            owner[inCopy[a]] = g.head(a);
        }
        for (int c = n; c < total; c++) { degree[c]++; degree[owner[c]]++; }
        for (int a = 0; a < m; a++) { degree[outCopy[a]]++; degree[inCopy[a]]++; }
        long[] offsets = new long[total + 1];
        for (int v = 0; v < total; v++) offsets[v + 1] = offsets[v] + degree[v];
        int[] adj = new int[(int) entries];
        long[] at = Arrays.copyOf(offsets, total);
        for (int c = n; c < total; c++) {
            adj[(int) at[c]++] = owner[c];
            adj[(int) at[owner[c]]++] = c;
        }
        for (int a = 0; a < m; a++) {
            adj[(int) at[outCopy[a]]++] = inCopy[a];
            adj[(int) at[inCopy[a]]++] = outCopy[a];
        }
        for (int v = 0; v < total; v++) Arrays.sort(adj, (int) offsets[v], (int) offsets[v + 1]);

        long[] rawColour = new long[total];
        long base = vertexColours(g, rawColour);
        for (int a = 0; a < m; a++) {
            rawColour[outCopy[a]] = base + 2L * g.label(a);
            rawColour[inCopy[a]] = base + 2L * g.label(a) + 1;
        }
        return new SparseGraph(total, offsets, adj, compact(rawColour), false, name + SPLIT);
    }

    /** Whether the direct undirected encoding applies: one label and every arc u->v has v->u. */
    static boolean isUndirected(Digraph g) {
        if (g.isLabelled()) return false;
        for (int u = 0; u < g.n(); u++)
            for (long a = g.outStart(u); a < g.outStart(u + 1); a++)
                if (!g.hasArc(g.head(a), u)) return false;
        return true;
    }

    /** A symmetric unlabelled digraph as a simple undirected graph, loops moved into the colours. */
    static SparseGraph undirected(Digraph g, String name) {
        if (!isUndirected(g)) throw new IllegalArgumentException("the direct undirected encoding needs a symmetric unlabelled digraph");
        int n = g.n();
        long entries = g.arcCount() - g.loopCount();
        checkFits(n, entries);
        long[] offsets = new long[n + 1];
        int[] adj = new int[(int) entries];
        long[] rawColour = new long[n];
        vertexColours(g, rawColour);
        int k = 0;
        for (int v = 0; v < n; v++) {
            offsets[v] = k;
            boolean loop = false;
            for (long a = g.outStart(v); a < g.outStart(v + 1); a++) {
                if (g.head(a) == v) loop = true;
                else adj[k++] = g.head(a);
            }
            rawColour[v] = 2 * rawColour[v] + (loop ? 1 : 0);
        }
        offsets[n] = k;
        return new SparseGraph(n, offsets, adj, compact(rawColour), false, name);
    }

    /** The digraph for nauty's digraph mode, labels moved onto subdivision vertices. */
    static SparseGraph subdividedDigraph(Digraph g, String name) {
        int n = g.n();
        boolean labelled = g.isLabelled();
        int m = checkedArcCount(g);
        long vertices = (long) n + (labelled ? m : 0);
        long entries = labelled ? 2L * m : m;
        checkFits(vertices, entries);
        int total = (int) vertices;

        long[] offsets = new long[total + 1];
        int[] adj = new int[(int) entries];
        int k = 0;
        for (int v = 0; v < n; v++) {
            offsets[v] = k;
            for (long a = g.outStart(v); a < g.outStart(v + 1); a++)
                adj[k++] = labelled ? n + (int) a : g.head(a);
        }
        if (labelled)
            for (int a = 0; a < m; a++) {
                offsets[n + a] = k;
                adj[k++] = g.head(a);
            }
        offsets[total] = k;

        long[] rawColour = new long[total];
        long base = vertexColours(g, rawColour);
        if (labelled) for (int a = 0; a < m; a++) rawColour[n + a] = base + g.label(a);
        return new SparseGraph(total, offsets, adj, compact(rawColour), true, name + (labelled ? SUBDIVIDED : ""));
    }

    private static int checkedArcCount(Digraph g) {
        if (g.arcCount() > Integer.MAX_VALUE)
            throw new IllegalArgumentException(g.arcCount() + " arcs do not fit nauty's int vertex numbers");
        return (int) g.arcCount();
    }

    /** nauty numbers vertices with int, and Java arrays stop a little below 2^31. */
    static void checkFits(long vertices, long adjacencyEntries) {
        long limit = Integer.MAX_VALUE - 8;
        if (vertices >= limit || adjacencyEntries > limit)
            throw new IllegalArgumentException("encoded graph (" + vertices + " vertices, " + adjacencyEntries
                    + " adjacency entries) is too large for nauty's int vertex numbers");
    }

    /** Writes the digraph's colours into raw[0..n) and returns the first colour free after them. */
    private static long vertexColours(Digraph g, long[] raw) {
        long max = 0;
        for (int v = 0; v < g.n(); v++) {
            if (g.colour(v) < 0) throw new IllegalArgumentException("negative colour " + g.colour(v) + " at vertex " + v);
            raw[v] = g.colour(v);
            max = Math.max(max, raw[v]);
        }
        return max + 1;
    }

    /** Ranks colours to 0..k-1, keeping their order, so the shim's per-colour table stays small. */
    static int[] compact(long[] raw) {
        long[] distinct = Arrays.stream(raw).sorted().distinct().toArray();
        int[] ranks = new int[raw.length];
        for (int i = 0; i < raw.length; i++) ranks[i] = Arrays.binarySearch(distinct, raw[i]);
        return ranks;
    }
}
