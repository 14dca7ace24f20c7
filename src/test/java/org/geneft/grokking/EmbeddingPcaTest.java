package org.geneft.grokking;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EmbeddingPcaTest {
    /** p symbols at angles 2 pi f k / p on a circle in a random plane of R^d, plus noise of the given size. */
    private static double[][] circle(int p, int d, int f, double noise, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] u = new double[d], w = new double[d];
        for (int c = 0; c < d; c++) {
            u[c] = rnd.nextGaussian();
            w[c] = rnd.nextGaussian();
        }
        // Gram-Schmidt: an orthonormal pair spanning the circle's plane.
        double nu = Math.sqrt(dot(u, u));
        for (int c = 0; c < d; c++) u[c] /= nu;
        double uw = dot(u, w);
        for (int c = 0; c < d; c++) w[c] -= uw * u[c];
        double nw = Math.sqrt(dot(w, w));
        for (int c = 0; c < d; c++) w[c] /= nw;
        double[][] e = new double[p][d];
        for (int k = 0; k < p; k++) {
            double t = 2 * Math.PI * f * k / p;
            for (int c = 0; c < d; c++) e[k][c] = 3 * (Math.cos(t) * u[c] + Math.sin(t) * w[c]) + noise * rnd.nextGaussian();
        }
        return e;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    @Test
    void findsTheCircleAndItsFrequency() {
        for (int f : new int[] {1, 4, 11}) {
            EmbeddingPca.Circle c = new EmbeddingPca(circle(31, 32, f, 0.01, f)).circle();
            assertThat(c.frequency()).isEqualTo(f);
            assertThat(c.coherence()).isGreaterThan(0.999);
            assertThat(c.spread()).isLessThan(0.02);
            assertThat(c.isCircle()).isTrue();
        }
    }

    /**
     * Appendix K's picture: embeddings seen on another set's first two axes. On their own axes it is their own circle;
     * a noisy copy of the end's circle (the same seed, so the same plane) shows the end's frequency;
     * independent random embeddings on those axes do not pass the lottery claim's 0.5 (the best of 2 x 15 random
     * frequency and sign options for p = 31 stays near 0.3-0.4).
     */
    @Test
    void embeddingsOnAnotherSetsAxes() {
        double[][] end = circle(31, 32, 4, 0.01, 7);
        EmbeddingPca pca = new EmbeddingPca(end);
        EmbeddingPca.Circle own = pca.circle(), again = pca.circleOf(end);
        assertThat(again.frequency()).isEqualTo(own.frequency());
        assertThat(again.coherence()).isCloseTo(own.coherence(), within(1e-12));
        assertThat(again.spread()).isCloseTo(own.spread(), within(1e-12));
        // The same plane and radius (seed 7) under noise of 0.5 in every one of the 32 dimensions.
        EmbeddingPca.Circle faint = pca.circleOf(circle(31, 32, 4, 0.5, 7));
        assertThat(faint.frequency()).isEqualTo(4);
        assertThat(faint.coherence()).isGreaterThan(TransformerChecks.ORDER_AT_INIT);
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom rnd = new SplittableRandom(100 + seed);
            double[][] e = new double[31][32];
            for (double[] row : e) for (int c = 0; c < 32; c++) row[c] = rnd.nextGaussian();
            assertThat(pca.circleOf(e).coherence()).as("seed %d", seed).isLessThan(TransformerChecks.ORDER_AT_INIT);
        }
    }

    /** Random embeddings (the model at initialisation) are no circle: coherence near 1/sqrt(p), spread near 0.52. */
    @Test
    void randomEmbeddingsAreNoCircle() {
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            double[][] e = new double[31][32];
            for (double[] row : e) for (int c = 0; c < 32; c++) row[c] = rnd.nextGaussian();
            EmbeddingPca.Circle c = new EmbeddingPca(e).circle();
            assertThat(c.isCircle()).as("seed %d: %s", seed, c).isFalse();
            assertThat(c.coherence()).isLessThan(0.7);
        }
    }

    /**
     * The entropy against a case known in closed form: the symbols +-e_1, ..., +-e_k have covariance 2 I_k on k
     * directions, so the ratios are 1/k each and S = ln k; and a circle in a plane (equal variance in two directions,
     * at p >= 3 equally spaced angles) has S = ln 2.
     */
    @Test
    void entropyInClosedForm() {
        for (int k = 1; k <= 6; k++) {
            double[][] e = new double[2 * k][10];
            for (int i = 0; i < k; i++) {
                e[i][i] = 1;
                e[k + i][i] = -1;
            }
            EmbeddingPca pca = new EmbeddingPca(e);
            assertThat(pca.entropy()).as("k=%d", k).isCloseTo(Math.log(k), within(1e-12));
            assertThat(java.util.Arrays.stream(pca.ratios()).sum()).isCloseTo(1, within(1e-12));
        }
        assertThat(new EmbeddingPca(circle(31, 16, 3, 0, 9)).entropy()).isCloseTo(Math.log(2), within(1e-9));
    }

    /** Embeddings with a NaN or an infinity (a diverged run) have no axes: every measure is NaN, never a circle. */
    @Test
    void nonFiniteEmbeddingsHaveNoMeasures() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
            double[][] e = circle(31, 16, 3, 0, 9);
            e[4][7] = bad;
            EmbeddingPca pca = new EmbeddingPca(e);
            assertThat(pca.diverged()).isTrue();
            assertThat(pca.entropy()).isNaN();
            assertThat(java.util.Arrays.stream(pca.ratios()).allMatch(Double::isNaN)).isTrue();
            assertThat(pca.circle().isCircle()).isFalse();
            assertThat(pca.circleOf(circle(31, 16, 3, 0, 9)).coherence()).isNaN();
        }
        assertThat(new EmbeddingPca(circle(31, 16, 3, 0, 9)).diverged()).isFalse();
    }
}
