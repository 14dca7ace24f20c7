package org.geneft.grokking;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The ideal accuracy (the authors' acc_ideal) against the null space computed a second way. */
class IdealAccuracyTest {

    private static List<int[]> randomTrain(int p, double q, SplittableRandom rng) {
        List<int[]> train = new ArrayList<>();
        for (int[] pair : LinearStructureProbability.allPairs(p)) if (rng.nextDouble() < q) train.add(pair);
        return train;
    }

    @Test
    void aUniqueLinearStructureDecidesEveryTestPairWhoseSumIsTrained() {
        SplittableRandom rng = new SplittableRandom(11);
        int unique = 0;
        for (int trial = 0; trial < 100; trial++) {
            List<int[]> train = randomTrain(10, 0.5, rng);
            if (!new ParallelogramSystem(10, train).uniqueLinearStructure()) continue;
            unique++;
            // With every parallelogram implied, a test pair is decided exactly when a training pair has its sum.
            long decidable = LinearStructureProbability.allPairs(10).stream()
                    .filter(x -> train.stream().noneMatch(t -> t[0] == x[0] && t[1] == x[1]))
                    .filter(x -> train.stream().anyMatch(t -> t[0] + t[1] == x[0] + x[1])).count();
            assertThat(IdealAccuracy.impliedTestPairs(10, train)).hasSize((int) decidable);
        }
        assertThat(unique).isPositive();
        // Pairs whose sum no other pair shares (0 + 0 and 9 + 9 for p = 10) are never implied, only trained.
        List<int[]> all = LinearStructureProbability.allPairs(10);
        List<int[]> withoutCorner = all.stream().filter(x -> !(x[0] == 0 && x[1] == 0)).toList();
        assertThat(IdealAccuracy.overAll(10, withoutCorner)).isEqualTo((all.size() - 1) / (double) all.size());
    }

    @Test
    void anImpliedParallelogramHoldsOnEveryGroundStateComputedBySvd() {
        // A second algorithm: the null space of A from Hipparchus' SVD; a parallelogram is implied iff every null
        // vector satisfies it (to 1e-9: entries are small integers, so a violation is of order 1e-2 or more).
        SplittableRandom rng = new SplittableRandom(4);
        int p = 7;
        for (int trial = 0; trial < 100; trial++) {
            List<int[]> train = randomTrain(p, 0.45, rng);
            ParallelogramSystem s = new ParallelogramSystem(p, train);
            List<int[]> rows = s.parallelograms();
            List<double[]> kernel = new ArrayList<>();
            if (rows.isEmpty()) {
                for (int k = 0; k < p; k++) { double[] e = new double[p]; e[k] = 1; kernel.add(e); }
            } else {
                RealMatrix a = MatrixUtils.createRealMatrix(Math.max(rows.size(), p), p);
                for (int i = 0; i < rows.size(); i++) for (int j = 0; j < p; j++) a.setEntry(i, j, rows.get(i)[j]);
                SingularValueDecomposition svd = new SingularValueDecomposition(a);
                double[] sv = svd.getSingularValues();
                for (int k = 0; k < p; k++) if (sv[k] <= 1e-9 * sv[0]) kernel.add(svd.getV().getColumn(k));
            }
            for (int[] x : LinearStructureProbability.allPairs(p))
                for (int[] y : LinearStructureProbability.allPairs(p)) {
                    if (x[0] + x[1] != y[0] + y[1]) continue;
                    boolean holds = true;
                    for (double[] v : kernel) holds &= Math.abs(v[x[0]] + v[x[1]] - v[y[0]] - v[y[1]]) < 1e-9;
                    assertThat(s.implies(x, y)).isEqualTo(holds);
                }
        }
    }
}
