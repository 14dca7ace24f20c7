package org.geneft.dynamics;

/**
 * One integrated trajectory of Eq. 10 and its outcome.
 *
 * @param outcome    collision, no-collision or undecided
 * @param c0         C at t = 0 (Eq. 11)
 * @param cDriftAbs  max over step ends of |C(t) − C(0)|
 * @param cDriftRel  cDriftAbs over the scale a2(0)²/(2η_A) + c(0)²/η_x of C's two terms
 * @param a2Final    a2 at the end
 * @param cFinal     c at the end
 * @param a2Limit    Theorem 2's limit of a2: ±√(2η_A C) if C &gt; 0, else 0
 * @param cLimit     Theorem 2's limit of c: ±√(−η_x C) if C &lt; 0, else 0
 * @param steps      accepted integrator steps
 * @param tFinal     the time integration ended (the horizon, or the decision when stopping there)
 * @param tDecision  the time ρ crossed the decision ratio (NaN if it never did)
 */
public record CollisionResult(Outcome outcome, double c0, double cDriftAbs, double cDriftRel, double a2Final,
                              double cFinal, double a2Limit, double cLimit, int steps, double tFinal,
                              double tDecision) {
}
