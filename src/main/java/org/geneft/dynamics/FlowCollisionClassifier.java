package org.geneft.dynamics;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * Decides by integration whether the pair of a repon flow (Eq. 7 or Eq. 8) collides, where no
 * conserved quantity is known: the pair's ratio ρ = 2η_A|r|⁴/(η_x|A r|²), r = (x_0 − x_1)/2, is
 * Eq. 10's ρ under the ansatz (|A r| = |a2||c|, |r| = |c|); the outcome is whichever of ρ ≤ ε or
 * ρ ≥ 1/ε the trajectory reaches first, undecided if neither before the horizon.
 */
public final class FlowCollisionClassifier {
    /**
     * DP853 on the linear state: relative 1e-10, absolute 1e-14 of the initial state's size.
     * Deciding at ε = 1e-12 needs the vanishing coordinate resolved down to ~1e-6 of its start, far
     * above that absolute floor.
     */
    private static final double REL_TOL = 1e-10, ABS_TOL = 1e-14;
    private static final double STABILITY = 3;

    private final PairDynamics flow;
    private final double horizon;
    private final double logEps;

    public FlowCollisionClassifier(PairDynamics flow, IntegrationSettings settings) {
        this.flow = flow;
        this.horizon = settings.horizon(flow.etaA(), flow.etaX());
        this.logEps = Math.log(settings.decisionRatio());
    }

    /** The outcome from the initial state s0 (see the flows' {@code state} methods). */
    public Outcome classify(double[] s0) {
        double size = 0;
        for (double v : s0) size = Math.max(size, Math.abs(v));
        if (!(size > 0) || !Double.isFinite(size)) throw new IllegalArgumentException("initial state must be finite and non-zero");
        double l0 = logRatio(s0);
        if (Double.isNaN(l0)) return Outcome.UNDECIDED; // r = 0 and A r = 0 at once: a fixed point
        if (l0 <= logEps) return Outcome.COLLISION;
        if (l0 >= -logEps) return Outcome.NO_COLLISION;
        // DP853's stability interval on the negative real axis reaches about -6; 3/rate keeps the stiff
        // b and centre-of-mass modes damped (in the reduced setting every rate decreases along the flow).
        double maxStep = Math.min(horizon, STABILITY / flow.rateBound(s0));
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(0, maxStep, ABS_TOL * size, REL_TOL);
        Threshold decision = new Threshold();
        integrator.addEventDetector(decision);
        ODEStateAndDerivative end = integrator.integrate(flow, new ODEState(0, s0), horizon);
        double l = logRatio(end.getPrimaryState());
        if (decision.fired && l < 0) return Outcome.COLLISION;
        if (decision.fired && l > 0) return Outcome.NO_COLLISION;
        return Outcome.UNDECIDED;
    }

    /** ln ρ for the pair (0, 1). */
    double logRatio(double[] s) {
        double[] r = flow.halfSeparation(s);
        double[][] a = flow.decoder(s);
        double r2 = 0, ar2 = 0;
        for (double v : r) r2 += v * v;
        for (double[] row : a) {
            double dot = 0;
            for (int j = 0; j < r.length; j++) dot += row[j] * r[j];
            ar2 += dot * dot;
        }
        if (r2 == 0 && ar2 == 0) return Double.NaN;
        return Math.log(2 * flow.etaA() / flow.etaX()) + 2 * Math.log(r2) - Math.log(ar2);
    }

    /** Stops at the first crossing of ln ρ = ±ln(1/ε); g is the distance to the nearer threshold. */
    private final class Threshold extends DecisionDetector {
        boolean fired;

        @Override
        public double g(ODEStateAndDerivative s) {
            double l = logRatio(s.getPrimaryState());
            return Math.min(l - logEps, -logEps - l);
        }

        @Override
        public Action eventOccurred(ODEStateAndDerivative s, ODEEventDetector detector, boolean increasing) {
            fired = true;
            return Action.STOP;
        }

    }
}
