package org.geneft.dynamics;

/**
 * A Monte Carlo collision fraction against its theoretical value (Eq. 12 or Eq. 13).
 *
 * @param samples    initial conditions drawn
 * @param collisions trajectories classified as collision
 * @param undecided  trajectories left undecided (counted as not collided: the true fraction lies in
 *                   [pMc, pMc + undecided/samples])
 * @param pMc        collisions / samples
 * @param stderr     the Monte Carlo standard error √(pMc(1 − pMc)/samples)
 * @param pTheory    the theory's value
 * @param z          (pMc − pTheory) / √(pTheory(1 − pTheory)/samples): the standard error under the theory,
 *                   defined even when no sample (or every sample) collided
 */
public record CollisionEstimate(long samples, long collisions, long undecided, double pMc, double stderr,
                                double pTheory, double z) {

    static CollisionEstimate of(long samples, long collisions, long undecided, double pTheory) {
        double p = (double) collisions / samples;
        double se = Math.sqrt(p * (1 - p) / samples);
        double seTheory = Math.sqrt(pTheory * (1 - pTheory) / samples);
        double z = seTheory > 0 ? (p - pTheory) / seTheory : (p == pTheory ? 0 : Double.POSITIVE_INFINITY);
        return new CollisionEstimate(samples, collisions, undecided, p, se, pTheory, z);
    }
}
