package org.geneft.dynamics;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;

/**
 * The common settings of the events that decide a collision: the switching function is monotone
 * along a trajectory (ln ρ), so one sign check per step cannot miss a crossing, and the root is
 * located by a Brent solver to 1e-12 absolute.
 */
abstract class DecisionDetector implements ODEEventDetector, ODEEventHandler {

    @Override
    public AdaptableInterval getMaxCheckInterval() {
        return AdaptableInterval.of(Double.POSITIVE_INFINITY);
    }

    @Override
    public int getMaxIterationCount() {
        return 100;
    }

    @Override
    public BracketedUnivariateSolver<UnivariateFunction> getSolver() {
        return new BracketingNthOrderBrentSolver(1e-12, 1e-10, 0, 5);
    }

    @Override
    public ODEEventHandler getHandler() {
        return this;
    }
}
