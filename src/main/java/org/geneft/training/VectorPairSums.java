package org.geneft.training;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link PairSums} on the JDK's Vector API: the interleaved lanes of a sum are one register wide (AVX-512) or two
 * (AVX2, low and high half), so each lane does exactly the fused multiply-adds of the scalar reference, and the
 * lanes leave through an array to be added in the same order. Sums run in tiles of gradient rows by inputs (two by
 * four in float on AVX-512, so eight sums share each six loads; two by two otherwise), and a tile writes its
 * registers to the array itself: a vector handed to a method the JIT does not inline is boxed on the heap, which
 * once cost more than the sums. Loaded only when {@link VectorSupport} finds the module.
 * The float and the double halves are one algorithm written twice: Java's generics reach neither primitive arrays
 * nor the Vector API's typed vectors without boxing, and {@code PairSumsTest} holds both to the scalar reference.
 */
final class VectorPairSums {
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    /** Registers per sum: 1 when a register holds all the lanes, 2 when it holds half. */
    private static final int FLOAT_PARTS = PairSums.FLOAT_LANES / FLOATS.length();
    private static final int DOUBLE_PARTS = PairSums.DOUBLE_LANES / DOUBLES.length();
    private static final int FL = PairSums.FLOAT_LANES, DL = PairSums.DOUBLE_LANES;

    private VectorPairSums() {}

    static boolean supported() {
        return FLOATS.length() * FLOAT_PARTS == PairSums.FLOAT_LANES && (FLOAT_PARTS == 1 || FLOAT_PARTS == 2)
                && DOUBLES.length() * DOUBLE_PARTS == PairSums.DOUBLE_LANES && (DOUBLE_PARTS == 1 || DOUBLE_PARTS == 2);
    }

    static int floatParts() { return FLOAT_PARTS; }

    static int doubleParts() { return DOUBLE_PARTS; }

    static void weightGradient(float[][] dz, float[][] x, int len, float[][] gw) {
        int out = dz.length, in = x.length, full = len - len % FL;
        float[] lanes = new float[8 * FL];
        int o = 0;
        for (; o + 1 < out; o += 2) {
            int k = 0;
            if (FLOAT_PARTS == 1) {
                for (; k + 3 < in; k += 4) tile(dz[o], dz[o + 1], x, k, full, len, lanes, gw, o);
                for (; k < in; k++) {
                    single(dz[o], x[k], full, len, lanes, gw, o, k);
                    single(dz[o + 1], x[k], full, len, lanes, gw, o + 1, k);
                }
            } else {
                for (; k + 1 < in; k += 2) tileHalves(dz[o], dz[o + 1], x[k], x[k + 1], full, len, lanes, gw, o, k);
                for (; k < in; k++) {
                    gw[o][k] = PairSums.sum(dz[o], x[k], len, lanes);
                    gw[o + 1][k] = PairSums.sum(dz[o + 1], x[k], len, lanes);
                }
            }
        }
        for (; o < out; o++) {
            for (int k = 0; k < in; k++) {
                if (FLOAT_PARTS == 1) single(dz[o], x[k], full, len, lanes, gw, o, k);
                else gw[o][k] = PairSums.sum(dz[o], x[k], len, lanes);
            }
        }
    }

    /** Rows o and o+1 against inputs k..k+3, one register per sum. */
    private static void tile(float[] a0, float[] a1, float[][] x, int k, int full, int len, float[] lanes,
                             float[][] gw, int o) {
        float[] b0 = x[k], b1 = x[k + 1], b2 = x[k + 2], b3 = x[k + 3];
        FloatVector s00 = FloatVector.zero(FLOATS), s01 = s00, s02 = s00, s03 = s00;
        FloatVector s10 = s00, s11 = s00, s12 = s00, s13 = s00;
        for (int p = 0; p < full; p += FL) {
            FloatVector u0 = FloatVector.fromArray(FLOATS, a0, p), u1 = FloatVector.fromArray(FLOATS, a1, p);
            FloatVector v0 = FloatVector.fromArray(FLOATS, b0, p), v1 = FloatVector.fromArray(FLOATS, b1, p);
            FloatVector v2 = FloatVector.fromArray(FLOATS, b2, p), v3 = FloatVector.fromArray(FLOATS, b3, p);
            s00 = u0.fma(v0, s00);
            s01 = u0.fma(v1, s01);
            s02 = u0.fma(v2, s02);
            s03 = u0.fma(v3, s03);
            s10 = u1.fma(v0, s10);
            s11 = u1.fma(v1, s11);
            s12 = u1.fma(v2, s12);
            s13 = u1.fma(v3, s13);
        }
        s00.intoArray(lanes, 0);
        s01.intoArray(lanes, FL);
        s02.intoArray(lanes, 2 * FL);
        s03.intoArray(lanes, 3 * FL);
        s10.intoArray(lanes, 4 * FL);
        s11.intoArray(lanes, 5 * FL);
        s12.intoArray(lanes, 6 * FL);
        s13.intoArray(lanes, 7 * FL);
        // The pairs past the last lane block, eight chains side by side (each in the reference's order).
        float f00 = PairSums.fold(lanes, 0), f01 = PairSums.fold(lanes, FL), f02 = PairSums.fold(lanes, 2 * FL),
                f03 = PairSums.fold(lanes, 3 * FL), f10 = PairSums.fold(lanes, 4 * FL), f11 = PairSums.fold(lanes, 5 * FL),
                f12 = PairSums.fold(lanes, 6 * FL), f13 = PairSums.fold(lanes, 7 * FL);
        for (int p = full; p < len; p++) {
            float u0 = a0[p], u1 = a1[p], v0 = b0[p], v1 = b1[p], v2 = b2[p], v3 = b3[p];
            f00 = Math.fma(u0, v0, f00);
            f01 = Math.fma(u0, v1, f01);
            f02 = Math.fma(u0, v2, f02);
            f03 = Math.fma(u0, v3, f03);
            f10 = Math.fma(u1, v0, f10);
            f11 = Math.fma(u1, v1, f11);
            f12 = Math.fma(u1, v2, f12);
            f13 = Math.fma(u1, v3, f13);
        }
        float[] g0 = gw[o], g1 = gw[o + 1];
        g0[k] = f00;
        g0[k + 1] = f01;
        g0[k + 2] = f02;
        g0[k + 3] = f03;
        g1[k] = f10;
        g1[k + 1] = f11;
        g1[k + 2] = f12;
        g1[k + 3] = f13;
    }

