package org.geneft.training;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_FDRM;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The trainer's two matrix products at the default configuration, the kernel's own loops against EJML (a maintained
 * dense-matrix library), float and double, in one JVM, alternating: the forward layer Z = W·X (50 x 50 weights over
 * the 900 pairs) and the weight gradient G = dZ·Xᵀ (over the 675 training pairs). EJML gets its own row-major
 * matrices, filled once, so the copies the trainer would need are not counted against it. Run by
 * bench/kernel-vs-ejml.sh; prints the median microseconds per product of each.
 */
public final class KernelVsEjml {
    static final int UNITS = 50, PAIRS = 900, TRAIN = 675, REPS = 2000, ROUNDS = 9;

    public static void main(String[] args) {
        SplittableRandom r = new SplittableRandom(1);
        double[][] w = new double[UNITS][UNITS], x = new double[UNITS][PAIRS], z = new double[UNITS][PAIRS],
                dz = new double[UNITS][TRAIN], g = new double[UNITS][UNITS];
        for (double[][] m : List.of(w, x, dz)) for (double[] row : m) for (int i = 0; i < row.length; i++) row[i] = r.nextGaussian();
        float[][] wf = toFloat(w), xf = toFloat(x), zf = new float[UNITS][PAIRS], dzf = toFloat(dz), gf = new float[UNITS][UNITS];
        DMatrixRMaj W = new DMatrixRMaj(w), X = new DMatrixRMaj(x), Z = new DMatrixRMaj(UNITS, PAIRS),
                DZ = new DMatrixRMaj(dz), XT = new DMatrixRMaj(trimmed(x, TRAIN)), G = new DMatrixRMaj(UNITS, UNITS);
        FMatrixRMaj WF = new FMatrixRMaj(wf), XF = new FMatrixRMaj(xf), ZF = new FMatrixRMaj(UNITS, PAIRS),
                DZF = new FMatrixRMaj(dzf), XTF = new FMatrixRMaj(toFloat(trimmed(x, TRAIN))), GF = new FMatrixRMaj(UNITS, UNITS);

        List<String> names = List.of("forward, kernel, double", "forward, EJML, double", "forward, kernel, float",
                "forward, EJML, float", "weight gradient, kernel, double", "weight gradient, EJML, double",
                "weight gradient, kernel, float", "weight gradient, EJML, float");
        List<Runnable> ops = List.of(
                () -> { for (int o = 0; o < UNITS; o++) FullBatchKernel.combine(z[o], 0, w[o], x, PAIRS); },
                () -> CommonOps_DDRM.mult(W, X, Z),
                () -> { for (int o = 0; o < UNITS; o++) FloatKernel.combine(zf[o], 0, wf[o], xf, PAIRS); },
                () -> CommonOps_FDRM.mult(WF, XF, ZF),
                () -> PairSums.weightGradient(dz, x, TRAIN, g),
                () -> CommonOps_DDRM.multTransB(DZ, XT, G),
                () -> PairSums.weightGradient(dzf, xf, TRAIN, gf),
                () -> CommonOps_FDRM.multTransB(DZF, XTF, GF));
        List<List<Double>> micros = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) micros.add(new ArrayList<>());
        for (int round = -2; round < ROUNDS; round++) { // two rounds of warm-up for the JIT
            for (int i = 0; i < ops.size(); i++) {
                long t = System.nanoTime();
                for (int k = 0; k < REPS; k++) ops.get(i).run();
                if (round >= 0) micros.get(i).add((System.nanoTime() - t) / 1e3 / REPS);
            }
        }
        // The two implementations must compute the same products (to rounding), or the timing means nothing.
        check(z, Z.data, 1e-9);
        check(g, G.data, 1e-9);
        System.out.println("vector path: " + PairSums.VECTOR + "; " + ROUNDS + " rounds of " + REPS + " products");
        for (int i = 0; i < ops.size(); i++) {
            List<Double> m = micros.get(i);
            Collections.sort(m);
            System.out.printf("%-34s median %8.1f us  (min %.1f, max %.1f)%n", names.get(i), m.get(m.size() / 2), m.get(0),
                    m.get(m.size() - 1));
        }
    }

    static float[][] toFloat(double[][] a) {
        float[][] f = new float[a.length][];
        for (int i = 0; i < a.length; i++) {
            f[i] = new float[a[i].length];
            for (int j = 0; j < a[i].length; j++) f[i][j] = (float) a[i][j];
        }
        return f;
    }

    static double[][] trimmed(double[][] a, int len) {
        double[][] t = new double[a.length][];
        for (int i = 0; i < a.length; i++) t[i] = java.util.Arrays.copyOf(a[i], len);
        return t;
    }

    static void check(double[][] ours, double[] theirs, double tolerance) {
        int cols = ours[0].length;
        for (int i = 0; i < ours.length; i++)
            for (int j = 0; j < cols; j++)
                if (Math.abs(ours[i][j] - theirs[i * cols + j]) > tolerance * (1 + Math.abs(ours[i][j])))
                    throw new AssertionError("products differ at " + i + "," + j + ": " + ours[i][j] + " vs " + theirs[i * cols + j]);
    }
}
