package org.geneft.training;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link PairSums} on the JDK's Vector API: the interleaved lanes of a sum are one register wide (AVX-512) or two
 * (AVX2, low and high half), so each lane does exactly the fused multiply-adds of the scalar reference, and the
 * lanes leave through an array to be added in the same order. Sums run in 2x2 tiles (two gradient rows by two
 * inputs), so four sums share each pair of loads. Loaded only when {@link VectorSupport} finds the module.
 * The float and the double halves are one algorithm written twice: Java's generics reach neither primitive arrays
 * nor the Vector API's typed vectors without boxing, and {@code PairSumsTest} holds both to the scalar reference.
 */
final class VectorPairSums {
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    /** Registers per sum: 1 when a register holds all the lanes, 2 when it holds half. */
    private static final int FLOAT_PARTS = PairSums.FLOAT_LANES / FLOATS.length();
    private static final int DOUBLE_PARTS = PairSums.DOUBLE_LANES / DOUBLES.length();

    private VectorPairSums() {}

    static boolean supported() {
        return FLOATS.length() * FLOAT_PARTS == PairSums.FLOAT_LANES && (FLOAT_PARTS == 1 || FLOAT_PARTS == 2)
                && DOUBLES.length() * DOUBLE_PARTS == PairSums.DOUBLE_LANES && (DOUBLE_PARTS == 1 || DOUBLE_PARTS == 2);
    }

    static int floatParts() { return FLOAT_PARTS; }

    static int doubleParts() { return DOUBLE_PARTS; }

    static void weightGradient(float[][] dz, float[][] x, int len, float[][] gw) {
        int out = dz.length, in = x.length, full = len - len % PairSums.FLOAT_LANES;
        float[] lanes = new float[PairSums.FLOAT_LANES];
        int o = 0;
        for (; o + 1 < out; o += 2) {
            int k = 0;
            for (; k + 1 < in; k += 2) {
                if (FLOAT_PARTS == 1) tile(dz[o], dz[o + 1], x[k], x[k + 1], full, len, lanes, gw, o, k);
                else tileHalves(dz[o], dz[o + 1], x[k], x[k + 1], full, len, lanes, gw, o, k);
            }
            for (; k < in; k++) {
                gw[o][k] = PairSums.sum(dz[o], x[k], len, lanes);
                gw[o + 1][k] = PairSums.sum(dz[o + 1], x[k], len, lanes);
            }
        }
        for (; o < out; o++) for (int k = 0; k < in; k++) gw[o][k] = PairSums.sum(dz[o], x[k], len, lanes);
    }

    private static void tile(float[] a0, float[] a1, float[] b0, float[] b1, int full, int len, float[] lanes,
                             float[][] gw, int o, int k) {
        FloatVector s00 = FloatVector.zero(FLOATS), s01 = s00, s10 = s00, s11 = s00;
        for (int p = 0; p < full; p += PairSums.FLOAT_LANES) {
            FloatVector u0 = FloatVector.fromArray(FLOATS, a0, p), u1 = FloatVector.fromArray(FLOATS, a1, p);
            FloatVector v0 = FloatVector.fromArray(FLOATS, b0, p), v1 = FloatVector.fromArray(FLOATS, b1, p);
            s00 = u0.fma(v0, s00);
            s01 = u0.fma(v1, s01);
            s10 = u1.fma(v0, s10);
            s11 = u1.fma(v1, s11);
        }
        gw[o][k] = finish(s00, null, a0, b0, full, len, lanes);
        gw[o][k + 1] = finish(s01, null, a0, b1, full, len, lanes);
        gw[o + 1][k] = finish(s10, null, a1, b0, full, len, lanes);
        gw[o + 1][k + 1] = finish(s11, null, a1, b1, full, len, lanes);
    }

    private static void tileHalves(float[] a0, float[] a1, float[] b0, float[] b1, int full, int len, float[] lanes,
                                   float[][] gw, int o, int k) {
        int h = FLOATS.length();
        FloatVector s00 = FloatVector.zero(FLOATS), s01 = s00, s10 = s00, s11 = s00;
        FloatVector t00 = s00, t01 = s00, t10 = s00, t11 = s00;
        for (int p = 0; p < full; p += PairSums.FLOAT_LANES) {
            FloatVector u0 = FloatVector.fromArray(FLOATS, a0, p), u1 = FloatVector.fromArray(FLOATS, a1, p);
            FloatVector v0 = FloatVector.fromArray(FLOATS, b0, p), v1 = FloatVector.fromArray(FLOATS, b1, p);
            s00 = u0.fma(v0, s00);
            s01 = u0.fma(v1, s01);
            s10 = u1.fma(v0, s10);
            s11 = u1.fma(v1, s11);
            u0 = FloatVector.fromArray(FLOATS, a0, p + h);
            u1 = FloatVector.fromArray(FLOATS, a1, p + h);
            v0 = FloatVector.fromArray(FLOATS, b0, p + h);
            v1 = FloatVector.fromArray(FLOATS, b1, p + h);
            t00 = u0.fma(v0, t00);
            t01 = u0.fma(v1, t01);
            t10 = u1.fma(v0, t10);
            t11 = u1.fma(v1, t11);
        }
        gw[o][k] = finish(s00, t00, a0, b0, full, len, lanes);
        gw[o][k + 1] = finish(s01, t01, a0, b1, full, len, lanes);
        gw[o + 1][k] = finish(s10, t10, a1, b0, full, len, lanes);
        gw[o + 1][k + 1] = finish(s11, t11, a1, b1, full, len, lanes);
    }

