package org.geneft.statics.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.geneft.graph.RelationClass;
import org.junit.jupiter.api.Test;

class LinearExtensionCounterTest {

    // Ratios of integer counts ≤ 7! = 5040 computed in double: agreement to a few ulps.
    private static final double EXACT = 1e-12;

    @Test
    void downSetCountingMatchesBruteForceOverAllPermutationsUpToSevenElements() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int n = 1; n <= 7; n++) {
            int[] rank = shuffled(n, rng);
            RelationClass.TotalOrder order = new RelationClass.TotalOrder(rank);
            List<boolean[][]> all = BruteForce.isomorphismClass(n, order::related);
            assertThat(all).hasSize(factorial(n));
            for (double fraction : new double[] {0.0, 0.1, 0.25, 0.4, 0.7, 1.0}) {
                TrainingSet training = TrainingSet.sample(n, fraction, rng);
                List<boolean[][]> consistent = BruteForce.consistent(all, training, order::related);
                double[][] expected = BruteForce.probabilityOne(consistent, n);
                Posterior posterior = ExactBayesTotalOrder.posterior(order, training, 1_000_000).orElseThrow();
                assertThat(posterior.consistentRelations()).isEqualTo(consistent.size());
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        assertThat(posterior.probabilityOne(i, j)).as("n=%d p[%d][%d]", n, i, j)
                                .isCloseTo(expected[i][j], within(EXACT));
                    }
                }
            }
        }
    }

    @Test
    void anAntichainIsCountedInClosedFormAsNFactorialWithEvenOdds() {
        // 2^30 down-sets, but isolated elements are exchangeable: 30! orders, P(a before b) = 1/2.
        Precedence antichain = Precedence.fromRelations(new boolean[30][30]);
        LinearExtensionCounter.Result r = LinearExtensionCounter.count(antichain, 10).orElseThrow();
        double factorial30 = 1;
        for (int m = 2; m <= 30; m++) factorial30 *= m;
        assertThat(r.linearExtensions()).isCloseTo(factorial30, within(factorial30 * 1e-12));
        assertThat(r.probabilityBefore(3, 17)).isEqualTo(0.5);
    }

    @Test
    void fifteenDisjointPairsExceedATwoMillionDownSetBudget() {
        // 3^15 ≈ 1.4·10^7 down-sets: the counter must refuse instead of answering.
        boolean[][] edge = new boolean[30][30];
        for (int v = 0; v < 30; v += 2) edge[v][v + 1] = true;
        assertThat(LinearExtensionCounter.count(Precedence.fromRelations(edge), 2_000_000)).isEmpty();
    }

    @Test
    void aChainHasOneLinearExtension() {
        boolean[][] edge = new boolean[20][20];
        for (int v = 0; v + 1 < 20; v++) edge[v][v + 1] = true;
        LinearExtensionCounter.Result r = LinearExtensionCounter.count(Precedence.fromRelations(edge), 100).orElseThrow();
        assertThat(r.linearExtensions()).isEqualTo(1.0);
        assertThat(r.probabilityBefore(3, 17)).isEqualTo(1.0);
        assertThat(r.downSets()).isEqualTo(21);
    }

    static int[] shuffled(int n, SplittableRandom rng) {
        int[] a = new int[n];
        for (int v = 0; v < n; v++) a[v] = v;
        for (int t = n - 1; t > 0; t--) {
            int u = rng.nextInt(t + 1);
            int s = a[t];
            a[t] = a[u];
            a[u] = s;
        }
        return a;
    }

    private static int factorial(int n) {
        return n <= 1 ? 1 : n * factorial(n - 1);
    }
}
