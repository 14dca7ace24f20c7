package org.geneft.dynamics;

/**
 * How far the un-reduced flow Eq. 7 strays from the matrix flow Eq. 8 from one initial condition,
 * maxima over the sampled times (all relative, so that they are comparable across scales).
 *
 * @param decoderDeviation     max |A₇ − A₈|_F / |A(0)|_F
 * @param separationDeviation  max |r₇ − r₈| / |r(0)|, r₇ = (x1 − x2)/2
 * @param centreOfMass         max |s| / |r(0)|, s = (x1 + x2)/2 along Eq. 7 (0 is what Eq. 8 assumes)
 * @param biasError            |b(T) − y| / |y| along Eq. 7 (|b(T)| when y = 0): Eq. 15 says it vanishes
 * @param meanOutputError      |A s + b − y| / |y| at T along Eq. 7 (|A s + b| when y = 0): the centre's output
 * @param conservedMatrixDrift max |M(t) − M(0)|_F / (|AᵀA/(2η_A)|_F + |r rᵀ/η_x|_F at 0) along Eq. 8
 * @param ansatzResidual       max |r(t) off the line of r0| / |r0| along Eq. 8: 0 iff the ansatz Eq. 9 holds
 * @param outcomeEq7           collision outcome of Eq. 7 (pair x1, x2)
 * @param outcomeEq8           collision outcome of Eq. 8
 * @param time                 the last time compared
 */
public record FlowDeviation(double decoderDeviation, double separationDeviation, double centreOfMass,
                            double biasError, double meanOutputError, double conservedMatrixDrift, double ansatzResidual,
                            Outcome outcomeEq7, Outcome outcomeEq8, double time) {
}
