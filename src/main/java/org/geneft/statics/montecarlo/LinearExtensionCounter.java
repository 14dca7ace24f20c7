package org.geneft.statics.montecarlo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Exact counting of linear extensions by dynamic programming over the down-sets of the poset, and
 * the exact probabilities P(a before b) under the uniform distribution on linear extensions.
 *
 * <p>f(D) counts the orderings of a down-set D, g(D) those of its complement; a linear extension
 * places x right after the prefix D with weight f(D)·g(D ∪ {x}), and then x precedes every y outside
 * D ∪ {x}. Cost is proportional to the number of down-sets, which is capped by a budget: past it the
 * answer is empty rather than approximate. Counts are doubles (30! ≈ 2.7·10^32 fits easily; relative
 * precision ~1e-16 is all the probabilities need).
 */
public final class LinearExtensionCounter {

    private LinearExtensionCounter() {
    }

    /** Exact probabilities and the number of linear extensions. */
    public record Result(double linearExtensions, double[][] before, long downSets) {
        public Result {
            if (!(linearExtensions >= 1)) throw new IllegalArgumentException("a poset has at least one linear extension");
            if (downSets < 1) throw new IllegalArgumentException("the empty set is always a down-set");
            before = copy(before);
        }

        /** A copy of the matrix before[a][b] = P(a precedes b). */
        @Override
        public double[][] before() {
            return copy(before);
        }

        private static double[][] copy(double[][] m) {
            double[][] c = new double[m.length][];
            for (int i = 0; i < m.length; i++) c[i] = m[i].clone();
            return c;
        }

        /** P(a precedes b) over uniform linear extensions. */
        public double probabilityBefore(int a, int b) {
            return before[a][b];
        }
    }

    /**
     * Empty when the poset, without its isolated elements, has more than {@code downSetBudget}
     * down-sets. Isolated elements (comparable to nothing) are exchangeable and each lands in a
     * uniform one of the n' + 1 gaps of the rest's order, so they are handled in closed form:
     * e(P) = e(P') · n!/n'!, P(f before x) = (1 + E[#elements of P' before x]) / (n' + 1), and
     * P(f before g) = 1/2. This keeps sparse training sets (an antichain has 2^n down-sets) exact.
     */
    public static Optional<Result> count(Precedence poset, long downSetBudget) {
        int n = poset.n();
        int[] core = new int[n];
        int coreSize = 0;
        boolean[] isolated = new boolean[n];
        for (int x = 0; x < n; x++) {
            isolated[x] = true;
            for (int y = 0; y < n; y++) if (y != x && poset.comparable(x, y)) isolated[x] = false;
            if (!isolated[x]) core[coreSize++] = x;
        }
        long[] pred = new long[coreSize];
        for (int a = 0; a < coreSize; a++) {
            for (int b = 0; b < coreSize; b++) if (poset.precedes(core[b], core[a])) pred[a] |= 1L << b;
        }
        Optional<Result> reduced = countWithoutIsolated(pred, downSetBudget);
        if (reduced.isEmpty() || coreSize == n) return reduced;
        double[][] inner = reduced.get().before;
        double[][] before = new double[n][n];
        double insertions = 1;
        for (int m = coreSize + 1; m <= n; m++) insertions *= m;
        for (int a = 0; a < coreSize; a++) {
            double predecessorsOfA = 0;
            for (int b = 0; b < coreSize; b++) {
                before[core[a]][core[b]] = inner[a][b];
                predecessorsOfA += inner[b][a];
            }
            double freeFirst = (1 + predecessorsOfA) / (coreSize + 1);
            for (int f = 0; f < n; f++) {
                if (!isolated[f]) continue;
                before[f][core[a]] = freeFirst;
                before[core[a]][f] = 1 - freeFirst;
            }
        }
        for (int f = 0; f < n; f++) {
            for (int g = 0; g < n; g++) if (f != g && isolated[f] && isolated[g]) before[f][g] = 0.5;
        }
        return Optional.of(new Result(reduced.get().linearExtensions() * insertions, before, reduced.get().downSets()));
    }

    private static Optional<Result> countWithoutIsolated(long[] pred, long downSetBudget) {
        int n = pred.length;
        if (n == 0) return Optional.of(new Result(1.0, new double[0][0], 1));
        List<long[]> layers = new ArrayList<>(n + 1);
        layers.add(new long[] {0L});
        long states = 1;
        for (int size = 0; size < n; size++) {
            long[] layer = layers.get(size);
            long[] next = new long[16];
            int count = 0;
            for (long d : layer) {
                for (int x = 0; x < n; x++) {
                    if (addable(d, x, pred)) {
                        if (count == next.length) next = Arrays.copyOf(next, 2 * count);
                        next[count++] = d | 1L << x;
                    }
                }
            }
            Arrays.sort(next, 0, count);
            int unique = 0;
            for (int t = 0; t < count; t++) if (unique == 0 || next[t] != next[unique - 1]) next[unique++] = next[t];
            states += unique;
            if (states > downSetBudget) return Optional.empty();
            layers.add(Arrays.copyOf(next, unique));
        }
        double[][] forward = new double[n + 1][];
        forward[0] = new double[] {1.0};
        for (int size = 0; size < n; size++) {
            long[] layer = layers.get(size);
            long[] nextLayer = layers.get(size + 1);
            forward[size + 1] = new double[nextLayer.length];
            for (int s = 0; s < layer.length; s++) {
                for (int x = 0; x < n; x++) {
                    if (addable(layer[s], x, pred)) {
                        forward[size + 1][Arrays.binarySearch(nextLayer, layer[s] | 1L << x)] += forward[size][s];
                    }
                }
            }
        }
        double[][] backward = new double[n + 1][];
        backward[n] = new double[] {1.0};
        for (int size = n - 1; size >= 0; size--) {
            long[] layer = layers.get(size);
            long[] nextLayer = layers.get(size + 1);
            backward[size] = new double[layer.length];
            for (int s = 0; s < layer.length; s++) {
                for (int x = 0; x < n; x++) {
                    if (addable(layer[s], x, pred)) {
                        backward[size][s] += backward[size + 1][Arrays.binarySearch(nextLayer, layer[s] | 1L << x)];
                    }
                }
            }
        }
        double total = forward[n][0];
        long full = n == 64 ? -1L : (1L << n) - 1;
        double[][] before = new double[n][n];
        for (int size = 0; size < n; size++) {
            long[] layer = layers.get(size);
            long[] nextLayer = layers.get(size + 1);
            for (int s = 0; s < layer.length; s++) {
                for (int x = 0; x < n; x++) {
                    if (!addable(layer[s], x, pred)) continue;
                    long withX = layer[s] | 1L << x;
                    double w = forward[size][s] * backward[size + 1][Arrays.binarySearch(nextLayer, withX)] / total;
                    for (long rest = full & ~withX; rest != 0; rest &= rest - 1) {
                        before[x][Long.numberOfTrailingZeros(rest)] += w;
                    }
                }
            }
        }
        return Optional.of(new Result(total, before, states));
    }

    private static boolean addable(long downSet, int x, long[] pred) {
        return (downSet >>> x & 1L) == 0 && (pred[x] & ~downSet) == 0;
    }
}
