package org.geneft.aut;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.geneft.graph.Digraph;

/**
 * Aut(G) by trying every permutation of at most 8 vertices: exact and obviously right, for cross-checks only.
 *
 * <p>A permutation p is an automorphism when it keeps every vertex colour and maps every arc
 * u→v with label L (loops included) to an arc p(u)→p(v) with label L; being a bijection on a
 * finite arc set, it then maps the arcs onto themselves. The reported generator count is the size
 * of an irredundant generating set chosen greedily (each automorphism in lexicographic order
 * that the earlier ones do not generate), not a minimum one.
 */
public final class BruteForceAutomorphisms implements AutomorphismEngine {
    public static final int MAX_VERTICES = 8;

    @Override
    public String name() {
        return "brute-force";
    }

    @Override
    public AutomorphismGroup automorphisms(Digraph g) {
        Objects.requireNonNull(g, "graph");
        int n = g.n();
        if (n > MAX_VERTICES)
            throw new IllegalArgumentException("brute force tries all n! permutations; n = " + n + " exceeds " + MAX_VERTICES);
        long start = System.nanoTime();
        int[] orbits = new int[n];
        Arrays.setAll(orbits, v -> v);
        List<int[]> automorphisms = new ArrayList<>();
        int[] p = new int[n];
        Arrays.setAll(p, v -> v);
        do {
            if (preserves(g, p)) {
                automorphisms.add(p.clone());
                for (int v = 0; v < n; v++) orbits[v] = Math.min(orbits[v], p[v]);
            }
        } while (nextPermutation(p));
        int generators = greedyGeneratingSetSize(automorphisms, n);
        double seconds = (System.nanoTime() - start) / 1e9;
        int order = automorphisms.size();
        return new AutomorphismGroup(Math.log10(order), BigInteger.valueOf(order), generators, orbits, name(), seconds);
    }

    private static boolean preserves(Digraph g, int[] p) {
        for (int v = 0; v < g.n(); v++) if (g.colour(p[v]) != g.colour(v)) return false;
        for (int u = 0; u < g.n(); u++)
            for (long a = g.outStart(u); a < g.outStart(u + 1); a++)
                if (!g.hasArc(p[u], p[g.head(a)], g.label(a))) return false;
        return true;
    }

    /** Steps p to the next permutation in lexicographic order; false after the last one. */
    private static boolean nextPermutation(int[] p) {
        int i = p.length - 2;
        while (i >= 0 && p[i] >= p[i + 1]) i--;
        if (i < 0) return false;
        int j = p.length - 1;
        while (p[j] <= p[i]) j--;
        int t = p[i]; p[i] = p[j]; p[j] = t;
        for (int a = i + 1, b = p.length - 1; a < b; a++, b--) { t = p[a]; p[a] = p[b]; p[b] = t; }
        return true;
    }

    private static int greedyGeneratingSetSize(List<int[]> group, int n) {
        List<int[]> generators = new ArrayList<>();
        Set<Integer> generated = new HashSet<>();
        int[] identity = new int[n];
        Arrays.setAll(identity, v -> v);
        generated.add(encode(identity));
        for (int[] candidate : group) {
            if (generated.contains(encode(candidate))) continue;
            generators.add(candidate);
            // Closure of the subgroup under right multiplication by the generators (a finite group needs no inverses).
            List<int[]> frontier = new ArrayList<>();
            for (int[] element : group) if (generated.contains(encode(element))) frontier.add(element);
            while (!frontier.isEmpty()) {
                List<int[]> next = new ArrayList<>();
                for (int[] element : frontier)
                    for (int[] s : generators) {
                        int[] product = new int[n];
                        for (int v = 0; v < n; v++) product[v] = s[element[v]];
                        if (generated.add(encode(product))) next.add(product);
                    }
                frontier = next;
            }
        }
        return generators.size();
    }

    /** Three bits per image: n <= 8 fits in an int. */
    private static int encode(int[] p) {
        int code = 0;
        for (int image : p) code = (code << 3) | image;
        return code;
    }
}
