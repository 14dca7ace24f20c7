package org.geneft.training;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FloatKernel}'s layer products on the JDK's Vector API, two output rows per pass over the pairs: the eight
 * weights of two rows by four inputs stay in registers while one pass reads the four inputs' values once for both
 * rows, where the scalar loop re-read them for every row. Each lane does exactly the scalar loop's arithmetic in
 * its order (the running value plus ((w0·x0 + w1·x1) + w2·x2) + w3·x3, a separate multiply and add, never fused), and
 * the pairs past the last whole vector run that same arithmetic in scalar code, so a run's bits do not depend on the
 * vector width or on this class being used ({@code VectorLayersTest}; {@code PairSumsTest} trains without the module).
 * Loaded only when {@link VectorSupport} finds the module.
 *
 * <p>C2 (JDK 17) compiles Vector API code to registers only while it can prove each vector's exact class: in a method
 * that inlines many more operations than these, or where vectors of another shape (a reshaped half) have passed
 * through the same library methods, a store falls back to Java code that allocates, and the kernel ran two to three
 * times slower. Hence two rows per pass and one vector shape in the whole trainer.
 */
final class VectorLayers {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;

    private VectorLayers() {}

    /** n rounded up to a whole number of this machine's float vectors. */
    static int wholeVectors(int n) {
        return (n + F.length() - 1) / F.length() * F.length();
    }

    /**
     * y[o][p] = bias[o] + Σ_k w[o][k]·x[k][p] for p &lt; len (bias 0 when null), in {@link FloatKernel#combine}'s order;
     * w has y.length rows of x.length weights.
     */
    static void combine(float[][] w, float[] bias, float[][] x, int len, float[][] y) {
        int out = y.length, in = x.length, o = 0;
        for (; o + 1 < out; o += 2) {
            float b0 = bias == null ? 0 : bias[o], b1 = bias == null ? 0 : bias[o + 1];
            int k = 0;
            if (in < 4) {
                java.util.Arrays.fill(y[o], 0, len, b0);
                java.util.Arrays.fill(y[o + 1], 0, len, b1);
            } else {
                first(w, x, len, y, o, b0, b1);
                k = 4;
            }
            for (; k + 3 < in; k += 4) group(w, x, len, y, o, k);
            for (; k < in; k++) single(w, x[k], len, y, o, k);
        }
        for (; o < out; o++) FloatKernel.combine(y[o], bias == null ? 0 : bias[o], w[o], x, len);
    }

    /** Rows o and o+1 of y set to their biases plus the first group of inputs, 0..3: the scalar fill and first pass. */
    private static void first(float[][] w, float[][] x, int len, float[][] y, int o, float b0, float b1) {
        float[] w0 = w[o], w1 = w[o + 1];
        float[] x0 = x[0], x1 = x[1], x2 = x[2], x3 = x[3];
        float[] y0 = y[o], y1 = y[o + 1];
        FloatVector c0 = FloatVector.broadcast(F, b0), c1 = FloatVector.broadcast(F, b1);
        FloatVector a00 = FloatVector.broadcast(F, w0[0]), a01 = FloatVector.broadcast(F, w0[1]),
                a02 = FloatVector.broadcast(F, w0[2]), a03 = FloatVector.broadcast(F, w0[3]);
        FloatVector a10 = FloatVector.broadcast(F, w1[0]), a11 = FloatVector.broadcast(F, w1[1]),
                a12 = FloatVector.broadcast(F, w1[2]), a13 = FloatVector.broadcast(F, w1[3]);
        int full = F.loopBound(len), p = 0;
        for (; p < full; p += F.length()) {
            FloatVector u0 = FloatVector.fromArray(F, x0, p), u1 = FloatVector.fromArray(F, x1, p),
                    u2 = FloatVector.fromArray(F, x2, p), u3 = FloatVector.fromArray(F, x3, p);
            c0.add(a00.mul(u0).add(a01.mul(u1)).add(a02.mul(u2)).add(a03.mul(u3))).intoArray(y0, p);
            c1.add(a10.mul(u0).add(a11.mul(u1)).add(a12.mul(u2)).add(a13.mul(u3))).intoArray(y1, p);
        }
        for (; p < len; p++) {
            float u0 = x0[p], u1 = x1[p], u2 = x2[p], u3 = x3[p];
            y0[p] = b0 + (w0[0] * u0 + w0[1] * u1 + w0[2] * u2 + w0[3] * u3);
            y1[p] = b1 + (w1[0] * u0 + w1[1] * u1 + w1[2] * u2 + w1[3] * u3);
        }
    }

