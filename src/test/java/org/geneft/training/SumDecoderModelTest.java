package org.geneft.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The toy model's kernel against a plain double-precision reference and its central differences. */
class SumDecoderModelTest {
    private static final int P = 5, D = 2, WIDTH = 7, OUT = 3;
    // The 15 pairs of 5 symbols, the first 10 trained; labels i + j (9 classes).
    private static final int[] LEFT = new int[15], RIGHT = new int[15], LABEL = new int[15];

    static {
        int s = 0;
        for (int i = 0; i < P; i++)
            for (int j = i; j < P; j++, s++) {
                LEFT[s] = i;
                RIGHT[s] = j;
                LABEL[s] = i + j;
            }
    }

    private static SumDecoderModel model(SumDecoderModel.Loss loss) {
        return new SumDecoderModel(P, D, WIDTH, 2 * P - 1, OUT, loss, LEFT, RIGHT, LABEL, 10,
                new SumDecoderModel.Optimisers(1e-3, 0, 1e-3, 0), new SumDecoderModel.Init(2, 1.5, 1), 42);
    }

    /** The training loss recomputed in double from the model's parameters, independently of the kernel. */
    private static double referenceLoss(SumDecoderModel m, SumDecoderModel.Loss loss) {
        return referenceLoss(m, loss, D, false, 0);
    }

    /** The same for embeddings of dimension d, summed or multiplied as sqrt(d) x sqrt(d) matrices, plus l1 mean |E|. */
    private static double referenceLoss(SumDecoderModel m, SumDecoderModel.Loss loss, int d, boolean product, double l1) {
        double total = 0;
        int classes = 2 * P - 1, out = loss == SumDecoderModel.Loss.CE ? classes : OUT, n = (int) Math.sqrt(d);
        for (double v : m.embeddings) total += l1 * Math.abs(v) / m.embeddings.length;
        for (int s = 0; s < 10; s++) {
            double[] x = new double[d];
            for (int i = 0; i < n && product; i++)
                for (int j = 0; j < n; j++)
                    for (int k = 0; k < n; k++)
                        x[i * n + j] += m.embeddings[LEFT[s] * d + i * n + k] * m.embeddings[RIGHT[s] * d + k * n + j];
            for (int k = 0; k < d && !product; k++) x[k] = m.embeddings[LEFT[s] * d + k] + m.embeddings[RIGHT[s] * d + k];
            for (int l = 0; l < 3; l++) {
                double[] y = new double[m.weights[l].length];
                for (int o = 0; o < y.length; o++) {
                    double z = m.biases[l][o];
                    for (int k = 0; k < x.length; k++) z += m.weights[l][o][k] * x[k];
                    y[o] = l < 2 ? Math.tanh(z) : z;
                }
                x = y;
            }
            if (loss == SumDecoderModel.Loss.MSE) {
                for (int o = 0; o < out; o++) total += Math.pow(x[o] - m.targets()[LABEL[s]][o], 2) / (10.0 * out);
            } else {
                double max = Double.NEGATIVE_INFINITY, z = 0;
                for (double v : x) max = Math.max(max, v);
                for (double v : x) z += Math.exp(v - max);
                total += (max + Math.log(z) - x[LABEL[s]]) / 10;
            }
        }
        return total;
    }

    private static void gradientsMatchCentralDifferences(SumDecoderModel.Loss loss) {
        SumDecoderModel m = model(loss);
        m.forward();
        // The kernel's loss is float: within float rounding of the double reference.
        assertThat(m.trainLoss()).isCloseTo(referenceLoss(m, loss), within(1e-5));
        m.backward();
        int[][] probes = {{-1, 0, 0}, {-1, 0, 3}, {-1, 0, 9}, {0, 2, 1}, {1, 4, 6}, {2, 1, 3}, {2, 2, 0}};
        for (int[] q : probes) {
            double kernel = m.gradient(q[0], q[1], q[2]);
            double v = q[0] < 0 ? m.embeddings[q[2]] : m.weights[q[0]][q[1]][q[2]], h = 1e-6;
            m.set(q[0], q[1], q[2], v + h);
            double up = referenceLoss(m, loss);
            m.set(q[0], q[1], q[2], v - h);
            double down = referenceLoss(m, loss);
            m.set(q[0], q[1], q[2], v);
            // Central differences in double are good to ~1e-9; the kernel's float gradient to ~1e-6 relative of the
            // largest terms it sums (order 1 here): 1e-5 absolute separates them from any wrong term (order 1e-2+).
            assertThat(kernel).as(loss + " " + java.util.Arrays.toString(q)).isCloseTo((up - down) / (2 * h), within(1e-5));
        }
    }