    /** The register(s) into the lane array (high half after the low), then the scalar reference's ending. */
    private static float finish(FloatVector low, FloatVector high, float[] a, float[] b, int full, int len,
                                float[] lanes) {
        low.intoArray(lanes, 0);
        if (high != null) high.intoArray(lanes, FLOATS.length());
        return PairSums.tail(a, b, full, len, lanes);
    }

    static void weightGradient(double[][] dz, double[][] x, int len, double[][] gw) {
        int out = dz.length, in = x.length, full = len - len % PairSums.DOUBLE_LANES;
        double[] lanes = new double[PairSums.DOUBLE_LANES];
        int o = 0;
        for (; o + 1 < out; o += 2) {
            int k = 0;
            for (; k + 1 < in; k += 2) {
                if (DOUBLE_PARTS == 1) tile(dz[o], dz[o + 1], x[k], x[k + 1], full, len, lanes, gw, o, k);
                else tileHalves(dz[o], dz[o + 1], x[k], x[k + 1], full, len, lanes, gw, o, k);
            }
            for (; k < in; k++) {
                gw[o][k] = PairSums.sum(dz[o], x[k], len, lanes);
                gw[o + 1][k] = PairSums.sum(dz[o + 1], x[k], len, lanes);
            }
        }
        for (; o < out; o++) for (int k = 0; k < in; k++) gw[o][k] = PairSums.sum(dz[o], x[k], len, lanes);
    }

    private static void tile(double[] a0, double[] a1, double[] b0, double[] b1, int full, int len, double[] lanes,
                             double[][] gw, int o, int k) {
        DoubleVector s00 = DoubleVector.zero(DOUBLES), s01 = s00, s10 = s00, s11 = s00;
        for (int p = 0; p < full; p += PairSums.DOUBLE_LANES) {
            DoubleVector u0 = DoubleVector.fromArray(DOUBLES, a0, p), u1 = DoubleVector.fromArray(DOUBLES, a1, p);
            DoubleVector v0 = DoubleVector.fromArray(DOUBLES, b0, p), v1 = DoubleVector.fromArray(DOUBLES, b1, p);
            s00 = u0.fma(v0, s00);
            s01 = u0.fma(v1, s01);
            s10 = u1.fma(v0, s10);
            s11 = u1.fma(v1, s11);
        }
        gw[o][k] = finish(s00, null, a0, b0, full, len, lanes);
        gw[o][k + 1] = finish(s01, null, a0, b1, full, len, lanes);
        gw[o + 1][k] = finish(s10, null, a1, b0, full, len, lanes);
        gw[o + 1][k + 1] = finish(s11, null, a1, b1, full, len, lanes);
    }

    private static void tileHalves(double[] a0, double[] a1, double[] b0, double[] b1, int full, int len,
                                   double[] lanes, double[][] gw, int o, int k) {
        int h = DOUBLES.length();
        DoubleVector s00 = DoubleVector.zero(DOUBLES), s01 = s00, s10 = s00, s11 = s00;
        DoubleVector t00 = s00, t01 = s00, t10 = s00, t11 = s00;
        for (int p = 0; p < full; p += PairSums.DOUBLE_LANES) {
            DoubleVector u0 = DoubleVector.fromArray(DOUBLES, a0, p), u1 = DoubleVector.fromArray(DOUBLES, a1, p);
            DoubleVector v0 = DoubleVector.fromArray(DOUBLES, b0, p), v1 = DoubleVector.fromArray(DOUBLES, b1, p);
            s00 = u0.fma(v0, s00);
            s01 = u0.fma(v1, s01);
            s10 = u1.fma(v0, s10);
            s11 = u1.fma(v1, s11);
            u0 = DoubleVector.fromArray(DOUBLES, a0, p + h);
            u1 = DoubleVector.fromArray(DOUBLES, a1, p + h);
            v0 = DoubleVector.fromArray(DOUBLES, b0, p + h);
            v1 = DoubleVector.fromArray(DOUBLES, b1, p + h);
            t00 = u0.fma(v0, t00);
            t01 = u0.fma(v1, t01);
            t10 = u1.fma(v0, t10);
            t11 = u1.fma(v1, t11);
        }
        gw[o][k] = finish(s00, t00, a0, b0, full, len, lanes);
        gw[o][k + 1] = finish(s01, t01, a0, b1, full, len, lanes);
        gw[o + 1][k] = finish(s10, t10, a1, b0, full, len, lanes);
        gw[o + 1][k + 1] = finish(s11, t11, a1, b1, full, len, lanes);
    }

    private static double finish(DoubleVector low, DoubleVector high, double[] a, double[] b, int full, int len,
                                 double[] lanes) {
        low.intoArray(lanes, 0);
        if (high != null) high.intoArray(lanes, DOUBLES.length());
        return PairSums.tail(a, b, full, len, lanes);
    }
}