    /** Rows o and o+1 of y plus the group of inputs k..k+3 (four rows, or two groups, ran half as fast: see above). */
    private static void group(float[][] w, float[][] x, int len, float[][] y, int o, int k) {
        float[] w0 = w[o], w1 = w[o + 1];
        float[] x0 = x[k], x1 = x[k + 1], x2 = x[k + 2], x3 = x[k + 3];
        float[] y0 = y[o], y1 = y[o + 1];
        FloatVector a00 = FloatVector.broadcast(F, w0[k]), a01 = FloatVector.broadcast(F, w0[k + 1]),
                a02 = FloatVector.broadcast(F, w0[k + 2]), a03 = FloatVector.broadcast(F, w0[k + 3]);
        FloatVector a10 = FloatVector.broadcast(F, w1[k]), a11 = FloatVector.broadcast(F, w1[k + 1]),
                a12 = FloatVector.broadcast(F, w1[k + 2]), a13 = FloatVector.broadcast(F, w1[k + 3]);
        int full = F.loopBound(len), p = 0;
        for (; p < full; p += F.length()) {
            FloatVector u0 = FloatVector.fromArray(F, x0, p), u1 = FloatVector.fromArray(F, x1, p),
                    u2 = FloatVector.fromArray(F, x2, p), u3 = FloatVector.fromArray(F, x3, p);
            FloatVector.fromArray(F, y0, p)
                    .add(a00.mul(u0).add(a01.mul(u1)).add(a02.mul(u2)).add(a03.mul(u3))).intoArray(y0, p);
            FloatVector.fromArray(F, y1, p)
                    .add(a10.mul(u0).add(a11.mul(u1)).add(a12.mul(u2)).add(a13.mul(u3))).intoArray(y1, p);
        }
        for (; p < len; p++) {
            float u0 = x0[p], u1 = x1[p], u2 = x2[p], u3 = x3[p];
            y0[p] += w0[k] * u0 + w0[k + 1] * u1 + w0[k + 2] * u2 + w0[k + 3] * u3;
            y1[p] += w1[k] * u0 + w1[k + 1] * u1 + w1[k + 2] * u2 + w1[k + 3] * u3;
        }
    }

    /** Rows o and o+1 of y plus input k alone (the inputs past the last group of four). */
    private static void single(float[][] w, float[] xk, int len, float[][] y, int o, int k) {
        for (int r = o; r < o + 2; r++) {
            float[] yr = y[r];
            float c = w[r][k];
            FloatVector a = FloatVector.broadcast(F, c);
            int full = F.loopBound(len), p = 0;
            for (; p < full; p += F.length())
                FloatVector.fromArray(F, yr, p).add(a.mul(FloatVector.fromArray(F, xk, p))).intoArray(yr, p);
            for (; p < len; p++) yr[p] += c * xk[p];
        }
    }

    /** d[p] ← d[p]·(1 − a[p]²) for p &lt; len: the gradient through a tanh unit whose value is a. */
    static void tanhGradient(float[] d, float[] a, int len) {
        int full = F.loopBound(len), p = 0;
        for (; p < full; p += F.length()) {
            FloatVector v = FloatVector.fromArray(F, a, p);
            FloatVector.fromArray(F, d, p).mul(FloatVector.broadcast(F, 1f).sub(v.mul(v))).intoArray(d, p);
        }
        for (; p < len; p++) d[p] *= 1 - a[p] * a[p];
    }
}