    /** One sum, one register. */
    private static void single(float[] a, float[] b, int full, int len, float[] lanes, float[][] gw, int o, int k) {
        FloatVector s = FloatVector.zero(FLOATS);
        for (int p = 0; p < full; p += FL) s = FloatVector.fromArray(FLOATS, a, p).fma(FloatVector.fromArray(FLOATS, b, p), s);
        s.intoArray(lanes, 0);
        gw[o][k] = PairSums.tail(a, b, full, len, lanes, 0);
    }

    /** Rows o and o+1 against inputs k and k+1, two registers (low and high lanes) per sum. */
    private static void tileHalves(float[] a0, float[] a1, float[] b0, float[] b1, int full, int len, float[] lanes,
                                   float[][] gw, int o, int k) {
        int h = FLOATS.length();
        FloatVector s00 = FloatVector.zero(FLOATS), s01 = s00, s10 = s00, s11 = s00;
        FloatVector t00 = s00, t01 = s00, t10 = s00, t11 = s00;
        for (int p = 0; p < full; p += FL) {
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
        s00.intoArray(lanes, 0);
        t00.intoArray(lanes, h);
        s01.intoArray(lanes, FL);
        t01.intoArray(lanes, FL + h);
        s10.intoArray(lanes, 2 * FL);
        t10.intoArray(lanes, 2 * FL + h);
        s11.intoArray(lanes, 3 * FL);
        t11.intoArray(lanes, 3 * FL + h);
        gw[o][k] = PairSums.tail(a0, b0, full, len, lanes, 0);
        gw[o][k + 1] = PairSums.tail(a0, b1, full, len, lanes, FL);
        gw[o + 1][k] = PairSums.tail(a1, b0, full, len, lanes, 2 * FL);
        gw[o + 1][k + 1] = PairSums.tail(a1, b1, full, len, lanes, 3 * FL);
    }

    static void weightGradient(double[][] dz, double[][] x, int len, double[][] gw) {
        int out = dz.length, in = x.length, full = len - len % DL;
        double[] lanes = new double[4 * DL];
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
        for (int p = 0; p < full; p += DL) {
            DoubleVector u0 = DoubleVector.fromArray(DOUBLES, a0, p), u1 = DoubleVector.fromArray(DOUBLES, a1, p);
            DoubleVector v0 = DoubleVector.fromArray(DOUBLES, b0, p), v1 = DoubleVector.fromArray(DOUBLES, b1, p);
            s00 = u0.fma(v0, s00);
            s01 = u0.fma(v1, s01);
            s10 = u1.fma(v0, s10);
            s11 = u1.fma(v1, s11);
        }
        s00.intoArray(lanes, 0);
        s01.intoArray(lanes, DL);
        s10.intoArray(lanes, 2 * DL);
        s11.intoArray(lanes, 3 * DL);
        finish(a0, a1, b0, b1, full, len, lanes, gw, o, k);
    }

    private static void tileHalves(double[] a0, double[] a1, double[] b0, double[] b1, int full, int len,
                                   double[] lanes, double[][] gw, int o, int k) {
        int h = DOUBLES.length();
        DoubleVector s00 = DoubleVector.zero(DOUBLES), s01 = s00, s10 = s00, s11 = s00;
        DoubleVector t00 = s00, t01 = s00, t10 = s00, t11 = s00;
        for (int p = 0; p < full; p += DL) {
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
        s00.intoArray(lanes, 0);
        t00.intoArray(lanes, h);
        s01.intoArray(lanes, DL);
        t01.intoArray(lanes, DL + h);
        s10.intoArray(lanes, 2 * DL);
        t10.intoArray(lanes, 2 * DL + h);
        s11.intoArray(lanes, 3 * DL);
        t11.intoArray(lanes, 3 * DL + h);
        finish(a0, a1, b0, b1, full, len, lanes, gw, o, k);
    }

    /** A 2x2 tile's four sums from their lanes in the array (no vector crosses a call). */
    private static void finish(double[] a0, double[] a1, double[] b0, double[] b1, int full, int len, double[] lanes,
                               double[][] gw, int o, int k) {
        gw[o][k] = PairSums.tail(a0, b0, full, len, lanes, 0);
        gw[o][k + 1] = PairSums.tail(a0, b1, full, len, lanes, DL);
        gw[o + 1][k] = PairSums.tail(a1, b0, full, len, lanes, 2 * DL);
        gw[o + 1][k + 1] = PairSums.tail(a1, b1, full, len, lanes, 3 * DL);
    }
}