    @Test
    void matrixProductAndL1GradientsAreTheLossDerivatives() {
        // Appendix H's model: 2 x 2 matrix embeddings multiplied, with the permutation notebook's L1 term (weighted
        // up to 0.05 so that a missing or mis-scaled penalty gradient, 0.05/60 per entry, is far above the tolerance).
        int d = 4;
        SumDecoderModel m = new SumDecoderModel(P, d, WIDTH, 2 * P - 1, OUT, SumDecoderModel.Loss.MSE, LEFT, RIGHT,
                LABEL, 10, new SumDecoderModel.Optimisers(1e-3, 0, 1e-3, 0), new SumDecoderModel.Init(2, 1.5, 1), 42,
                null, SumDecoderModel.Combination.MATRIX_PRODUCT, 0.05);
        m.forward();
        assertThat(m.trainLoss()).isCloseTo(referenceLoss(m, SumDecoderModel.Loss.MSE, d, true, 0.05), within(1e-5));
        m.backward();
        // Every entry of the first symbols' matrices (both as left and as right factor), and decoder weights.
        int[][] probes = {{-1, 0, 0}, {-1, 0, 1}, {-1, 0, 2}, {-1, 0, 3}, {-1, 0, 5}, {-1, 0, 10}, {-1, 0, 19},
                {0, 2, 1}, {0, 3, 3}, {2, 1, 3}};
        for (int[] q : probes) {
            double kernel = m.gradient(q[0], q[1], q[2]);
            double v = q[0] < 0 ? m.embeddings[q[2]] : m.weights[q[0]][q[1]][q[2]], h = 1e-6;
            m.set(q[0], q[1], q[2], v + h);
            double up = referenceLoss(m, SumDecoderModel.Loss.MSE, d, true, 0.05);
            m.set(q[0], q[1], q[2], v - h);
            double down = referenceLoss(m, SumDecoderModel.Loss.MSE, d, true, 0.05);
            m.set(q[0], q[1], q[2], v);
            // As above: float kernel against double central differences, 1e-5 absolute.
            assertThat(kernel).as(java.util.Arrays.toString(q)).isCloseTo((up - down) / (2 * h), within(1e-5));
        }
    }

