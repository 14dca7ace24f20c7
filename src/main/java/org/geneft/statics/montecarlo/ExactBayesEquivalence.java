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
 * of completions below, so leaves cost nothing. Past the node budget the answer is empty.
 */
public final class ExactBayesEquivalence {

    private ExactBayesEquivalence() {
    }

    /** Empty when the enumeration needs more than {@code nodeBudget} nodes. */
    public static Optional<Posterior> posterior(LatentEquivalence latent, TrainingSet training, long nodeBudget) {
        int n = latent.n();
        EquivalenceClosure closure = EquivalenceClosure.of(latent, training);
        int c = closure.componentCount();
        if (c > 63) throw new IllegalArgumentException("at most 63 components supported, got " + c);
        int[] weight = new int[c];
        for (int v = 0; v < n; v++) weight[closure.component(v)]++;
        Integer[] byWeight = new Integer[c];
        for (int t = 0; t < c; t++) byWeight[t] = t;
        Arrays.sort(byWeight, (a, b) -> weight[a] != weight[b] ? Integer.compare(weight[b], weight[a]) : Integer.compare(a, b));
        int[] order = new int[c];
        for (int t = 0; t < c; t++) order[t] = byWeight[t];
        long[] conflicts = new long[c];
        for (int a = 0; a < c; a++) {
            for (int b = 0; b < c; b++) if (closure.componentsDifferent(a, b)) conflicts[a] |= 1L << b;
        }
        Search search = new Search(latent.profile(), weight, order, conflicts, nodeBudget);
        double total = search.place(0);
        if (search.exhausted) return Optional.empty();
        double[][] pOne = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int ci = closure.component(i);
                int cj = closure.component(j);
                double pSame = ci == cj ? 1.0 : search.together[ci][cj] / total;
                pOne[i][j] = latent.complemented() ? 1.0 - pSame : pSame;
            }
        }
        return Optional.of(new Posterior(pOne, total));
    }

    /** The backtracking state: blocks opened so far, their loads, targets and members. */
    private static final class Search {
        final int[] weight;
        final int[] order;
        final long[] conflicts;
        final long budget;
        final int k;
        final int[] sizeValue;
        final int[] sizeLeft;
        final long[] members;
        final int[] load;
        final int[] target;
        final double[][] together;
        int open;
        long nodes;
        boolean exhausted;

        Search(int[] profile, int[] weight, int[] order, long[] conflicts, long budget) {
            this.weight = weight;
            this.order = order;
            this.conflicts = conflicts;
            this.budget = budget;
            this.k = profile.length;
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
            together = new double[c][c];
        }

        /** Places components order[t..]; returns the number of complete partitions below. */
        double place(int t) {
            if (exhausted) return 0;
            if (++nodes > budget) {
                exhausted = true;
                return 0;
            }
            if (t == order.length) return 1;
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

        private double descend(int t, int comp, int b) {
            long previous = members[b];
            members[b] = previous | 1L << comp;
            load[b] += weight[comp];
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
