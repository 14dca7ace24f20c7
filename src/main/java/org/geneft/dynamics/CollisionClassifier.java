package org.geneft.dynamics;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * Decides by integration whether two repons collide (Theorem 2): integrates Eq. 10 with
 * Dormand–Prince 8(5,3) in log coordinates, watches the ratio ρ of C's two terms with an event
 * detector, and declares an outcome only once its limit is reached and |C| exceeds the integration error.
 */
public final class CollisionClassifier {
    /**
     * Safety factor on the measured drift of C when deciding whether |C(0)| is resolved: the drift at
     * step ends is an a-posteriori estimate of the global error, not a bound; a factor 10 covers the
     * error between step ends and the error in C(0)'s own evaluation (a few ulp of the scale).
     */
    private static final double ERROR_SAFETY = 10;
    /** Rounding floor of C(0) = difference of two terms of size `scale`: about 4 ulp, padded. */
    private static final double ROUNDING_FLOOR = 1e-14;

    private final ReducedReponSystem system;
    private final IntegrationSettings settings;

    public CollisionClassifier(ReducedReponSystem system, IntegrationSettings settings) {
        this.system = system;
        this.settings = settings;
    }

    /** Integrates from (a2(0), c(0)) and classifies the trajectory. */
    public CollisionResult classify(double a2, double c) {
        if (!Double.isFinite(a2) || !Double.isFinite(c))
            throw new IllegalArgumentException("initial a2 and c must be finite numbers, got a2 = " + a2 + ", c = " + c);
        ConservedQuantity cq = system.conservedQuantity();
        double c0 = cq.value(a2, c), scale = cq.scale(a2, c);
        double a2Limit = cq.a2Limit(a2, c), cLimit = cq.cLimit(a2, c);
        if (a2 == 0 || c == 0) {
            // Fixed sets of Eq. 10: c = 0 has already collided, a2 = 0 never will; (0, 0) is both.
            Outcome o = a2 == 0 && c == 0 ? Outcome.UNDECIDED : c == 0 ? Outcome.COLLISION : Outcome.NO_COLLISION;
            return new CollisionResult(o, c0, 0, 0, a2, c, a2Limit, cLimit, 0, 0, o == Outcome.UNDECIDED ? Double.NaN : 0);
        }
        double horizon = settings.horizon(system.etaA(), system.etaX());
        double logLow = Math.log(settings.decisionRatio());
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(0, horizon, settings.absTol(), settings.relTol());
        Decision collision = new Decision(cq, logLow, true, settings.stopAtOutcome());
        Decision noCollision = new Decision(cq, -logLow, false, settings.stopAtOutcome());
        integrator.addEventDetector(collision);
        integrator.addEventDetector(noCollision);
        Drift drift = new Drift(cq, c0);
        integrator.addStepHandler(drift);
        double u0 = Math.log(Math.abs(a2)), v0 = Math.log(Math.abs(c));
        ODEStateAndDerivative end = integrator.integrate(system.inLogCoordinates(), new ODEState(0, new double[] {u0, v0}), horizon);
        double u = end.getPrimaryState()[0], v = end.getPrimaryState()[1];
        double logRho = cq.logRatio(u, v);
        double tDecision = collision.time >= 0 ? collision.time : noCollision.time >= 0 ? noCollision.time
                : logRatioDecided(cq.logRatio(u0, v0), logLow) ? 0 : Double.NaN;

        double error = ERROR_SAFETY * drift.max + ROUNDING_FLOOR * scale;
        Outcome outcome = Outcome.UNDECIDED;
        if ((collision.fired || logRho <= logLow) && c0 > error) outcome = Outcome.COLLISION;
        else if ((noCollision.fired || logRho >= -logLow) && c0 < -error) outcome = Outcome.NO_COLLISION;
        return new CollisionResult(outcome, c0, drift.max, drift.max / scale,
                Math.copySign(Math.exp(u), a2), Math.copySign(Math.exp(v), c), a2Limit, cLimit,
                drift.steps, end.getTime(), outcome == Outcome.UNDECIDED ? Double.NaN : tDecision);
    }

    private static boolean logRatioDecided(double logRho, double logLow) {
        return logRho <= logLow || logRho >= -logLow;
    }

    /** Fires when ln ρ crosses a decision threshold; ln ρ is linear in t, so the root is found at once. */
    private static final class Decision extends DecisionDetector {
        private final ConservedQuantity cq;
        private final double threshold;
        private final boolean below;
        private final boolean stop;
        boolean fired;
        double time = -1;

        Decision(ConservedQuantity cq, double threshold, boolean below, boolean stop) {
            this.cq = cq;
            this.threshold = threshold;
            this.below = below;
            this.stop = stop;
        }

        @Override
        public double g(ODEStateAndDerivative s) {
            double logRho = cq.logRatio(s.getPrimaryState()[0], s.getPrimaryState()[1]);
            return below ? logRho - threshold : threshold - logRho;
        }

        @Override
        public Action eventOccurred(ODEStateAndDerivative s, ODEEventDetector detector, boolean increasing) {
            if (increasing) return Action.CONTINUE; // leaving the decided region cannot happen (ρ is monotone)
            if (!fired) time = s.getTime();
            fired = true;
            return stop ? Action.STOP : Action.CONTINUE;
        }

    }

    /** Records the largest departure of C from C(0) seen at step ends, and counts the steps. */
    private static final class Drift implements ODEStepHandler {
        private final ConservedQuantity cq;
        private final double c0;
        double max;
        int steps;

        Drift(ConservedQuantity cq, double c0) {
            this.cq = cq;
            this.c0 = c0;
        }

        @Override
        public void handleStep(ODEStateInterpolator interpolator) {
            steps++;
            double[] y = interpolator.getCurrentState().getPrimaryState();
            max = Math.max(max, Math.abs(cq.valueLog(y[0], y[1]) - c0));
        }
    }
}
