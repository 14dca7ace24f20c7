package org.geneft.aut;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Random;
import java.util.stream.IntStream;
import org.geneft.graph.Digraph;

/** Seeded random test digraphs with loops, labels and colours. */
final class RandomDigraphs {
    private RandomDigraphs() { }

    /** n vertices, each of the n*n*labels possible triples present with probability density. */
    static Digraph dense(Random random, int n, int labels, int colours, double density) {
        int capacity = n * n * labels;
        int[] t = new int[capacity], h = new int[capacity], l = new int[capacity];
        int m = 0;
        for (int u = 0; u < n; u++)
            for (int v = 0; v < n; v++)
                for (int label = 0; label < labels; label++)
                    if (random.nextDouble() < density) { t[m] = u; h[m] = v; l[m] = label; m++; }
        int[] colour = colours <= 1 ? null : IntStream.range(0, n).map(v -> random.nextInt(colours)).toArray();
        return Digraph.of(n, Arrays.copyOf(t, m), Arrays.copyOf(h, m),
                Arrays.copyOf(l, m), labelNames(labels), null, colour);
    }

    /**
     * A random digraph invariant under a random permutation s (arcs closed under s, colours
     * constant on the cycles of s), so its group is usually non-trivial: random graphs alone are
     * almost always rigid and would test little.
     */
    static Digraph symmetric(Random random, int n, int labels, int colours, double density) {
        int[] s = permutation(random, n);
        Set<Long> triples = new HashSet<>();
        for (int u = 0; u < n; u++)
            for (int v = 0; v < n; v++)
                for (int label = 0; label < labels; label++)
                    if (random.nextDouble() < density)
                        for (int a = u, b = v; triples.add(((long) a * n + b) * labels + label); a = s[a], b = s[b]) { }
        int[] t = new int[triples.size()], h = new int[triples.size()], l = new int[triples.size()];
        int m = 0;
        for (long key : triples) {
            l[m] = (int) (key % labels);
            long pair = key / labels;
            t[m] = (int) (pair / n);
            h[m] = (int) (pair % n);
            m++;
        }
        int[] colour = null;
        if (colours > 1) {
            colour = new int[n];
            Arrays.fill(colour, -1);
            for (int v = 0; v < n; v++)
                if (colour[v] < 0) {
                    int c = random.nextInt(colours);
                    for (int w = v; colour[w] < 0; w = s[w]) colour[w] = c;
                }
        }
        return Digraph.of(n, t, h, l, labelNames(labels), null, colour);
    }

    /** m uniformly random arcs (duplicates dropped by Digraph) on n vertices, unlabelled and uncoloured. */
    static Digraph sparse(Random random, int n, int m) {
        int[] t = new int[m], h = new int[m];
        for (int i = 0; i < m; i++) { t[i] = random.nextInt(n); h[i] = random.nextInt(n); }
        return Digraph.of(n, t, h, null, null, null, null);
    }

    static int[] permutation(Random random, int n) {
        int[] p = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int x = p[i]; p[i] = p[j]; p[j] = x;
        }
        return p;
    }

    static List<String> labelNames(int labels) {
        return IntStream.range(0, labels).mapToObj(i -> "r" + i).toList();
    }
}
