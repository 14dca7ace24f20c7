package org.geneft.grokking;

import org.geneft.training.SumDecoderModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The permutation group S3 of Appendix H, against permutation matrices, an independent representation of it. */
class ToyTaskTest {
    private static final ToyTask S3 = ToyTask.PERMUTATION;
    /** The notebook's elements, lexicographic, written out independently of ToyTask. */
    private static final int[][] PERMS = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};

    /** (P_s)_{k, s(k)} = 1: then P_a P_b = P_(b after a), the notebook's p_out = p2[p1]. */
    private static double[] matrix(int[] s) {
        double[] m = new double[9];
        for (int k = 0; k < 3; k++) m[k * 3 + s[k]] = 1;
        return m;
    }

    private static double[] representation(boolean transposed) {
        double[] e = new double[6 * 9];
        for (int g = 0; g < 6; g++) {
            double[] m = matrix(PERMS[g]);
            for (int r = 0; r < 3; r++)
                for (int c = 0; c < 3; c++) e[g * 9 + r * 3 + c] = transposed ? m[c * 3 + r] : m[r * 3 + c];
        }
        return e;
    }

    @Test
    void theLabelsAreTheNotebooksCompositionAndFormANonAbelianGroup() {
        for (int i = 0; i < 6; i++)
            for (int j = 0; j < 6; j++) {
                int[] out = new int[3];
                for (int k = 0; k < 3; k++) out[k] = PERMS[j][PERMS[i][k]];
                assertThat(PERMS[S3.label(i, j)]).isEqualTo(out);
                for (int k = 0; k < 6; k++)
                    assertThat(S3.label(S3.label(i, j), k)).as("associative").isEqualTo(S3.label(i, S3.label(j, k)));
            }
        for (int i = 0; i < 6; i++) {
            assertThat(S3.label(0, i)).isEqualTo(i);
            assertThat(S3.label(i, 0)).isEqualTo(i);
        }
        boolean commutes = true;
        for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) commutes &= S3.label(i, j) == S3.label(j, i);
        assertThat(commutes).as("S3 is not abelian").isFalse();
        assertThat(S3.pairs(6)).hasSize(36);
        // Six labels of six pairs each: 6 * C(6, 2) generalized parallelograms (the notebook prints P0_num = 90).
        assertThat(S3.parallelograms(6)).hasSize(90);
    }

    @Test
    void thePermutationMatricesAreAPerfectRepresentationAndTheirTransposesAreNot() {
        List<int[]> all = S3.parallelograms(6);
        double[] e = representation(false);
        assertThat(ToyRun.rqi(S3, e, 6, 9, all)).isEqualTo(1.0);
        // RQI is scale-free: the representation is scaled to unit root mean square first.
        double[] scaled = e.clone();
        for (int i = 0; i < scaled.length; i++) scaled[i] *= 7.5;
        assertThat(ToyRun.rqi(S3, scaled, 6, 9, all)).isEqualTo(1.0);
        // The transposes represent the opposite order, E_a E_b = P_(a after b)^T: a broken twin of the group law.
        assertThat(ToyRun.rqi(S3, representation(true), 6, 9, all)).isLessThan(0.9);
        List<int[]> order = LinearStructureProbability.sample(S3.pairs(6), 36, new SplittableRandom(3));
        assertThat(ToyRun.predictedAccuracy(S3, e, 6, 9, order, 24)).isEqualTo(1.0);
        // A random representation keeps only the training pairs' share, 24/36, give or take a chance parallelogram.
        double[] random = new double[54];
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < random.length; i++) random[i] = r.nextDouble() - 0.5;
        assertThat(ToyRun.rqi(S3, random, 6, 9, all)).isLessThan(0.2);
        assertThat(ToyRun.predictedAccuracy(S3, random, 6, 9, order, 24)).isLessThan(0.8);
    }

    @Test
    void theProductsMadeOnceGiveEveryParallelogramTheSameAnswerAsProductsMadePerParallelogram() {
        List<int[]> all = S3.parallelograms(6);
        SplittableRandom r = new SplittableRandom(11);
        int present = 0, absent = 0;
        // Permutation matrices with growing noise: from all 90 present to few, so both answers are exercised.
        for (double noise = 0; noise <= 1.5; noise += 0.05) {
            double[] e = representation(false);
            for (int i = 0; i < e.length; i++) e[i] += noise * (r.nextDouble() - 0.5);
            double[] n = S3.normalised(e, 6, 9);
            double[][] products = S3.combinations(n, 6, 9);
            for (int[] q : all) {
                boolean direct = S3.present(n, 9, q);
                assertThat(S3.present(n, products, 6, 9, q)).isEqualTo(direct);
                if (direct) present++; else absent++;
            }
        }
        assertThat(present).isPositive();
        assertThat(absent).isPositive();
        assertThat(ToyTask.ADDITION.combinations(new double[10], 10, 1)).as("addition sums embeddings directly").isNull();
    }

    @Test
    void aPermutationRunNeedsS3sSixMatrices() {
        assertThatThrownBy(() -> new ToyRun.Config(10, 1, 24, SumDecoderModel.Loss.MSE, 200, 30,
                new SumDecoderModel.Optimisers(1e-3, 0, 1e-3, 0), SumDecoderModel.Init.AUTHORS, 10, 1, ToyRun.Stop.NEVER,
                0, ToyRun.Draw.AUTHORS, 24, ToyTask.PERMUTATION)).hasMessageContaining("needs p = 6");
        assertThatThrownBy(() -> PhaseDiagram.config(PhaseDiagram.Kind.PERMUTATION, 1e-3, 0, 0, ToyRun.Draw.AUTHORS, 10)
                .withBatch(36)).hasMessageContaining("1 to 24");
    }

    @Test
    void aPermutationRunIsSeededStoredExactlyAndLearnsItsTrainingSet() {
        ToyRun.Config c = PhaseDiagram.config(PhaseDiagram.Kind.PERMUTATION, 1e-3, 0, 0, ToyRun.Draw.AUTHORS, 400);
        ToyRun.Result a = ToyRun.run(c), b = ToyRun.run(c);
        assertThat(ToyRunStore.line(a)).isEqualTo(ToyRunStore.line(b));
        assertThat(ToyRunStore.key(c)).endsWith("|task=PERMUTATION");
        assertThat(ToyRunStore.line(ToyRunStore.parse(ToyRunStore.line(a)))).isEqualTo(ToyRunStore.line(a));
        // The notebook's draw: 24 training pairs of the 36, the training set fitted (90 %) well within 400 steps at
        // the notebook's decoder rate 10^-3 (the published panel's cell: step 95).
        assertThat(a.training()).hasSize(24);
        assertThat(a.trainStep()).isBetween(0L, 399L);
        // Addition's ideal model has no S3 counterpart: not stored as a number.
        assertThat(a.ideal()).isNaN();
    }
}
