package org.geneft.training;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Dense}'s four-term row update, y[i] += (s0 x0[i] + s1 x1[i]) + (s2 x2[i] + s3 x3[i]), on the JDK's Vector
 * API: the same multiplications and additions in the same order in every lane (no fused multiply-add), so the bits are
 * those of the scalar loop. C2 of JDK 17 leaves that loop scalar (five arrays of one type that might overlap). Loaded
 * only when {@link VectorSupport} finds the module.
 */
final class VectorDense {
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;

    private VectorDense() {}

    /** y[yOff + i] += (s0 x0[xOff + i] + s1 x1[..]) + (s2 x2[..] + s3 x3[..]) for from <= i < to. */
    static void update4(double[] y, int yOff, double s0, double[] x0, double s1, double[] x1, double s2, double[] x2,
            double s3, double[] x3, int xOff, int from, int to) {
        int i = from, n = DOUBLES.length(), end = from + (to - from) / n * n;
        DoubleVector v0 = DoubleVector.broadcast(DOUBLES, s0), v1 = DoubleVector.broadcast(DOUBLES, s1),
                v2 = DoubleVector.broadcast(DOUBLES, s2), v3 = DoubleVector.broadcast(DOUBLES, s3);
        for (; i < end; i += n) {
            DoubleVector a = DoubleVector.fromArray(DOUBLES, x0, xOff + i).mul(v0)
                    .add(DoubleVector.fromArray(DOUBLES, x1, xOff + i).mul(v1));
            DoubleVector b = DoubleVector.fromArray(DOUBLES, x2, xOff + i).mul(v2)
                    .add(DoubleVector.fromArray(DOUBLES, x3, xOff + i).mul(v3));
            DoubleVector.fromArray(DOUBLES, y, yOff + i).add(a.add(b)).intoArray(y, yOff + i);
        }
        for (; i < to; i++)
            y[yOff + i] += (s0 * x0[xOff + i] + s1 * x1[xOff + i]) + (s2 * x2[xOff + i] + s3 * x3[xOff + i]);
    }
}
