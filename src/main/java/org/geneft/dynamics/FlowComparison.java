package org.geneft.dynamics;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * Integrates the un-reduced flow Eq. 7 (A, b, x1 = r0, x2 = −r0) and the matrix flow Eq. 8 (A, r0)
 * from the same initial condition and measures how they part: the centre-of-mass terms Eq. 8 drops,
 * the conservation of M along Eq. 8, and whether the ansatz Eq. 9 holds.
 */
public final class FlowComparison {
    /** Tight tolerances: the deviations measured are physics, and must stand well above 1e-10. */
    private static final double REL_TOL = 1e-12, ABS_TOL = 1e-15;

    private FlowComparison() { }

    /**
     * Compares at {@code points} log-spaced times up to {@code tEnd}.
     *
     * @param a0 the decoder A(0), k×d
     * @param r0 the half separation r(0) ∈ R^d
     * @param y  the target ∈ R^k
     * @param b0 the bias b(0) ∈ R^k (y for the setting Eq. 8 assumes, 0 for Eq. 15's)
     */
    public static FlowDeviation compare(double[][] a0, double[] r0, double[] y, double[] b0, double etaA, double etaX,
            double tEnd, int points, IntegrationSettings settings) {
        int k = a0.length, d = r0.length;
        if (!(tEnd > 0) || !Double.isFinite(tEnd)) throw new IllegalArgumentException("--time must be > 0, got " + tEnd);
        if (points < 2) throw new IllegalArgumentException("need at least 2 comparison points");
        ReponFlow eq7 = new ReponFlow(k, d, 2, etaA, etaX, y);
        MatrixReponFlow eq8 = new MatrixReponFlow(k, d, etaA, etaX);
        double[] minusR0 = new double[d];
        for (int j = 0; j < d; j++) minusR0[j] = -r0[j];
        double[] s7 = eq7.state(a0, b0, new double[][] {r0, minusR0});
        double[] s8 = eq8.state(a0, r0);
        double a0Norm = frobenius(a0), r0Norm = norm(r0);
        double[][] m0 = ConservedMatrix.of(a0, r0, etaA, etaX);
        double mScale = frobenius(ConservedMatrix.of(a0, new double[d], etaA, etaX))
                + r0Norm * r0Norm / etaX;

        DormandPrince853Integrator i7 = integrator(eq7, s7, tEnd);
        DormandPrince853Integrator i8 = integrator(eq8, s8, tEnd);
        double t = 0, t0 = tEnd * 1e-4; // first point at 1e-4 of the span, then log-spaced
        double dec = 0, sep = 0, com = 0, mDrift = 0, ansatz = 0;
        for (int p = 0; p < points; p++) {
            double next = t0 * Math.pow(tEnd / t0, (double) p / (points - 1));
            ODEStateAndDerivative e7 = i7.integrate(eq7, new ODEState(t, s7), next);
            ODEStateAndDerivative e8 = i8.integrate(eq8, new ODEState(t, s8), next);
            s7 = e7.getPrimaryState();
            s8 = e8.getPrimaryState();
            t = next;
            double[][] a7 = eq7.decoder(s7), a8 = eq8.decoder(s8);
            dec = Math.max(dec, frobeniusDiff(a7, a8) / a0Norm);
            double[] r7 = eq7.halfSeparation(s7), r8 = eq8.halfSeparation(s8);
            sep = Math.max(sep, norm(diff(r7, r8)) / r0Norm);
            com = Math.max(com, norm(eq7.centreOfMass(s7)) / r0Norm);
            mDrift = Math.max(mDrift, frobeniusDiff(ConservedMatrix.of(a8, r8, etaA, etaX), m0) / mScale);
            ansatz = Math.max(ansatz, offLine(r8, r0));
        }
        double yNorm = norm(y);
        double scaleY = yNorm == 0 ? 1 : yNorm;
        double bias = norm(diff(eq7.bias(s7), y)) / scaleY;
        double[] centreOut = diff(eq7.bias(s7), y);
        double[] s = eq7.centreOfMass(s7);
        double[][] aEnd = eq7.decoder(s7);
        for (int i = 0; i < k; i++) for (int j = 0; j < d; j++) centreOut[i] += aEnd[i][j] * s[j];
        double meanOut = norm(centreOut) / scaleY;
        FlowCollisionClassifier c7 = new FlowCollisionClassifier(eq7, settings);
        FlowCollisionClassifier c8 = new FlowCollisionClassifier(eq8, settings);
        return new FlowDeviation(dec, sep, com, bias, meanOut, mDrift, ansatz,
                c7.classify(eq7.state(a0, b0, new double[][] {r0, minusR0})), c8.classify(eq8.state(a0, r0)), t);
    }

    private static DormandPrince853Integrator integrator(PairDynamics flow, double[] s0, double tEnd) {
        double size = 0;
        for (double v : s0) size = Math.max(size, Math.abs(v));
        // Step capped by stability (see FlowCollisionClassifier): Eq. 7's bias mode is stiff.
        return new DormandPrince853Integrator(0, Math.min(tEnd, 3 / flow.rateBound(s0)), ABS_TOL * size, REL_TOL);
    }

    /**
     * |r − (r·r̂0) r̂0| / |r0|: the part of r off the ansatz's line, relative to r's initial size. (The sine
     * of the angle would be scale-free but turns round-off into O(1) once r has collided towards 0.)
     */
    static double offLine(double[] r, double[] r0) {
        double r0r0 = 0, dot = 0;
        for (int j = 0; j < r.length; j++) {
            r0r0 += r0[j] * r0[j];
            dot += r[j] * r0[j];
        }
        double off = 0;
        for (int j = 0; j < r.length; j++) {
            double v = r[j] - dot / r0r0 * r0[j];
            off += v * v;
        }
        return Math.sqrt(off / r0r0);
    }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) s += x * x;
        return Math.sqrt(s);
    }

    static double[] diff(double[] a, double[] b) {
        double[] c = new double[a.length];
        for (int i = 0; i < a.length; i++) c[i] = a[i] - b[i];
        return c;
    }

    static double frobenius(double[][] a) {
        double s = 0;
        for (double[] row : a) for (double x : row) s += x * x;
        return Math.sqrt(s);
    }

    static double frobeniusDiff(double[][] a, double[][] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a[i].length; j++) s += (a[i][j] - b[i][j]) * (a[i][j] - b[i][j]);
        return Math.sqrt(s);
    }
}
