package org.geneft.grokking;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Eq. 7's parallelogram system and Fig. 4(a)'s probability, against independent computations. */
class LinearStructureTest {

    @Test
    void translationsAndTheLinearStructureAreAlwaysGroundStates() {
        ParallelogramSystem all = new ParallelogramSystem(10, LinearStructureProbability.allPairs(10));
        for (int[] row : all.parallelograms()) {
            int sum = 0, linear = 0;
            for (int k = 0; k < row.length; k++) {
                sum += row[k];
                linear += k * row[k];
            }
            assertThat(sum).isZero();     // A (1, ..., 1) = 0
            assertThat(linear).isZero();  // A (0, 1, ..., p - 1) = 0
        }
        // Every pair: nothing but these two is left.
        assertThat(all.nullity()).isEqualTo(2);
        assertThat(new ParallelogramSystem(10, List.of()).nullity()).isEqualTo(10);
    }

    @Test
    void theExactRankAgreesWithTheSingularValuesOfTheSameMatrix() {
        // A second algorithm: Hipparchus' SVD, rank = singular values above 1e-9 of the largest (entries are small
        // integers, so a true zero singular value sits near 1e-15 and a nonzero one above 1e-3).
        SplittableRandom rng = new SplittableRandom(3);
        List<int[]> all = LinearStructureProbability.allPairs(8);
        for (int trial = 0; trial < 200; trial++) {
            List<int[]> train = new ArrayList<>();
            for (int[] pair : all) if (rng.nextDouble() < 0.5) train.add(pair);
            ParallelogramSystem s = new ParallelogramSystem(8, train);
            List<int[]> rows = s.parallelograms();
            int numeric = 0;
            if (!rows.isEmpty()) {
                RealMatrix a = MatrixUtils.createRealMatrix(rows.size(), 8);
                for (int i = 0; i < rows.size(); i++) for (int j = 0; j < 8; j++) a.setEntry(i, j, rows.get(i)[j]);
                double[] sv = new SingularValueDecomposition(a).getSingularValues();
                for (double v : sv) if (v > 1e-9 * sv[0]) numeric++;
            }
            assertThat(s.rank()).isEqualTo(numeric);
        }
    }

    @Test
    void theMonteCarloMatchesEveryTrainingSetCountedAtSmallP() {
        // p = 4: 10 pairs; every set of 6 of them (210 sets) counted, against 20,000 random ones.
        LinearStructureProbability.Point exact = LinearStructureProbability.exact(4, 6);
        assertThat(exact.sets()).isEqualTo(210);
        LinearStructureProbability.Point mc = LinearStructureProbability.estimate(4, 0.6, 20_000, 5);
        assertThat(mc.trainingPairs()).isEqualTo(6);
        // 4 standard errors: a correct sampler fails this about once in 16,000 runs.
        assertThat(Math.abs(mc.probability() - exact.probability())).isLessThan(4 * mc.stderr());
        assertThat(exact.probability()).isStrictlyBetween(0.0, 1.0);
    }

    @Test
    void theProbabilityRisesThroughOneHalfNearFourTenthsForTenSymbols() {
        List<LinearStructureProbability.Point> curve = new ArrayList<>();
        for (double f : new double[] {0.3, 0.35, 0.4, 0.45, 0.5}) curve.add(LinearStructureProbability.estimate(10, f, 400, 1));
        assertThat(curve.get(0).probability()).isLessThan(0.1);
        assertThat(curve.get(4).probability()).isGreaterThan(0.85);
        // The paper's "around 0.4" (Fig. 4a); measured 0.41 at 1000 sets.
        assertThat(LinearStructureProbability.criticalFraction(curve)).isBetween(0.38, 0.44);
        assertThat(LinearStructureProbability.estimate(10, 0.4, 50, 9))
                .isEqualTo(LinearStructureProbability.estimate(10, 0.4, 50, 9));
    }

    @Test
    void aPairOutsideTheSymbolsIsRefused() {
        assertThatThrownBy(() -> new ParallelogramSystem(3, List.of(new int[] {0, 3}, new int[] {1, 2})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 <= i <= j < 3");
    }
}
