package org.geneft.training;

/**
 * The sums over training pairs behind a linear layer's weight gradient, {@code gw[o][k] = Σ_p dz[o][p]·x[k][p]},
 * in one summation order that does not depend on the machine: each sum is split into {@link #FLOAT_LANES} (float)
 * or {@link #DOUBLE_LANES} (double) interleaved partial sums, lane j taking the pairs p ≡ j (mod lanes) by fused
 * multiply-adds, then the lanes are added as a tree and the last len mod lanes pairs fused in one by one.
 *
 * <p>That order is what a 512-bit vector unit computes in one register (two on a 256-bit unit), so
 * {@link VectorPairSums} runs it with the JDK's Vector API where the launcher enables it
 * ({@code --add-modules jdk.incubator.vector}), about 3x faster than the row updates it replaced
 * (docs/BENCHMARKS.md). Everywhere else this class computes the same lanes in scalar code: slower, bit-identical,
 * so a run's result depends on its configuration and seed, not on the JVM's flags or the CPU's vector width.
 * Each method comes in float and double, as in the two kernels, since Java's generics do not reach primitives.
 */
final class PairSums {
    static final int FLOAT_LANES = 16, DOUBLE_LANES = 8;
    /** Whether the vector implementation runs: decided once, so the JIT folds the branch away. */
    static final boolean VECTOR = VectorSupport.available();

    private PairSums() {}

    static void weightGradient(float[][] dz, float[][] x, int len, float[][] gw) {
        if (VECTOR) {
            VectorPairSums.weightGradient(dz, x, len, gw);
            return;
        }
        scalarWeightGradient(dz, x, len, gw);
    }

    static void weightGradient(double[][] dz, double[][] x, int len, double[][] gw) {
        if (VECTOR) {
            VectorPairSums.weightGradient(dz, x, len, gw);
            return;
        }
        scalarWeightGradient(dz, x, len, gw);
    }

    static void scalarWeightGradient(float[][] dz, float[][] x, int len, float[][] gw) {
        float[] lanes = new float[FLOAT_LANES];
        for (int o = 0; o < dz.length; o++) for (int k = 0; k < x.length; k++) gw[o][k] = sum(dz[o], x[k], len, lanes);
    }

    static void scalarWeightGradient(double[][] dz, double[][] x, int len, double[][] gw) {
        double[] lanes = new double[DOUBLE_LANES];
        for (int o = 0; o < dz.length; o++) for (int k = 0; k < x.length; k++) gw[o][k] = sum(dz[o], x[k], len, lanes);
    }

    /** Σ_p a[p]·b[p] over p &lt; len in the lane order of the class comment. */
    static float sum(float[] a, float[] b, int len, float[] lanes) {
        java.util.Arrays.fill(lanes, 0);
        int full = len - len % FLOAT_LANES;
        for (int p = 0; p < full; p += FLOAT_LANES) {
            for (int j = 0; j < FLOAT_LANES; j++) lanes[j] = Math.fma(a[p + j], b[p + j], lanes[j]);
        }
        return tail(a, b, full, len, lanes);
    }

    static double sum(double[] a, double[] b, int len, double[] lanes) {
        java.util.Arrays.fill(lanes, 0);
        int full = len - len % DOUBLE_LANES;
        for (int p = 0; p < full; p += DOUBLE_LANES) {
            for (int j = 0; j < DOUBLE_LANES; j++) lanes[j] = Math.fma(a[p + j], b[p + j], lanes[j]);
        }
        return tail(a, b, full, len, lanes);
    }

    /**
     * The lanes added as a tree: lane i + w into lane i for w = lanes/2, lanes/4, …, 1, written out (the JIT keeps
     * a loop over w as a loop), so four dependent additions instead of 15.
     */
    static float fold(float[] l, int i) {
        float a0 = l[i] + l[i + 8], a1 = l[i + 1] + l[i + 9], a2 = l[i + 2] + l[i + 10], a3 = l[i + 3] + l[i + 11];
        float a4 = l[i + 4] + l[i + 12], a5 = l[i + 5] + l[i + 13], a6 = l[i + 6] + l[i + 14], a7 = l[i + 7] + l[i + 15];
        float b0 = a0 + a4, b1 = a1 + a5, b2 = a2 + a6, b3 = a3 + a7;
        return (b0 + b2) + (b1 + b3);
    }

    private static double fold(double[] l, int i) {
        double a0 = l[i] + l[i + 4], a1 = l[i + 1] + l[i + 5], a2 = l[i + 2] + l[i + 6], a3 = l[i + 3] + l[i + 7];
        return (a0 + a2) + (a1 + a3);
    }

    /**
     * Σ_p a[p] for p &lt; len in eight interleaved partial sums, added as a tree, then the last len mod 8 in order:
     * eight independent chains of additions instead of one (a bias gradient).
     */
    static float total(float[] a, int len) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int p = 0;
        for (; p + 7 < len; p += 8) {
            s0 += a[p]; s1 += a[p + 1]; s2 += a[p + 2]; s3 += a[p + 3];
            s4 += a[p + 4]; s5 += a[p + 5]; s6 += a[p + 6]; s7 += a[p + 7];
        }
        float s = ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
        for (; p < len; p++) s += a[p];
        return s;
    }

    static double total(double[] a, int len) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int p = 0;
        for (; p + 7 < len; p += 8) {
            s0 += a[p]; s1 += a[p + 1]; s2 += a[p + 2]; s3 += a[p + 3];
            s4 += a[p + 4]; s5 += a[p + 5]; s6 += a[p + 6]; s7 += a[p + 7];
        }
        double s = ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
        for (; p < len; p++) s += a[p];
        return s;
    }

    /** The lanes added (see fold), then the pairs from {@code full} to {@code len}: the part both implementations share. */
    static float tail(float[] a, float[] b, int full, int len, float[] lanes) {
        return tail(a, b, full, len, lanes, 0);
    }

    static double tail(double[] a, double[] b, int full, int len, double[] lanes) {
        return tail(a, b, full, len, lanes, 0);
    }

    /** {@link #tail(float[], float[], int, int, float[])} with the lanes at lanes[at .. at + FLOAT_LANES). */
    static float tail(float[] a, float[] b, int full, int len, float[] lanes, int at) {
        float s = fold(lanes, at);
        for (int p = full; p < len; p++) s = Math.fma(a[p], b[p], s);
        return s;
    }

    static double tail(double[] a, double[] b, int full, int len, double[] lanes, int at) {
        double s = fold(lanes, at);
        for (int p = full; p < len; p++) s = Math.fma(a[p], b[p], s);
        return s;
    }
}
