package org.geneft.aut;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geneft.graph.Digraph;

/**
 * Splits a digraph into the connected components of its underlying undirected graph and groups
 * components that might be isomorphic, so each group can be searched on its own.
 *
 * <p>An automorphism maps components onto isomorphic components, so Aut(G) is the product over
 * groups of Aut(union of the group) whenever isomorphic components always land in one group. The
 * grouping key is an isomorphism invariant (vertex and arc counts and a colour-refinement hash),
 * so isomorphic components share it; components that share it without being isomorphic are still
 * searched together, which is exact, merely less split. Which components are isomorphic is then
 * read off the search's orbits ({@link #isomorphismClasses}), never from the hash.
 */
final class ComponentSplit {
    /** Colour refinement rounds: enough to tell most non-isomorphic components apart, linear in the arcs. */
    private static final int REFINEMENT_ROUNDS = 4;

    /**
     * Components of one group searched together.
     *
     * @param graph     the union of the group's components, vertices renumbered 0..k-1
     * @param vertices  vertices[i] is the vertex of the whole graph that i stands for
     * @param component component[i] numbers i's component inside the group
     * @param components how many components the group holds
     */
    record Group(Digraph graph, int[] vertices, int[] component, int components) { }

    private ComponentSplit() { }

    /** The groups, largest vertex count last; isolated vertices of a twin-free graph are dropped (each is rigid and unique). */
    static List<Group> groups(Digraph g, boolean dropUniqueSingletons) {
        int n = g.n();
        int[] parent = new int[n];
        Arrays.setAll(parent, v -> v);
        for (int u = 0; u < n; u++)
            for (long a = g.outStart(u); a < g.outStart(u + 1); a++) {
                int ru = TwinReduction.find(parent, u), rv = TwinReduction.find(parent, g.head(a));
                if (ru != rv) parent[Math.max(ru, rv)] = Math.min(ru, rv);
            }
        int[] root = new int[n];
        int[] size = new int[n];
        long[] arcs = new long[n];
        for (int v = 0; v < n; v++) {
            root[v] = TwinReduction.find(parent, v);
            size[root[v]]++;
            arcs[root[v]] += g.outDegree(v);
        }
        // Refinement only where vertex and arc counts collide: on a graph with one giant component it would cost
        // four passes over every arc to tell apart what the counts already tell apart.
        Map<List<Long>, Integer> countKeys = new HashMap<>();
        for (int v = 0; v < n; v++)
            if (root[v] == v && !(dropUniqueSingletons && size[v] == 1)) countKeys.merge(List.of((long) size[v], arcs[v]), 1, Integer::sum);
        boolean[] refine = new boolean[n];
        boolean any = false;
        for (int v = 0; v < n; v++)
            if (root[v] == v) refine[v] = countKeys.getOrDefault(List.of((long) size[v], arcs[v]), 0) > 1;
        for (int v = 0; v < n; v++) {
            refine[v] = refine[root[v]];
            any |= refine[v];
        }
        long[] componentHash = new long[n];
        if (any) {
            long[] hash = refinedColours(g, refine);
            for (int v = 0; v < n; v++) if (refine[v]) componentHash[root[v]] += Mix.mix(hash[v]);
        }

        Map<List<Long>, List<Integer>> byKey = new LinkedHashMap<>();
        for (int v = 0; v < n; v++) {
            if (root[v] != v) continue;
            if (dropUniqueSingletons && size[v] == 1) continue;
            byKey.computeIfAbsent(List.of((long) size[v], arcs[v], componentHash[v]), k -> new ArrayList<>()).add(v);
        }
        // Members of each root, in vertex order, as slices of one array (counting sort by root).
        int[] memberStart = new int[n + 1];
        for (int v = 0; v < n; v++) memberStart[root[v] + 1]++;
        for (int v = 0; v < n; v++) memberStart[v + 1] += memberStart[v];
        int[] members = new int[n];
        int[] fill = Arrays.copyOf(memberStart, n);
        for (int v = 0; v < n; v++) members[fill[root[v]]++] = v;
        int[] local = new int[n];
        List<Group> groups = new ArrayList<>();
        for (List<Integer> roots : byKey.values()) groups.add(group(g, roots, members, memberStart, local));
        groups.sort((x, y) -> Integer.compare(x.vertices().length, y.vertices().length));
        return groups;
    }

    private static Group group(Digraph g, List<Integer> roots, int[] members, int[] memberStart, int[] local) {
        int total = 0;
        for (int r : roots) total += memberStart[r + 1] - memberStart[r];
        int[] vertices = new int[total], component = new int[total];
        int k = 0;
        for (int c = 0; c < roots.size(); c++)
            for (int i = memberStart[roots.get(c)]; i < memberStart[roots.get(c) + 1]; i++) {
                int v = members[i];
                local[v] = k; vertices[k] = v; component[k] = c; k++;
            }
        long m = 0;
        for (int v : vertices) m += g.outDegree(v);
        int[] t = new int[(int) m], h = new int[(int) m], l = new int[(int) m];
        int[] colour = new int[total];
        int i = 0;
        for (int x = 0; x < total; x++) {
            int v = vertices[x];
            colour[x] = g.colour(v);
            for (long a = g.outStart(v); a < g.outStart(v + 1); a++) { t[i] = x; h[i] = local[g.head(a)]; l[i] = g.label(a); i++; }
        }
        return new Group(Digraph.of(total, t, h, l, g.labelNames(), null, colour), vertices, component, roots.size());
    }

    /**
     * classOf[c] = least component of c's isomorphism class, read from the orbits of Aut(group):
     * isomorphic connected components lie in one orbit of components, others share no orbit.
     */
    static int[] isomorphismClasses(Group group, int[] orbits) {
        int[] classOf = new int[group.components()];
        Arrays.fill(classOf, -1);
        Map<Integer, Integer> orbitToComponent = new HashMap<>();
        for (int x = 0; x < orbits.length; x++) {
            int c = group.component()[x];
            Integer first = orbitToComponent.putIfAbsent(orbits[x], c);
            if (classOf[c] < 0) classOf[c] = first == null ? c : classOf[first];
        }
        return classOf;
    }

    /** A few rounds of colour refinement as 64-bit hashes on the marked components: an isomorphism invariant of each vertex. */
    private static long[] refinedColours(Digraph g, boolean[] refine) {
        int n = g.n();
        long[] c = new long[n];
        for (int v = 0; v < n; v++) c[v] = Mix.mix(g.colour(v) + 1L);
        for (int round = 0; round < REFINEMENT_ROUNDS; round++) {
            long[] next = new long[n];
            for (int u = 0; u < n; u++) next[u] = c[u] * 31;
            for (int u = 0; u < n; u++)
                if (refine[u]) // whole components only, so every arc's ends agree on refine
                    for (long a = g.outStart(u); a < g.outStart(u + 1); a++) {
                    int w = g.head(a);
                    long lab = g.label(a) * 0x100000001b3L;
                    next[u] += Mix.mix(c[w] ^ lab);
                    next[w] += Mix.mix(c[u] ^ lab ^ 0x7fb5d329728ea185L);
                }
            for (int v = 0; v < n; v++) next[v] = Mix.mix(next[v]);
            c = next;
        }
        return c;
    }
}
