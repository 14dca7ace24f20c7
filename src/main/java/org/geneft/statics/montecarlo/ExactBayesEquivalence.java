package org.geneft.statics.montecarlo;

import java.util.Arrays;
import java.util.Optional;

/**
 * Exact Bayes posterior for equivalences and complete bipartite graphs under the uniform prior on
 * their isomorphism class: all set partitions of the n elements with the reference class-size
 * profile (for K_{a,c}: all two-sided splits with side sizes {a, c}).
 *
 * <p>Enumeration by backtracking over the components of the observed same-class pairs (they must
 * share a block), largest first. A block is identified by the first component placed in it, and its
 * size is chosen from the distinct remaining profile sizes when it opens; this counts every
 * partition exactly once without the k! relabellings. Observed different-class pairs prune. Pair
 * counts are accumulated when the later component of a pair joins a block, weighted by the number
 * of completions below. Past the node budget the answer is empty, never approximate.
 *
 * <p>Free elements (no observed entry with any other element) are exchangeable, so they are not
 * enumerated: once the constrained components are placed, F free elements fill the residual
 * capacities r_b of the opened blocks and the unopened profile sizes u in
 * F! / (Π r_b! · Π u! · Π_s mult_s!) ways (unopened blocks of equal size are unlabelled), a free
 * element sits in block b with probability r_b / F, and two free elements share a block with
 * probability (Σ r(r−1) + Σ u(u−1)) / (F(F−1)). This keeps sparse training sets exact.
 */
public final class ExactBayesEquivalence {

    private ExactBayesEquivalence() {
    }