    @Test
    void matrixEmbeddingsNeedASquareDimension() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SumDecoderModel(P, 3, WIDTH, 2 * P - 1, OUT,
                SumDecoderModel.Loss.MSE, LEFT, RIGHT, LABEL, 10, new SumDecoderModel.Optimisers(1e-3, 0, 1e-3, 0),
                SumDecoderModel.Init.AUTHORS, 42, null, SumDecoderModel.Combination.MATRIX_PRODUCT, 0))
                .hasMessageContaining("d = n^2");
    }

    @Test
    void mseGradientsAreTheLossDerivatives() {
        gradientsMatchCentralDifferences(SumDecoderModel.Loss.MSE);
    }

    @Test
    void crossEntropyGradientsAreTheLossDerivatives() {
        gradientsMatchCentralDifferences(SumDecoderModel.Loss.CE);
    }

    @Test
    void trainingFitsTheTrainingSetAndTheSameSeedGivesTheSameRun() {
        SumDecoderModel a = model(SumDecoderModel.Loss.CE), b = model(SumDecoderModel.Loss.CE);
        a.forward();
        double first = a.trainLoss();
        for (int t = 0; t < 3000; t++) {
            a.forward();
            a.step();
            b.forward();
            b.step();
        }
        a.forward();
        b.forward();
        assertThat(a.trainLoss()).isLessThan(first / 10);
        assertThat(a.accuracy(0, 10)).isEqualTo(1.0);
        assertThat(a.embeddings()).containsExactly(b.embeddings());
    }

    private static SumDecoderModel model(SumDecoderModel.Loss loss, int[] left, int[] right, int[] label, int train) {
        return new SumDecoderModel(P, D, WIDTH, 2 * P - 1, OUT, loss, left, right, label, train,
                new SumDecoderModel.Optimisers(1e-2, 0, 1e-2, 0), new SumDecoderModel.Init(2, 1.5, 1), 42);
    }

    /** A minibatch step is the full-batch step of a model trained on exactly that batch, bit for bit. */
    @Test
    void aMinibatchStepIsTheFullBatchStepOfThatBatch() {
        int[] chosen = {7, 2, 9, 4};
        for (SumDecoderModel.Loss loss : SumDecoderModel.Loss.values()) {
            SumDecoderModel batched = model(loss, LEFT, RIGHT, LABEL, 10);
            batched.chooseBatch(chosen);
            batched.forward();
            batched.step();
            // The same samples, the batch first in its order, then the other training ones and the held-out ones.
            int[] order = {7, 2, 9, 4, 0, 1, 3, 5, 6, 8, 10, 11, 12, 13, 14};
            int[] l = new int[15], r = new int[15], y = new int[15];
            for (int s = 0; s < 15; s++) {
                l[s] = LEFT[order[s]];
                r[s] = RIGHT[order[s]];
                y[s] = LABEL[order[s]];
            }
            SumDecoderModel alone = model(loss, l, r, y, 4);
            alone.forward();
            alone.step();
            assertThat(batched.embeddings()).containsExactly(alone.embeddings());
            for (int layer = 0; layer < 3; layer++)
                for (int o = 0; o < batched.weights[layer].length; o++)
                    assertThat(batched.weights[layer][o]).containsExactly(alone.weights[layer][o]);
            // and accuracies still count every training pair, whatever their order
            SumDecoderModel plain = model(loss, LEFT, RIGHT, LABEL, 10), shuffled = model(loss, LEFT, RIGHT, LABEL, 10);
            shuffled.chooseBatch(chosen);
            plain.forward();
            shuffled.forward();
            assertThat(shuffled.accuracy(0, 10)).isEqualTo(plain.accuracy(0, 10));
            assertThat(shuffled.trainLoss()).isCloseTo(plain.trainLoss(), within(1e-12)); // summed in another order
        }
    }

    /** The whole training set, in its given order, is the full batch: the same bits as never choosing. */
    @Test
    void theWholeTrainingSetAsABatchIsTheFullBatch() {
        SumDecoderModel full = model(SumDecoderModel.Loss.MSE, LEFT, RIGHT, LABEL, 10),
                chosen = model(SumDecoderModel.Loss.MSE, LEFT, RIGHT, LABEL, 10);
        for (int step = 0; step < 3; step++) {
            chosen.chooseBatch(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
            full.forward();
            chosen.forward();
            full.step();
            chosen.step();
        }
        assertThat(chosen.embeddings()).containsExactly(full.embeddings());
        // Repeated batches move the samples around: a later choice still names the samples as first given.
        SumDecoderModel twice = model(SumDecoderModel.Loss.MSE, LEFT, RIGHT, LABEL, 10),
                once = model(SumDecoderModel.Loss.MSE, LEFT, RIGHT, LABEL, 10);
        twice.chooseBatch(new int[] {9, 8, 7});
        twice.chooseBatch(new int[] {1, 5});
        once.chooseBatch(new int[] {1, 5});
        twice.forward();
        once.forward();
        twice.step();
        once.step();
        assertThat(twice.embeddings()).containsExactly(once.embeddings());
    }

    @Test
    void nonsenseBatchesAreRefused() {
        SumDecoderModel m = model(SumDecoderModel.Loss.MSE, LEFT, RIGHT, LABEL, 10);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.chooseBatch(new int[0])).hasMessageContaining("1 to 10");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.chooseBatch(new int[] {3, 3})).hasMessageContaining("repeated");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.chooseBatch(new int[] {10})).hasMessageContaining("out of range");
    }
}
