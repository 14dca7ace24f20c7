package org.geneft.training;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class TransformerModelTest {
    private static final int P = 5;
    private static final int[] A = new int[P * P], B = new int[P * P], C = new int[P * P];

    static {
        for (int i = 0; i < P * P; i++) {
            A[i] = i / P;
            B[i] = i % P;
            C[i] = (A[i] + B[i]) % P;
        }
    }

    private static TransformerModel.Shape shape(int d, int heads, int hidden, int depth, double dropout,
            double embedDecay, double decoderDecay) {
        return new TransformerModel.Shape(P, d, heads, hidden, depth, dropout, 1e-2, 1e-2, embedDecay, decoderDecay);
    }

    private static TransformerModel model(long seed) {
        return new TransformerModel(shape(4, 2, 6, 2, 0, 0.01, 0.5), P * P, seed);
    }

    /**
     * Every parameter's analytic gradient against a central difference of the loss, two layers deep (both norms, both
     * residuals, attention of each symbol on both). With h = 1e-5 the difference's truncation error is O(h^2) times
     * the third derivative, ~ 1e-10, and its rounding ~ 1e-16 / 1e-5 = 1e-11, so 1e-6 of the gradient's scale is far
     * above both and far below any wrong term (a missed path changes a gradient by its own size).
     */
    @Test
    void gradientsMatchCentralDifferences() {
        for (long seed = 1; seed <= 3; seed++) checkGradients(model(seed), seed, false);
    }

    /** The same under dropout, the step's masks held fixed: every mask's factor must reach its gradient. */
    @Test
    void gradientsUnderDropoutMatchCentralDifferences() {
        for (long seed = 1; seed <= 3; seed++)
            checkGradients(new TransformerModel(shape(4, 2, 6, 2, 0.3, 0.01, 0.5), P * P, seed), seed, true);
    }

    private static void checkGradients(TransformerModel m, long seed, boolean dropout) {
        m.gradients(A, B, C, P * P);
        double[][] params = m.parameters(), grads = m.lastGradients();
        double[][] analytic = new double[grads.length][];
        for (int i = 0; i < grads.length; i++) analytic[i] = grads[i].clone();
        SplittableRandom pick = new SplittableRandom(seed);
        for (int t = 0; t < params.length; t++) {
            for (int trial = 0; trial < 6; trial++) {
                int j = pick.nextInt(params[t].length);
                double keep = params[t][j], h = 1e-5;
                params[t][j] = keep + h;
                double up = dropout ? m.lossWithLastMasks(A, B, C, P * P) : m.loss(A, B, C, P * P);
                params[t][j] = keep - h;
                double down = dropout ? m.lossWithLastMasks(A, B, C, P * P) : m.loss(A, B, C, P * P);
                params[t][j] = keep;
                double numeric = (up - down) / (2 * h);
                assertThat(analytic[t][j]).as("seed %d, array %d, entry %d", seed, t, j)
                        .isCloseTo(numeric, org.assertj.core.data.Offset.offset(1e-6 * (1 + Math.abs(numeric))));
            }
        }
    }

    /** Dropout is on in training only: evaluation is deterministic, and a training pass differs from it. */
    @Test
    void dropoutOnlyInTraining() {
        TransformerModel m = new TransformerModel(shape(4, 2, 6, 2, 0.3, 0.01, 0), P * P, 2);
        double eval = m.loss(A, B, C, P * P);
        assertThat(m.loss(A, B, C, P * P)).isEqualTo(eval);
        assertThat(m.gradients(A, B, C, P * P)).isNotEqualTo(eval);
        assertThat(m.lossWithLastMasks(A, B, C, P * P)).isNotEqualTo(eval);
    }

    /**
     * No position vectors and no mask, as the authors' layer: each symbol's output is the same function of (its
     * symbol, the other), so the model on (b, a) with the output layer's halves swapped is the model on (a, b).
     */
    @Test
    void symbolsAreSeenWithoutPositions() {
        TransformerModel m = model(6);
        int d = 4;
        double before = m.loss(A, B, C, P * P);
        double[] wout = m.wout;
        for (int o = 0; o < P; o++)
            for (int j = 0; j < d; j++) {
                double t = wout[o * 2 * d + j];
                wout[o * 2 * d + j] = wout[o * 2 * d + d + j];
                wout[o * 2 * d + d + j] = t;
            }
        // (b, a) has the class of (a, b): addition commutes.
        assertThat(m.loss(B, A, C, P * P)).isCloseTo(before, org.assertj.core.data.Offset.offset(1e-12));
    }

    /** The embeddings reach the loss only through their rows used. */
    @Test
    void unusedSymbolsGetNoGradient() {
        TransformerModel m = model(4);
        int[] a = {0, 1}, b = {1, 0}, c = {1, 1};
        m.gradients(a, b, c, 2);
        double[] gEmbed = m.lastGradients()[0];
        for (int sym = 2; sym < P; sym++)
            for (int col = 0; col < 4; col++) assertThat(gEmbed[sym * 4 + col]).isZero();
        assertThat(Arrays.stream(gEmbed, 0, 8).map(Math::abs).sum()).isPositive();
    }

    @Test
    void sameSeedSameBitsOtherSeedOther() {
        TransformerModel m1 = model(7), m2 = model(7), m3 = model(8);
        for (int s = 0; s < 30; s++) {
            m1.step(A, B, C, 15);
            m2.step(A, B, C, 15);
            m3.step(A, B, C, 15);
        }
        assertThat(m1.embeddings()).isDeepEqualTo(m2.embeddings());
        assertThat(m1.embeddings()).isNotEqualTo(m3.embeddings());
    }

    /** Full-batch AdamW on all 25 pairs fits them: the loss falls and every training pair is right. */
    @Test
    void fitsItsTrainingSet() {
        TransformerModel m = new TransformerModel(shape(8, 1, 16, 2, 0, 0.01, 0), P * P, 3);
        double first = m.loss(A, B, C, P * P);
        for (int s = 0; s < 300; s++) m.step(A, B, C, P * P);
        assertThat(m.loss(A, B, C, P * P)).isLessThan(first / 10);
        assertThat(m.accuracy(A, B, C, P * P)).isEqualTo(1.0);
    }

    /** The decoder's decoupled weight decay reaches the decoder, not the embeddings (which have their own). */
    @Test
    void decayReachesTheDecoderNotTheEmbeddings() {
        TransformerModel free = new TransformerModel(shape(4, 2, 6, 2, 0, 0.01, 0), P * P, 5),
                decayed = new TransformerModel(shape(4, 2, 6, 2, 0, 0.01, 10), P * P, 5);
        free.step(A, B, C, P * P);
        decayed.step(A, B, C, P * P);
        // The first AdamW step moves each parameter by lr * sign-like terms identical in both; decay multiplies the
        // decoder by (1 - lr * wd) = 0.9 first, so its weights differ while the embeddings' step is the same.
        assertThat(decayed.embeddings()).isDeepEqualTo(free.embeddings());
        // Arrays that start at zero (the norms' and the attention's biases) are not shrunk by a first step; all others are.
        double[][] start = new TransformerModel(shape(4, 2, 6, 2, 0, 0.01, 0), P * P, 5).parameters();
        int shrunk = 0;
        for (int t = 1; t < start.length; t++) {
            if (Arrays.stream(start[t]).allMatch(x -> x == 0)) continue;
            assertThat(decayed.parameters()[t]).as("decoder array %d", t).isNotEqualTo(free.parameters()[t]);
            shrunk++;
        }
        assertThat(shrunk).isEqualTo(2 * 8 + 2); // per layer: 2 gains, 3 weights, 3 biases; the output layer's 2
    }

    /** The Vector API's row update gives the scalar loop's bits, at any offsets and any length (tails included). */
    @Test
    void vectorRowUpdateIsTheScalarOnesBits() {
        org.junit.jupiter.api.Assumptions.assumeTrue(PairSums.VECTOR, "the vector module is not in this JVM");
        SplittableRandom rnd = new SplittableRandom(11);
        for (int trial = 0; trial < 50; trial++) {
            int len = 1 + rnd.nextInt(100), xOff = rnd.nextInt(5), yOff = rnd.nextInt(5), from = rnd.nextInt(len);
            double[][] x = new double[4][len + xOff];
            for (double[] row : x) for (int i = 0; i < row.length; i++) row[i] = rnd.nextGaussian();
            double[] y = new double[len + yOff];
            for (int i = 0; i < y.length; i++) y[i] = rnd.nextGaussian();
            double[] scalar = y.clone();
            double s0 = rnd.nextGaussian(), s1 = rnd.nextGaussian(), s2 = rnd.nextGaussian(), s3 = rnd.nextGaussian();
            VectorDense.update4(y, yOff, s0, x[0], s1, x[1], s2, x[2], s3, x[3], xOff, from, len);
            for (int i = from; i < len; i++)
                scalar[yOff + i] += (s0 * x[0][xOff + i] + s1 * x[1][xOff + i]) + (s2 * x[2][xOff + i] + s3 * x[3][xOff + i]);
            assertThat(y).as("trial %d", trial).isEqualTo(scalar);
        }
    }
}