    /** Empty when the enumeration needs more than {@code nodeBudget} nodes. */
    public static Optional<Posterior> posterior(LatentEquivalence latent, TrainingSet training, long nodeBudget) {
        int n = latent.n();
        if (n > 170) throw new IllegalArgumentException("at most 170 elements supported (n! as a double), got " + n);
        EquivalenceClosure closure = EquivalenceClosure.of(latent, training);
        int c = closure.componentCount();
        int[] weight = new int[c];
        for (int v = 0; v < n; v++) weight[closure.component(v)]++;
        boolean[] free = new boolean[c];
        int constrained = 0;
        for (int a = 0; a < c; a++) {
            free[a] = weight[a] == 1;
            for (int b = 0; b < c; b++) if (closure.componentsDifferent(a, b)) free[a] = false;
            if (!free[a]) constrained++;
        }
        if (constrained > 63) throw new IllegalArgumentException("at most 63 constrained components supported, got " + constrained);
        Integer[] byWeight = new Integer[c];
        for (int t = 0; t < c; t++) byWeight[t] = t;
        Arrays.sort(byWeight, (a, b) -> free[a] != free[b] ? Boolean.compare(free[a], free[b])
                : weight[a] != weight[b] ? Integer.compare(weight[b], weight[a]) : Integer.compare(a, b));
        int[] order = new int[constrained];
        for (int t = 0; t < constrained; t++) order[t] = byWeight[t];
        long[] conflicts = new long[c];
        for (int a = 0; a < c; a++) {
            for (int b = 0; b < c; b++) if (closure.componentsDifferent(a, b)) conflicts[a] |= 1L << b;
        }
        Search search = new Search(latent.profile(), weight, order, conflicts, nodeBudget, n - sum(weight, order));
        double total = search.place(0);
        if (search.exhausted) return Optional.empty();
        double[][] pOne = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int ci = closure.component(i);
                int cj = closure.component(j);
                double together;
                if (ci == cj) together = total;
                else if (free[ci] && free[cj]) together = search.freeWithFree;
                else if (free[ci]) together = search.freeWith[cj];
                else if (free[cj]) together = search.freeWith[ci];
                else together = search.together[ci][cj];
                double pSame = Math.min(1.0, together / total);
                pOne[i][j] = latent.complemented() ? 1.0 - pSame : pSame;
            }
        }
        return Optional.of(new Posterior(pOne, total));
    }

    private static int sum(int[] weight, int[] order) {
        int s = 0;
        for (int comp : order) s += weight[comp];
        return s;
    }

    /** The backtracking state: blocks opened so far, their loads, targets and members. */
    private static final class Search {
        final int[] weight;
        final int[] order;
        final long[] conflicts;
        final long budget;
        final int k;
        final int freeCount;
        final double[] factorial;
        final int[] sizeValue;
        final int[] sizeLeft;
        final long[] members;
        final int[] load;
        final int[] target;
        final int[] blockOf;
        final double[][] together;
        final double[] freeWith;
        double freeWithFree;
        int open;
        long nodes;
        boolean exhausted;

        Search(int[] profile, int[] weight, int[] order, long[] conflicts, long budget, int freeCount) {
            this.weight = weight;
            this.order = order;
            this.conflicts = conflicts;
            this.budget = budget;
            this.k = profile.length;
            this.freeCount = freeCount;
            factorial = new double[profile.length + Arrays.stream(profile).sum() + 1];
            factorial[0] = 1;
            for (int t = 1; t < factorial.length; t++) factorial[t] = factorial[t - 1] * t;
            int[] distinct = Arrays.stream(profile).distinct().toArray();
            sizeValue = distinct;
            sizeLeft = new int[distinct.length];
            for (int s : profile) {
                for (int t = 0; t < distinct.length; t++) if (distinct[t] == s) sizeLeft[t]++;
            }
            members = new long[k];
            load = new int[k];
            target = new int[k];
            int c = weight.length;
            blockOf = new int[c];
            together = new double[c][c];
            freeWith = new double[c];
        }

        /** Places components order[t..]; returns the number of complete partitions below. */
        double place(int t) {
            if (exhausted) return 0;
            if (++nodes > budget) {
                exhausted = true;
                return 0;
            }
            if (t == order.length) return completeWithFreeElements();
            int comp = order[t];
            int w = weight[comp];
            double leaves = 0;
            for (int b = 0; b < open; b++) {
                if (load[b] + w <= target[b] && (conflicts[comp] & members[b]) == 0) {
                    leaves += descend(t, comp, b);
                }
            }
            if (open < k) {
                for (int s = 0; s < sizeValue.length; s++) {
                    if (sizeLeft[s] == 0 || sizeValue[s] < w) continue;
                    sizeLeft[s]--;
                    int b = open++;
                    target[b] = sizeValue[s];
                    leaves += descend(t, comp, b);
                    open--;
                    sizeLeft[s]++;
                }
            }
            return leaves;
        }

        /** Ways to put the free elements into the residual capacities; records their pair weights. */
        private double completeWithFreeElements() {
            double ways = factorial[freeCount];
            double sameBlockPairs = 0;
            for (int b = 0; b < open; b++) {
                int r = target[b] - load[b];
                ways /= factorial[r];
                sameBlockPairs += (double) r * (r - 1);
            }
            for (int s = 0; s < sizeValue.length; s++) {
                int u = sizeValue[s];
                for (int m = 0; m < sizeLeft[s]; m++) ways /= factorial[u];
                ways /= factorial[sizeLeft[s]];
                sameBlockPairs += (double) sizeLeft[s] * u * (u - 1);
            }
            if (freeCount > 0) {
                for (int comp : order) {
                    int b = blockOf[comp];
                    freeWith[comp] += ways * (target[b] - load[b]) / freeCount;
                }
            }
            if (freeCount > 1) freeWithFree += ways * sameBlockPairs / ((double) freeCount * (freeCount - 1));
            return ways;
        }

        private double descend(int t, int comp, int b) {
            long previous = members[b];
            members[b] = previous | 1L << comp;
            load[b] += weight[comp];
            blockOf[comp] = b;
            double below = place(t + 1);
            load[b] -= weight[comp];
            members[b] = previous;
            if (below > 0) {
                for (long rest = previous; rest != 0; rest &= rest - 1) {
                    int other = Long.numberOfTrailingZeros(rest);
                    together[comp][other] += below;
                    together[other][comp] += below;
                }
            }
            return below;
        }
    }
}
