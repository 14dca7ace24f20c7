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

    /**
     * The loss against a second implementation written from torch's definitions one sample at a time (row-major, no
     * shared code): TransformerEncoderLayer with norm_first, x + SA(LN1(x)), then + FF(LN2(.)), attention softmax over
     * both symbols, the outputs concatenated into the output layer. Agreement to 1e-12 (sums of a few hundred terms
     * of order 1 in another order) checks the forward pass the finite differences take for granted.
     */
    @Test
    void lossMatchesAPerSampleImplementation() {
        for (long seed = 1; seed <= 3; seed++) {
            TransformerModel m = model(seed);
            for (int s = 0; s < 5; s++) m.step(A, B, C, P * P); // gains and biases away from 1 and 0
            assertThat(m.loss(A, B, C, P * P)).as("seed %d", seed)
                    .isCloseTo(naiveLoss(m.parameters(), 4, 2, 6, 2), org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    private static double naiveLoss(double[][] w, int d, int heads, int hidden, int depth) {
        double sum = 0;
        for (int i = 0; i < P * P; i++) {
            double[][] x = {Arrays.copyOfRange(w[0], A[i] * d, A[i] * d + d), Arrays.copyOfRange(w[0], B[i] * d, B[i] * d + d)};
            for (int l = 0; l < depth; l++) {
                int o = 1 + 12 * l;
                double[] g1 = w[o], c1 = w[o + 1], win = w[o + 2], bin = w[o + 3], wo = w[o + 4], bo = w[o + 5],
                        g2 = w[o + 6], c2 = w[o + 7], w1 = w[o + 8], b1 = w[o + 9], w2 = w[o + 10], b2 = w[o + 11];
                double[][] qkv = new double[2][];
                for (int t = 0; t < 2; t++) qkv[t] = affine(win, bin, layerNorm(x[t], g1, c1));
                double[][] mid = new double[2][];
                int dh = d / heads;
                for (int t = 0; t < 2; t++) {
                    double[] z = new double[d];
                    for (int h = 0; h < heads; h++) {
                        double[] score = new double[2];
                        for (int k = 0; k < 2; k++)
                            for (int c = h * dh; c < (h + 1) * dh; c++) score[k] += qkv[t][c] * qkv[k][d + c] / Math.sqrt(dh);
                        double top = Math.max(score[0], score[1]), e0 = Math.exp(score[0] - top), e1 = Math.exp(score[1] - top);
                        for (int c = h * dh; c < (h + 1) * dh; c++)
                            z[c] = (e0 * qkv[0][2 * d + c] + e1 * qkv[1][2 * d + c]) / (e0 + e1);
                    }
                    double[] att = affine(wo, bo, z);
                    mid[t] = new double[d];
                    for (int c = 0; c < d; c++) mid[t][c] = x[t][c] + att[c];
                }
                for (int t = 0; t < 2; t++) {
                    double[] u = affine(w1, b1, layerNorm(mid[t], g2, c2));
                    for (int j = 0; j < hidden; j++) u[j] = Math.max(u[j], 0);
                    double[] f = affine(w2, b2, u);
                    for (int c = 0; c < d; c++) x[t][c] = mid[t][c] + f[c];
                }
            }
            double[] both = new double[2 * d];
            System.arraycopy(x[0], 0, both, 0, d);
            System.arraycopy(x[1], 0, both, d, d);
            double[] logits = affine(w[w.length - 2], w[w.length - 1], both);
            double top = Arrays.stream(logits).max().orElseThrow(), z = 0;
            for (double v : logits) z += Math.exp(v - top);
            sum += Math.log(z) + top - logits[C[i]];
        }
        return sum / (P * P);
    }

    /** W x + b for W row-major out x in. */
    private static double[] affine(double[] wt, double[] b, double[] x) {
        double[] y = b.clone();
        for (int o = 0; o < y.length; o++) for (int j = 0; j < x.length; j++) y[o] += wt[o * x.length + j] * x[j];
        return y;
    }

    private static double[] layerNorm(double[] x, double[] g, double[] c) {
        double mean = Arrays.stream(x).average().orElseThrow(), var = 0;
        for (double v : x) var += (v - mean) * (v - mean);
        double rstd = 1 / Math.sqrt(var / x.length + 1e-5);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) y[i] = g[i] * (x[i] - mean) * rstd + c[i];
        return y;
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
