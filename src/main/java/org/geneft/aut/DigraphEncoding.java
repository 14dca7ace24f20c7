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
