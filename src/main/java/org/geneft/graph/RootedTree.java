package org.geneft.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A rooted tree on the elements 0..n-1, as the relation "i is the parent of j" (Table 2's tree row). Its
 * automorphism group is computed here a second way, by the AHU canonical forms of subtrees, independent of nauty.
 *
 * @param parent parent[v] of every element, -1 for the root alone
 */
public record RootedTree(int[] parent) {

    public RootedTree {
        parent = parent.clone();
        int roots = 0;
        for (int v = 0; v < parent.length; v++) {
            if (parent[v] == -1) roots++;
            else if (parent[v] < 0 || parent[v] >= parent.length || parent[v] == v)
                throw new IllegalArgumentException("parent of " + v + " is " + parent[v] + ", not an element");
        }
        if (roots != 1) throw new IllegalArgumentException("a rooted tree has one root, got " + roots);
        if (depthsOf(parent) == null) throw new IllegalArgumentException("the parent array has a cycle");
    }

    public int n() { return parent.length; }

    /** The path 0 -> 1 -> ... -> n-1. */
    public static RootedTree path(int n) {
        int[] p = new int[n];
        for (int v = 0; v < n; v++) p[v] = v - 1;
        return new RootedTree(p);
    }

    /** The root 0 with n-1 leaves. */
    public static RootedTree star(int n) {
        int[] p = new int[n];
        Arrays.fill(p, 0);
        p[0] = -1;
        return new RootedTree(p);
    }

    /** The complete binary tree in heap order (n = 2^h - 1 gives the perfect one). */
    public static RootedTree binary(int n) {
        int[] p = new int[n];
        for (int v = 0; v < n; v++) p[v] = v == 0 ? -1 : (v - 1) / 2;
        return new RootedTree(p);
    }

    /** Random recursive tree: element v attaches to a uniform earlier element. */
    public static RootedTree randomRecursive(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] p = new int[n];
        for (int v = 0; v < n; v++) p[v] = v == 0 ? -1 : random.nextInt(v);
        return new RootedTree(p);
    }

    /**
     * A uniform labelled rooted tree (each of the n^(n-1) equally likely): a uniform Prüfer sequence gives a
     * uniform labelled tree, and a uniform root makes it rooted.
     */
    public static RootedTree uniform(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        if (n == 1) return new RootedTree(new int[] {-1});
        List<List<Integer>> adjacent = new ArrayList<>();
        for (int v = 0; v < n; v++) adjacent.add(new ArrayList<>());
        int[] pruefer = new int[n - 2], degree = new int[n];
        Arrays.fill(degree, 1);
        for (int i = 0; i < n - 2; i++) degree[pruefer[i] = random.nextInt(n)]++;
        java.util.PriorityQueue<Integer> leaves = new java.util.PriorityQueue<>();
        for (int v = 0; v < n; v++) if (degree[v] == 1) leaves.add(v);
        for (int x : pruefer) {
            int leaf = leaves.poll();
            adjacent.get(leaf).add(x);
            adjacent.get(x).add(leaf);
            if (--degree[x] == 1) leaves.add(x);
        }
        int u = leaves.poll(), w = leaves.poll();
        adjacent.get(u).add(w);
        adjacent.get(w).add(u);
        int root = random.nextInt(n);
        int[] p = new int[n];
        Arrays.fill(p, -2);
        p[root] = -1;
        int[] stack = new int[n];
        int top = 0;
        stack[top++] = root;
        while (top > 0) {
            int v = stack[--top];
            for (int c : adjacent.get(v)) if (p[c] == -2) { p[c] = v; stack[top++] = c; }
        }
        return new RootedTree(p);
    }

    /** Depth of every element, the root at 0. */
    public int[] depths() {
        return depthsOf(parent);
    }

    /** Mean node depth ⟨d⟩, the root counted at depth 0. */
    public double meanDepth() {
        return Arrays.stream(depths()).average().orElse(0);
    }

    /** The relation parent -> child as a digraph. */
    public Digraph digraph() {
        int n = n();
        int[] t = new int[n - 1], h = new int[n - 1];
        int a = 0;
        for (int v = 0; v < n; v++) if (parent[v] >= 0) { t[a] = parent[v]; h[a++] = v; }
        return Digraph.of(n, t, h, null, null, null, null);
    }

    /**
     * log2 |Aut| of the rooted tree by AHU: subtrees get canonical ids bottom-up, and a node's automorphisms are
     * its children's, times m! for every m children with isomorphic subtrees (they may be permuted).
     */
    public double log2Automorphisms() {
        int n = n();
        int[] depth = depths();
        Integer[] order = new Integer[n];
        for (int v = 0; v < n; v++) order[v] = v;
        Arrays.sort(order, (x, y) -> depth[y] - depth[x]);        // children before parents
        List<List<Integer>> childIds = new ArrayList<>();
        for (int v = 0; v < n; v++) childIds.add(new ArrayList<>());
        Map<List<Integer>, Integer> canonical = new HashMap<>();
        double[] log2Aut = new double[n];
        int root = -1;
        for (int v : order) {
            List<Integer> ids = childIds.get(v);
            ids.sort(null);
            for (int i = 0, j; i < ids.size(); i = j) {
                for (j = i; j < ids.size() && ids.get(j).equals(ids.get(i)); j++) { }
                for (int m = 2; m <= j - i; m++) log2Aut[v] += Math.log(m) / Math.log(2);
            }
            int id = canonical.computeIfAbsent(List.copyOf(ids), k -> canonical.size());
            if (parent[v] >= 0) {
                childIds.get(parent[v]).add(id);
                log2Aut[parent[v]] += log2Aut[v];
            } else root = v;
        }
        return log2Aut[root];
    }

    /** Depths by walking up with memo; null when some walk never reaches the root (a cycle). */
    private static int[] depthsOf(int[] parent) {
        int n = parent.length;
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        int[] path = new int[n];
        for (int v = 0; v < n; v++) {
            int len = 0, u = v;
            while (u >= 0 && depth[u] < 0) {
                if (len == n) return null;
                path[len++] = u;
                u = parent[u];
            }
            int d = u < 0 ? -1 : depth[u];
            for (int i = len - 1; i >= 0; i--) depth[path[i]] = ++d;
        }
        return depth;
    }
}
