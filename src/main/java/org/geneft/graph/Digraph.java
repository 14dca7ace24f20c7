package org.geneft.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable directed graph on vertices 0..n-1 with self-loops, optional arc labels
 * (a multi-relational knowledge graph) and optional vertex colours.
 *
 * <p>Arcs are stored once each, as distinct (tail, head, label) triples sorted in that order,
 * in compressed sparse rows: duplicate triples would otherwise become swappable copies and
 * inflate |Aut|. A graph with one label is an ordinary relation R_ij.
 */
public final class Digraph {
    private final int n;
    private final long[] outStart; // n + 1 offsets into heads/labels
    private final int[] heads;
    private final int[] labels;
    private final List<String> labelNames;
    private final List<String> vertexNames; // null: vertices are named by their index
    private final int[] colours;            // null: uncoloured

    private Digraph(int n, long[] outStart, int[] heads, int[] labels, List<String> labelNames,
                    List<String> vertexNames, int[] colours) {
        this.n = n;
        this.outStart = outStart;
        this.heads = heads;
        this.labels = labels;
        this.labelNames = labelNames;
        this.vertexNames = vertexNames;
        this.colours = colours;
    }

    /** Builds a graph from parallel arc arrays; duplicates are removed, order is irrelevant. */
    public static Digraph of(int n, int[] tails, int[] heads, int[] labels, List<String> labelNames,
                             List<String> vertexNames, int[] colours) {
        if (n < 1) throw new IllegalArgumentException("a graph needs at least one vertex, got n = " + n);
        int m = tails.length;
        if (heads.length != m || (labels != null && labels.length != m))
            throw new IllegalArgumentException("arc arrays differ in length");
        List<String> names = labelNames == null || labelNames.isEmpty() ? List.of("R") : List.copyOf(labelNames);
        int labelCount = names.size();
        for (int i = 0; i < m; i++) {
            if (tails[i] < 0 || tails[i] >= n || heads[i] < 0 || heads[i] >= n)
                throw new IllegalArgumentException("arc " + tails[i] + "->" + heads[i] + " leaves 0.." + (n - 1));
            if (labels != null && (labels[i] < 0 || labels[i] >= labelCount))
                throw new IllegalArgumentException("arc label " + labels[i] + " out of range");
        }
        if (vertexNames != null && vertexNames.size() != n)
            throw new IllegalArgumentException("vertex names: " + vertexNames.size() + " for " + n + " vertices");
        if (colours != null) {
            if (colours.length != n) throw new IllegalArgumentException("colours: " + colours.length + " for " + n + " vertices");
            for (int c : colours) if (c < 0) throw new IllegalArgumentException("negative vertex colour " + c);
        }
        // Counting sort by tail, then sort each row by (head, label) packed in a long.
        long[] start = new long[n + 1];
        for (int t : tails) start[t + 1]++;
        for (int v = 0; v < n; v++) start[v + 1] += start[v];
        long[] fill = Arrays.copyOf(start, n);
        long[] keys = new long[m];
        for (int i = 0; i < m; i++) {
            int lab = labels == null ? 0 : labels[i];
            keys[(int) fill[tails[i]]++] = ((long) heads[i] << 32) | lab;
        }
        long[] outStart = new long[n + 1];
        int w = 0;
        for (int v = 0; v < n; v++) {
            int from = (int) start[v], to = (int) start[v + 1];
            Arrays.sort(keys, from, to);
            outStart[v] = w;
            for (int i = from; i < to; i++)
                if (i == from || keys[i] != keys[i - 1]) keys[w++] = keys[i];
        }
        outStart[n] = w;
        int[] h = new int[w];
        int[] l = new int[w];
        for (int i = 0; i < w; i++) {
            h[i] = (int) (keys[i] >>> 32);
            l[i] = (int) (keys[i] & 0xffffffffL);
        }
        return new Digraph(n, outStart, h, l, names, vertexNames == null ? null : List.copyOf(vertexNames),
                colours == null ? null : colours.clone());
    }

