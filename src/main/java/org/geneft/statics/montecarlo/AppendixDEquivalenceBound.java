package org.geneft.statics.montecarlo;

/**
 * Appendix D's Monte Carlo upper bound for equivalences (and, through {@link LatentEquivalence},
 * complete bipartite graphs): candidate classes pos[i] from the reference labels, elements
 * independent and uniform over their candidates.
 *
 * <p>Reading of the appendix, made explicit:
 * <ul>
 *   <li>"R[i][j] = 1 for some j" means some j ≠ i: reflexivity makes R[i][i] = 1 known for every i,
 *       and taken literally would pin every element to its own class. Known entries are those of
 *       the closure ({@link EquivalenceClosure}), so component mates and inferred negatives count.</li>
 *   <li>pos[i] = {class(j)} in the first case (= {class(i)}, the reference label leaks through),
 *       else the complement of {class(j) : E_ij = 0 known}.</li>
 *   <li>"Determined" entries are those of the closure only; entries that pos decides (disjoint
 *       candidate sets, or both singletons) are "undetermined" with p_u ∈ {0, 1}. Both readings
 *       give the same number, since max(p_u, 1 − p_u) = 1 there.</li>
 *   <li>p_u = P(class(i) = class(j)) = |pos_i ∩ pos_j| / (|pos_i| · |pos_j|), the probability that
 *       two independent uniform draws coincide. For K_{a,c}, P(R_ij = 1) = 1 − p_u; the accuracy
 *       term max(p, 1 − p) is unchanged.</li>
 * </ul>
 */
public final class AppendixDEquivalenceBound {

    private AppendixDEquivalenceBound() {
    }

    /** The bound (#determined + Σ_undetermined max(p_u, 1 − p_u)) / n² for one training set. */
    public static double accuracy(LatentEquivalence latent, TrainingSet training) {
        return accuracy(latent, training, EquivalenceClosure.of(latent, training));
    }

    static double accuracy(LatentEquivalence latent, TrainingSet training, EquivalenceClosure closure) {
        int n = latent.n();
        long[] pos = candidateClasses(latent, closure);
        boolean[][] determined = new boolean[n][n];
        double[][] pSame = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                determined[i][j] = closure.determined(i, j);
                if (!determined[i][j]) {
                    pSame[i][j] = (double) Long.bitCount(pos[i] & pos[j])
                            / ((double) Long.bitCount(pos[i]) * Long.bitCount(pos[j]));
                }
            }
        }
        return PairAccuracy.of(determined, pSame);
    }

    /** pos[i] as a bit set over the k reference classes (k ≤ 63). */
    static long[] candidateClasses(LatentEquivalence latent, EquivalenceClosure closure) {
        int n = latent.n();
        int k = latent.k();
        if (k > 63) throw new IllegalArgumentException("at most 63 classes supported, got " + k);
        long all = k == 63 ? -1L >>> 1 : (1L << k) - 1;
        long[] pos = new long[n];
        for (int i = 0; i < n; i++) {
            int sameAs = -1;
            long excluded = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) continue;
                if (closure.knownSame(i, j)) sameAs = j;
                else if (closure.knownDifferent(i, j)) excluded |= 1L << latent.classOf(j);
            }
            pos[i] = sameAs >= 0 ? 1L << latent.classOf(sameAs) : all & ~excluded;
        }
        return pos;
    }
}
