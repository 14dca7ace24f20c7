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

    private static TransformerModel model(long seed) {
        return new TransformerModel(new TransformerModel.Shape(P, 4, 2, 6, 1e-2, 0.5), P * P, seed);
    }

    /**
     * Every parameter's analytic gradient against a central difference of the loss. With h = 1e-5 the difference's
     * truncation error is O(h^2 f''') ~ 1e-10 and its rounding ~ 1e-16 / 1e-5 = 1e-11, so 1e-6 of the gradient's
     * scale is far above both and far below any wrong term (a missed path changes a gradient by its own size).
     */
    @Test
    void gradientsMatchCentralDifferences() {
        for (long seed = 1; seed <= 3; seed++) {
            TransformerModel m = model(seed);
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
                    double up = m.loss(A, B, C, P * P);
                    params[t][j] = keep - h;
                    double down = m.loss(A, B, C, P * P);
                    params[t][j] = keep;
                    double numeric = (up - down) / (2 * h);
                    assertThat(analytic[t][j]).as("seed %d, array %d, entry %d", seed, t, j)
                            .isCloseTo(numeric, org.assertj.core.data.Offset.offset(1e-6 * (1 + Math.abs(numeric))));
                }
            }
        }
    }

    /** The position vectors reach the loss only through the decoder, the embeddings only through their rows used. */
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
        TransformerModel m = new TransformerModel(new TransformerModel.Shape(P, 8, 2, 16, 1e-2, 0), P * P, 3);
        double first = m.loss(A, B, C, P * P);
        for (int s = 0; s < 300; s++) m.step(A, B, C, P * P);
        assertThat(m.loss(A, B, C, P * P)).isLessThan(first / 10);
        assertThat(m.accuracy(A, B, C, P * P)).isEqualTo(1.0);
    }

    /** Decoupled weight decay on the decoder only: with a zero gradient path it would still shrink the decoder. */
    @Test
    void decayReachesTheDecoderNotTheEmbeddings() {
        TransformerModel free = new TransformerModel(new TransformerModel.Shape(P, 4, 2, 6, 1e-2, 0), P * P, 5),
                decayed = new TransformerModel(new TransformerModel.Shape(P, 4, 2, 6, 1e-2, 10), P * P, 5);
        free.step(A, B, C, P * P);
        decayed.step(A, B, C, P * P);
        // The first AdamW step moves each parameter by lr * sign-like terms identical in both; decay multiplies the
        // decoder by (1 - lr * wd) = 0.9 first, so its weights differ while the embeddings' step is the same.
        assertThat(decayed.embeddings()).isDeepEqualTo(free.embeddings());
        assertThat(decayed.parameters()[13]).isNotEqualTo(free.parameters()[13]);
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