    /** An unlabelled, uncoloured relation from a 0/1 matrix. */
    public static Digraph fromMatrix(boolean[][] r) {
        int n = r.length;
        int m = 0;
        for (boolean[] row : r) {
            if (row.length != n) throw new IllegalArgumentException("matrix is not square");
            for (boolean b : row) if (b) m++;
        }
        int[] t = new int[m], h = new int[m];
        int k = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (r[i][j]) { t[k] = i; h[k] = j; k++; }
        return of(n, t, h, null, null, null, null);
    }

    public int n() { return n; }

    /** Number of distinct (tail, head, label) arcs. */
    public long arcCount() { return heads.length; }

    public int labelCount() { return labelNames.size(); }

    public List<String> labelNames() { return labelNames; }

    public boolean isLabelled() { return labelNames.size() > 1; }

    public boolean isColoured() { return colours != null; }

    /** Colour of v (0 when uncoloured). */
    public int colour(int v) { return colours == null ? 0 : colours[v]; }

    public String vertexName(int v) { return vertexNames == null ? Integer.toString(v) : vertexNames.get(v); }

    public boolean hasVertexNames() { return vertexNames != null; }

    /** Index of the first out-arc of v; the out-arcs of v are [outStart(v), outStart(v+1)). */
    public long outStart(int v) { return outStart[v]; }

    public int head(long arc) { return heads[(int) arc]; }

    public int label(long arc) { return labels[(int) arc]; }

    public int outDegree(int v) { return (int) (outStart[v + 1] - outStart[v]); }

    /** Whether u->v is an arc under any label. */
    public boolean hasArc(int u, int v) {
        int lo = (int) outStart[u], hi = (int) outStart[u + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (heads[mid] < v) lo = mid + 1;
            else if (heads[mid] > v) hi = mid - 1;
            else return true;
        }
        return false;
    }

    /** Whether u->v carries the given label. */
    public boolean hasArc(int u, int v, int label) {
        for (int a = (int) outStart[u]; a < outStart[u + 1]; a++)
            if (heads[a] == v && labels[a] == label) return true;
        return false;
    }

    /** Number of loops v->v (counted once per vertex and label). */
    public long loopCount() {
        long loops = 0;
        for (int v = 0; v < n; v++)
            for (long a = outStart[v]; a < outStart[v + 1]; a++) if (heads[(int) a] == v) loops++;
        return loops;
    }

    /** The same graph with vertex v renamed to perm[v]; labels, colours and names travel along. */
    public Digraph relabel(int[] perm) {
        if (perm.length != n) throw new IllegalArgumentException("permutation of the wrong length");
        int m = heads.length;
        int[] t = new int[m], h = new int[m];
        int k = 0;
        for (int v = 0; v < n; v++)
            for (long a = outStart[v]; a < outStart[v + 1]; a++) { t[k] = perm[v]; h[k] = perm[heads[(int) a]]; k++; }
        int[] c = null;
        if (colours != null) {
            c = new int[n];
            for (int v = 0; v < n; v++) c[perm[v]] = colours[v];
        }
        String[] names = null;
        if (vertexNames != null) {
            names = new String[n];
            for (int v = 0; v < n; v++) names[perm[v]] = vertexNames.get(v);
        }
        return of(n, t, h, labels.clone(), labelNames, names == null ? null : Arrays.asList(names), c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Digraph g && n == g.n && Arrays.equals(outStart, g.outStart)
                && Arrays.equals(heads, g.heads) && Arrays.equals(labels, g.labels)
                && Arrays.equals(colours, g.colours) && labelNames.equals(g.labelNames);
    }

    @Override
    public int hashCode() {
        return Objects.hash(n, Arrays.hashCode(heads), Arrays.hashCode(labels));
    }

    @Override
    public String toString() {
        return "Digraph[n=" + n + ", arcs=" + arcCount() + ", labels=" + labelCount() + "]";
    }
}
