package org.geneft.dynamics;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The two limits of Eq. 8 that Sec. IV states after it: (i) with A constant (or η_A = 0) "two repons will eventually
 * collide, r → 0"; (ii) with r constant (or η_x = 0) "A will converge to 0 while r &gt; 0". Each limit is a linear flow,
 * integrated here (DormandPrince853) from random A0 ~ N(0, 1), r0 ~ N(0, 1) of several shapes and set beside its
 * closed form, which says what the paper leaves out:
 * <ul>
 *   <li>(i) dr/dt = −η_x AᵀA r gives r(t) = exp(−η_x AᵀA t) r0 → the part of r0 in ker A: zero only when A has full
 *   column rank (k ≥ d outputs), not for a decoder with fewer outputs than embedding dimensions;</li>
 *   <li>(ii) dA/dt = −2η_A A r rᵀ gives A(t) = A0 (I − r̂r̂ᵀ) + e^{−2η_A|r|²t} A0 r̂r̂ᵀ → A0 (I − r̂r̂ᵀ): only A's
 *   component along r vanishes (A r → 0); A itself → 0 only when d = 1.</li>
 * </ul>
 */
public final class SectionFourLimits {
    /** Shapes k×d of the decoder: square, tall (k &gt; d) and wide (k &lt; d, e.g. a scalar output on d = 2). */
    static final int[][] SHAPES = {{1, 1}, {2, 2}, {3, 2}, {1, 2}, {2, 3}, {1, 3}};
    /**
     * Horizon in units of the slowest decay time: e^{−40} ≈ 4e-18 of the decaying part is left, far below the
     * integration tolerance, so the state at the horizon is the limit to within that tolerance.
     */
    private static final double DECAY_TIMES = 40;
    /** Relative tolerance of the integrator; the limits are compared with their closed forms at 1e3 times it. */
    private static final double REL_TOL = 1e-12;
    /** A norm below this fraction of its start has gone to 0 (the integrator leaves ~1e-12, the kernel part ≳ 1e-3). */
    private static final double ZERO = 1e-8;
    /**
     * Draws whose AᵀA spreads its nonzero eigenvalues over more than 10^4 are redrawn: the explicit integrator would
     * need 10^4 × 40 steps of the fastest mode to see the slowest decay. The limits do not depend on the spread.
     */
    private static final double MAX_SPREAD = 1e4;

    /**
     * One draw of limit (i), A constant.
     *
     * @param k, d          the decoder's shape
     * @param fullRank      rank A = d
     * @param rFinal        |r| at the horizon over |r0|, by integration
     * @param kernelPart    |P_ker(A) r0| / |r0|, the closed form's limit
     * @param deviation     |r(T) − closed form at T| / |r0|
     */
    public record ConstantDecoder(int k, int d, boolean fullRank, double rFinal, double kernelPart, double deviation) {
        public boolean collided() {
            return rFinal < ZERO;
        }
    }

    /**
     * One draw of limit (ii), r constant.
     *
     * @param k, d          the decoder's shape
     * @param aFinal        |A|_F at the horizon over |A0|_F, by integration
     * @param arFinal       |A r| at the horizon over |A0|_F |r|
     * @param closedForm    |A0 (I − r̂r̂ᵀ)|_F / |A0|_F, the closed form's limit
     * @param deviation     |A(T) − closed form at T|_F / |A0|_F
     */
    public record ConstantSeparation(int k, int d, double aFinal, double arFinal, double closedForm, double deviation) {
        public boolean decoderVanished() {
            return aFinal < ZERO;
        }

        public boolean responseVanished() {
            return arFinal < ZERO;
        }
    }

    /** Both limits over the same draws. */
    public record Result(List<ConstantDecoder> constantDecoder, List<ConstantSeparation> constantSeparation) {
        public Result {
            constantDecoder = List.copyOf(constantDecoder);
            constantSeparation = List.copyOf(constantSeparation);
        }
    }

    private SectionFourLimits() { }

    /** {@code draws} draws of each shape, seeded; the learning rates only set the time scale. */
    public static Result run(int draws, long seed, double etaA, double etaX) {
        if (draws < 1) throw new IllegalArgumentException("need at least one draw, got " + draws);
        ReducedReponSystem.positive(etaA, "eta-a");
        ReducedReponSystem.positive(etaX, "eta-x");
        SplittableRandom rng = new SplittableRandom(seed);
        List<ConstantDecoder> first = new ArrayList<>();
        List<ConstantSeparation> second = new ArrayList<>();
        for (int[] shape : SHAPES) {
            int k = shape[0], d = shape[1];
            for (int i = 0; i < draws; i++) {
                RealMatrix a = wellSpread(rng, k, d);
                double[] r = gaussian(rng, d);
                first.add(constantDecoder(a, r, etaX));
                second.add(constantSeparation(a, r, etaA));
            }
        }
        return new Result(first, second);
    }

    /** Limit (i): integrates dr/dt = −η_x AᵀA r to 40 decay times of the slowest nonzero mode. */
    static ConstantDecoder constantDecoder(RealMatrix a, double[] r0, double etaX) {
        int k = a.getRowDimension(), d = a.getColumnDimension();
        RealMatrix gram = a.transpose().multiply(a);
        double slowest = slowestNonzero(a);
        double horizon = DECAY_TIMES / (etaX * slowest);
        OrdinaryDifferentialEquation flow = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return d;
            }

