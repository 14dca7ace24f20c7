package org.geneft.statics.montecarlo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/** Brute-force posteriors for tiny n: every relabelling of the reference relation, filtered by the training set. */
final class BruteForce {

    private BruteForce() {
    }

    /** The distinct relations R'(i, j) = R(σ(i), σ(j)) over all permutations σ, as n×n matrices. */
    static List<boolean[][]> isomorphismClass(int n, BiPredicate<Integer, Integer> related) {
        Set<String> seen = new LinkedHashSet<>();
        List<boolean[][]> out = new ArrayList<>();
        int[] perm = new int[n];
        for (int v = 0; v < n; v++) perm[v] = v;
        do {
            boolean[][] r = new boolean[n][n];
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    r[i][j] = related.test(perm[i], perm[j]);
                    key.append(r[i][j] ? '1' : '0');
                }
            }
            if (seen.add(key.toString())) out.add(r);
        } while (nextPermutation(perm));
        return out;
    }

    /** The relations of {@code candidates} that agree with the reference on every observed pair. */
    static List<boolean[][]> consistent(List<boolean[][]> candidates, TrainingSet training,
            BiPredicate<Integer, Integer> reference) {
        int n = training.n();
        List<boolean[][]> out = new ArrayList<>();
        next:
        for (boolean[][] r : candidates) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (training.isObserved(i, j) && r[i][j] != reference.test(i, j)) continue next;
                }
            }
            out.add(r);
        }
        return out;
    }

    /** P(R_ij = 1) under the uniform distribution on {@code relations}. */
    static double[][] probabilityOne(List<boolean[][]> relations, int n) {
        double[][] p = new double[n][n];
        for (boolean[][] r : relations) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) if (r[i][j]) p[i][j] += 1.0 / relations.size();
            }
        }
        return p;
    }

    private static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) i--;
        if (i < 0) return false;
        int j = a.length - 1;
        while (a[j] <= a[i]) j--;
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
            t = a[l];
            a[l] = a[r];
            a[r] = t;
        }
        return true;
    }
}
