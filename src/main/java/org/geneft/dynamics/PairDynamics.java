package org.geneft.dynamics;

import org.hipparchus.ode.OrdinaryDifferentialEquation;

/** A repon flow with a decoder A and a distinguished pair of repons, as {@link FlowCollisionClassifier} needs it. */
public interface PairDynamics extends OrdinaryDifferentialEquation {
    double etaA();

    double etaX();

    /** The decoder A (k×d) of a state. */
    double[][] decoder(double[] s);

    /** Half the pair's separation, Theorem 2's r. */
    double[] halfSeparation(double[] s);

    /** An upper bound on the flow's fastest decay rate at s, which limits an explicit integrator's step. */
    double rateBound(double[] s);
}