            @Override
            public double[] computeDerivatives(double t, double[] r) {
                double[] dr = gram.operate(r);
                for (int j = 0; j < d; j++) dr[j] *= -etaX; // Eq. 8 with A constant: dr/dt = -eta_x A^T A r
                return dr;
            }
        };
        double norm0 = norm(r0);
        double[] rT = integrate(flow, r0, horizon, norm0);
        // Closed form at T: the kernel part stays, each row-space mode decays as exp(-eta_x sigma_i^2 T).
        SingularValueDecomposition svd = new SingularValueDecomposition(a);
        double[] sv = svd.getSingularValues();
        RealMatrix v = svd.getV();
        double[] closed = r0.clone(), kernel = r0.clone();
        int rank = 0;
        for (int i = 0; i < sv.length; i++) {
            if (sv[i] <= 1e-10 * sv[0]) continue;
            rank++;
            double[] vi = v.getColumn(i);
            double c = dot(vi, r0), decay = Math.exp(-etaX * sv[i] * sv[i] * horizon);
            for (int j = 0; j < d; j++) {
                closed[j] -= (1 - decay) * c * vi[j];
                kernel[j] -= c * vi[j];
            }
        }
        return new ConstantDecoder(k, d, rank == d, norm(rT) / norm0, norm(kernel) / norm0,
                distance(rT, closed) / norm0);
    }

    /** Limit (ii): integrates dA/dt = −2η_A A r rᵀ to 40 decay times 1/(2η_A |r|²). */
    static ConstantSeparation constantSeparation(RealMatrix a0, double[] r, double etaA) {
        int k = a0.getRowDimension(), d = a0.getColumnDimension();
        double r2 = dot(r, r), horizon = DECAY_TIMES / (2 * etaA * r2);
        OrdinaryDifferentialEquation flow = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return k * d;
            }

            @Override
            public double[] computeDerivatives(double t, double[] s) {
                double[] ds = new double[k * d];
                for (int i = 0; i < k; i++) {
                    double ar = 0;
                    for (int j = 0; j < d; j++) ar += s[i * d + j] * r[j];
                    for (int j = 0; j < d; j++) ds[i * d + j] = -2 * etaA * ar * r[j]; // Eq. 8 with r constant
                }
                return ds;
            }
        };
        double[] s0 = new double[k * d];
        for (int i = 0; i < k; i++) for (int j = 0; j < d; j++) s0[i * d + j] = a0.getEntry(i, j);
        double norm0 = norm(s0);
        double[] sT = integrate(flow, s0, horizon, norm0);
        // Closed form: A(T) = A0 (I - r^ r^T) + exp(-2 eta_A |r|^2 T) A0 r^ r^T.
        double decay = Math.exp(-2 * etaA * r2 * horizon);
        double[] closed = new double[k * d], limit = new double[k * d], response = new double[k];
        for (int i = 0; i < k; i++) {
            double along = 0;
            for (int j = 0; j < d; j++) along += a0.getEntry(i, j) * r[j] / r2;
            for (int j = 0; j < d; j++) {
                limit[i * d + j] = a0.getEntry(i, j) - along * r[j];
                closed[i * d + j] = limit[i * d + j] + decay * along * r[j];
            }
            for (int j = 0; j < d; j++) response[i] += sT[i * d + j] * r[j];
        }
        return new ConstantSeparation(k, d, norm(sT) / norm0, norm(response) / (norm0 * Math.sqrt(r2)),
                norm(limit) / norm0, distance(sT, closed) / norm0);
    }

    private static double[] integrate(OrdinaryDifferentialEquation flow, double[] y0, double horizon, double scale) {
        // Absolute tolerance relative to the start: the decaying modes are followed down to 1e-14 of it.
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(0, horizon, 1e-14 * scale, REL_TOL);
        return integrator.integrate(flow, new ODEState(0, y0.clone()), horizon).getPrimaryState();
    }

    /** A k×d draw of N(0, 1) entries whose AᵀA has its nonzero eigenvalues within {@link #MAX_SPREAD}. */
    private static RealMatrix wellSpread(SplittableRandom rng, int k, int d) {
        while (true) {
            RealMatrix a = MatrixUtils.createRealMatrix(k, d);
            for (int i = 0; i < k; i++) for (int j = 0; j < d; j++) a.setEntry(i, j, rng.nextGaussian());
            double[] sv = new SingularValueDecomposition(a).getSingularValues();
            if (sv[0] * sv[0] <= MAX_SPREAD * slowestNonzero(a)) return a;
        }
    }

    /** The smallest nonzero eigenvalue of AᵀA (the square of the smallest nonzero singular value). */
    private static double slowestNonzero(RealMatrix a) {
        double[] sv = new SingularValueDecomposition(a).getSingularValues();
        double s = sv[0];
        for (double v : sv) if (v > 1e-10 * sv[0]) s = v;
        return s * s;
    }

    private static double[] gaussian(SplittableRandom rng, int d) {
        double[] r = new double[d];
        for (int j = 0; j < d; j++) r[j] = rng.nextGaussian();
        return r;
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) s += x[i] * y[i];
        return s;
    }

    private static double norm(double[] x) {
        return Math.sqrt(dot(x, x));
    }

    private static double distance(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) s += (x[i] - y[i]) * (x[i] - y[i]);
        return Math.sqrt(s);
    }
}
