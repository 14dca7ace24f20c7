package org.geneft.dynamics;

import org.hipparchus.ode.OrdinaryDifferentialEquation;

/**
 * Theorem 2's reduced repon system, Eq. 10: two repons under the ansatz Eq. 9, state (a2, c).
 *
 * <p>{@code etaA} is the decoder's learning rate as it enters Eq. 10; the multi-repon variant
 * ({@link MultiRepon}) reuses this system with an effective decoder rate.
 */
public final class ReducedReponSystem implements OrdinaryDifferentialEquation {
    private final double etaA;
    private final double etaX;

    public ReducedReponSystem(double etaA, double etaX) {
        this.etaA = positive(etaA, "eta-a");
        this.etaX = positive(etaX, "eta-x");
    }

    static double positive(double v, String name) {
        if (!(v > 0) || !Double.isFinite(v))
            throw new IllegalArgumentException("--" + name + " must be a finite number > 0, got " + v);
        return v;
    }

    public double etaA() {
        return etaA;
    }

    public double etaX() {
        return etaX;
    }

    /** The conserved quantity Eq. 11 of this system. */
    public ConservedQuantity conservedQuantity() {
        return new ConservedQuantity(etaA, etaX);
    }

    @Override
    public int getDimension() {
        return 2;
    }

    @Override
    public double[] computeDerivatives(double t, double[] y) {
        double a2 = y[0], c = y[1];
        return new double[] {
            -2 * etaA * c * c * a2, // Eq. 10: da2/dt = -2 eta_A c^2 a2
            -etaX * a2 * a2 * c     // Eq. 10: dc/dt  = -eta_x a2^2 c
        };
    }

    /**
     * Eq. 10 in the log coordinates u = ln|a2|, v = ln|c| (a2 and c keep their signs: each one's
     * derivative is proportional to itself). Decay to 0 becomes linear motion of u or v, so the
     * integrator can take long steps and resolve collision without an absolute-tolerance floor.
     */
    OrdinaryDifferentialEquation inLogCoordinates() {
        return new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double u = y[0], v = y[1];
                return new double[] {-2 * etaA * Math.exp(2 * v), -etaX * Math.exp(2 * u)};
            }
        };
    }
}
