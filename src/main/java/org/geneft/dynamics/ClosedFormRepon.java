package org.geneft.dynamics;

/**
 * The exact solution of Eq. 10, an independent check of the integrator.
 *
 * <p>With C conserved, c² = η_x (a2²/(2η_A) − C) and w = a2² obeys the logistic equation
 * dw/dt = −2η_x w (w − K), K = 2η_A C, so 1/w(t) = e^{−λt}/w0 − expm1(−λt)/K with λ = 2η_x K
 * = 4η_A η_x C (and 1/w0 + 2η_x t at K = 0). The ratio ρ = (c²/η_x)/(a2²/(2η_A)) obeys
 * ln ρ(t) = ln ρ(0) − λ t, which gives c without cancellation.
 */
public final class ClosedFormRepon {
    private final ConservedQuantity cq;
    private final double a2, c, k, lambda, logRho0;

    public ClosedFormRepon(ReducedReponSystem system, double a2, double c) {
        if (a2 == 0 || c == 0) throw new IllegalArgumentException("the closed form needs a2(0) != 0 and c(0) != 0");
        this.cq = system.conservedQuantity();
        this.a2 = a2;
        this.c = c;
        double cValue = cq.value(a2, c);
        this.k = 2 * system.etaA() * cValue;
        this.lambda = 4 * system.etaA() * system.etaX() * cValue;
        this.logRho0 = cq.logRatio(Math.log(Math.abs(a2)), Math.log(Math.abs(c)));
    }

    /** ln ρ(t), linear in t. */
    public double logRatio(double t) {
        return logRho0 - lambda * t;
    }

    /** a2(t). */
    public double a2(double t) {
        double w0 = a2 * a2;
        double invW = k == 0 ? 1 / w0 + 2 * cq.etaX() * t
                : Math.exp(-lambda * t) / w0 - Math.expm1(-lambda * t) / k;
        return Math.copySign(Math.sqrt(1 / invW), a2);
    }

    /** c(t), from ρ and a2: c² = ρ a2² η_x/(2η_A). */
    public double c(double t) {
        double a = a2(t);
        double logC2 = logRatio(t) + Math.log(a * a) + Math.log(cq.etaX() / (2 * cq.etaA()));
        return Math.copySign(Math.exp(logC2 / 2), c);
    }
}
