package org.geneft.grokking;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

import java.util.ArrayList;
import java.util.List;

/**
 * One trajectory of the grokking effective theory (Fig. 4(c)): the exact flow dE/dt = -grad(l0/Z0), integrated by
 * Hipparchus, against Eq. 9's closed form E_lin(t) = sum_k (v_k . E0) e^{-lambda_k t} v_k. The exact flow is
 * -H E + (2 l0/Z0^2) E (linear-dynamics.proof); the second term is a scalar times E, which commutes with H, so the
 * exact solution is the closed form rescaled to the conserved Z0: E(t) = c(t) E_lin(t), c = sqrt(Z0 / |E_lin(t)|^2).
 * Everything here measures how well that holds, and how fast the distance to the linear structure decays.
 */
public final class EffectiveTrajectory {
    /** Integrator tolerances: far below every deviation the claims judge (1e-6 relative). */
    static final double ABS_TOL = 1e-13, REL_TOL = 1e-11;

    /**
     * @param t          time
     * @param flow       the integrated exact flow
     * @param linear     Eq. 9's closed form
     * @param distance   the exact flow's distance to the linear structures, |P_perp E| / sqrt(Z0)
     */
    public record Point(double t, double[] flow, double[] linear, double distance) { }

    /**
     * @param points          the samples, log-spaced in time
     * @param lambda3         H's third eigenvalue at Z0(E0)
     * @param rescaledDeviation max over t of |E(t) - c(t) E_lin(t)| / |E(t)|: 0 if the rescaled closed form is exact
     * @param scaleDrift      max over t of |Z0(t)/Z0(0) - 1|
     * @param centreGrowth    sum_k E_k(T) / sum_k E_k(0) (NaN for a centred start)
     * @param rescaleFactor   c(T), what the closed form predicts for that growth
     * @param measuredRate    -d log(distance)/dt over the run's second half (the slowest component's rate)
     * @param closedFormRate  the same slope of Eq. 9's closed form over the same window
     */
    public record Result(List<Point> points, double lambda3, double rescaledDeviation, double scaleDrift,
            double centreGrowth, double rescaleFactor, double measuredRate, double closedFormRate) { }

    private EffectiveTrajectory() { }

    /**
     * Integrates from E0 to the time horizon (in units of 1/lambda_3), sampling {@code times} log-spaced points.
     *
     * @param theory the parallelogram set, with at least lambda_3 &gt; 0 (a unique linear structure)
     */
    public static Result integrate(EffectiveTheory theory, double[] e0, double horizonInRateUnits, int times) {
        int p = theory.p();
        if (e0.length != p) throw new IllegalArgumentException("E0 has " + e0.length + " entries, want " + p);
        if (times < 3) throw new IllegalArgumentException("need at least 3 sample times, got " + times);
        double z0 = EffectiveTheory.z0(e0);
        double[] lambda = theory.eigenvalues(z0);
        double[][] v = theory.eigenvectors(z0);
        double lambda3 = lambda[2];
        if (!(lambda3 > 1e-9 * lambda[p - 1]))
            throw new IllegalArgumentException("the parallelograms leave more than translation and scale free: lambda_3 = 0");
        double[] coeff = new double[p];
        for (int k = 0; k < p; k++) coeff[k] = dot(v[k], e0);
        double horizon = horizonInRateUnits / lambda3, first = horizon * 1e-4;

        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override public int getDimension() { return p; }
            @Override public double[] computeDerivatives(double t, double[] y) {
                double[] d = new double[p];
                theory.flow(y, d);
                return d;
            }
        };
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(0, horizon, ABS_TOL, REL_TOL);
        List<Point> points = new ArrayList<>();
        points.add(new Point(0, e0.clone(), e0.clone(), distance(e0, v, z0)));
        double[] y = e0.clone();
        double t = 0, deviation = 0, drift = 0;
        for (int s = 0; s < times; s++) {
            double next = first * Math.pow(horizon / first, (double) s / (times - 1));
            y = integrator.integrate(ode, new ODEState(t, y), next).getPrimaryState();
            t = next;
            double[] lin = closedForm(lambda, v, coeff, t);
            double c = Math.sqrt(z0 / EffectiveTheory.z0(lin));
            double[] diff = new double[p];
            for (int k = 0; k < p; k++) diff[k] = y[k] - c * lin[k];
            deviation = Math.max(deviation, Math.sqrt(EffectiveTheory.z0(diff) / EffectiveTheory.z0(y)));
            drift = Math.max(drift, Math.abs(EffectiveTheory.z0(y) / z0 - 1));
            points.add(new Point(t, y.clone(), lin, distance(y, v, z0)));
        }
        double centre0 = sum(e0), centreGrowth = Math.abs(centre0) < 1e-12 * Math.sqrt(z0) ? Double.NaN : sum(y) / centre0;
        double[] linEnd = points.get(points.size() - 1).linear();
        double rescale = Math.sqrt(z0 / EffectiveTheory.z0(linEnd));
        // The decay rate over the second half of the run, where the slowest component dominates, flow and closed form alike.
        Point b = points.get(points.size() - 1);
        Point a = points.stream().filter(q -> q.t() >= horizon / 2).findFirst().orElseThrow();
        double measured = -Math.log(b.distance() / a.distance()) / (b.t() - a.t());
        double closed = -Math.log(distance(b.linear(), v, z0) / distance(a.linear(), v, z0)) / (b.t() - a.t());
        return new Result(points, lambda3, deviation, drift, centreGrowth, rescale, measured, closed);
    }

    /** Eq. 9's solution sum_k c_k e^{-lambda_k t} v_k. */
    static double[] closedForm(double[] lambda, double[][] v, double[] coeff, double t) {
        int p = lambda.length;
        double[] e = new double[p];
        for (int k = 0; k < p; k++) {
            double w = coeff[k] * Math.exp(-Math.max(lambda[k], 0) * t);
            for (int i = 0; i < p; i++) e[i] += w * v[k][i];
        }
        return e;
    }

    /** |P_perp E| / sqrt(Z0): the part of E outside H's null space (the linear structures), eigenvectors 3..p. */
    private static double distance(double[] e, double[][] v, double z0) {
        double s = 0;
        for (int k = 2; k < v.length; k++) {
            double c = dot(v[k], e);
            s += c * c;
        }
        return Math.sqrt(s / z0);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double x : a) s += x;
        return s;
    }
}
