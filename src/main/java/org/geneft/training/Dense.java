package org.geneft.training;

/**
 * The small transformer's linear layers on feature-major activations: feature j of the samples is one array, so every
 * inner loop runs over samples, contiguous. Weights are row-major out x in, as torch.nn.Linear's, read from
 * column {@code col0} of rows {@code ldw} long (a layer may read its input in two parts). The products update four
 * input features (or output gradients) at a time, a quarter of the stores of one at a time, on the Vector API where
 * the module is present ({@link VectorDense}, the same bits); the weights' gradients are {@link PairSums}' lane-ordered
 * sums (vectorized where the module is present, the same bits where not). Every
 * sum runs in a fixed order: the same inputs give the same bits.
 */
final class Dense {
    /**
     * Samples per block of the products: a block of every input row (up to 128 rows x 2 KB) stays in the core's L2
     * cache while all outputs read it (p = 61, d = 64, 300 steps: 28.0 s against 31.7 s unblocked, medians of 3;
     * docs/BENCHMARKS.md). Blocking only reorders which elements are done first, not the order of any element's sum,
     * so the bits are the same.
     */
    static final int CHUNK = 256;

    private Dense() { }

    /** out[o][i] += sum_j w[o][col0 + j] * in[j][off + i], for j < k, i < len. */
    static void forward(double[][] in, int off, int k, double[] w, int ldw, int col0, double[][] out, int len) {
        for (int i0 = 0; i0 < len; i0 += CHUNK) {
            int i1 = Math.min(len, i0 + CHUNK);
            for (int o = 0; o < out.length; o++) {
                double[] y = out[o];
                int wo = o * ldw + col0, j = 0;
                for (; j + 3 < k; j += 4) {
                    double s0 = w[wo + j], s1 = w[wo + j + 1], s2 = w[wo + j + 2], s3 = w[wo + j + 3];
                    update4(y, 0, s0, in[j], s1, in[j + 1], s2, in[j + 2], s3, in[j + 3], off, i0, i1);
                }
                for (; j < k; j++) {
                    double s = w[wo + j];
                    double[] x = in[j];
                    for (int i = i0; i < i1; i++) y[i] += s * x[off + i];
                }
            }
        }
    }

    /** dIn[j][off + i] += sum_o w[o][col0 + j] * dOut[o][i]: the inputs' gradient. */
    static void inputGradient(double[][] dOut, double[] w, int ldw, int col0, int k, double[][] dIn, int off, int len) {
        int outs = dOut.length;
        for (int i0 = 0; i0 < len; i0 += CHUNK) {
            int i1 = Math.min(len, i0 + CHUNK);
            for (int j = 0; j < k; j++) {
                double[] g = dIn[j];
                int o = 0;
                for (; o + 3 < outs; o += 4) {
                    double s0 = w[o * ldw + col0 + j], s1 = w[(o + 1) * ldw + col0 + j],
                            s2 = w[(o + 2) * ldw + col0 + j], s3 = w[(o + 3) * ldw + col0 + j];
                    update4(g, off, s0, dOut[o], s1, dOut[o + 1], s2, dOut[o + 2], s3, dOut[o + 3], 0, i0, i1);
                }
                for (; o < outs; o++) {
                    double s = w[o * ldw + col0 + j];
                    double[] d = dOut[o];
                    for (int i = i0; i < i1; i++) g[off + i] += s * d[i];
                }
            }
        }
    }

    /** y[yOff + i] += (s0 x0[xOff + i] + s1 x1[..]) + (s2 x2[..] + s3 x3[..]) for from <= i < to (VectorDense's). */
    static void update4(double[] y, int yOff, double s0, double[] x0, double s1, double[] x1, double s2, double[] x2,
            double s3, double[] x3, int xOff, int from, int to) {
        if (PairSums.VECTOR) {
            VectorDense.update4(y, yOff, s0, x0, s1, x1, s2, x2, s3, x3, xOff, from, to);
            return;
        }
        for (int i = from; i < to; i++)
            y[yOff + i] += (s0 * x0[xOff + i] + s1 * x1[xOff + i]) + (s2 * x2[xOff + i] + s3 * x3[xOff + i]);
    }

    /** gw[o][col0 + j] += sum_i dOut[o][i] * in[j][i] over i < len, through scratch (outs x in.length). */
    static void weightGradient(double[][] dOut, double[][] in, int len, double[][] scratch, double[] gw, int ldw, int col0) {
        PairSums.weightGradient(dOut, in, len, scratch);
        for (int o = 0; o < dOut.length; o++)
            for (int j = 0; j < in.length; j++) gw[o * ldw + col0 + j] += scratch[o][j];
    }

    /** out[o][i] = bias[o] for i < len. */
    static void fill(double[][] out, double[] bias, int len) {
        for (int o = 0; o < out.length; o++) java.util.Arrays.fill(out[o], 0, len, bias[o]);
    }

    /** g[o] += the sum of dOut[o] over i < len: a bias's gradient. */
    static void biasGradient(double[][] dOut, double[] g, int len) {
        for (int o = 0; o < dOut.length; o++) {
            double s = 0;
            double[] d = dOut[o];
            for (int i = 0; i < len; i++) s += d[i];
            g[o] += s;
        }
    }

    static double[][] rows(int rows, int len) {
        return new double[rows][len];
    }

    static void zero(double[][] m, int len) {
        for (double[] row : m) java.util.Arrays.fill(row, 0, len, 0);
    }
}
