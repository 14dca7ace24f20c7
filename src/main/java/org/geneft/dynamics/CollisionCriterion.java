package org.geneft.dynamics;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * Beyond the paper: predicts from the initial (A0, r0) alone whether Eq. 8 ends in a collision, by the
 * sign of the conserved M = AᵀA/(2η_A) − r rᵀ/η_x restricted to V = span(r0) + rowspace(A0).
 *
 * <p>Why V: dA/dt = −2η_A (A r) rᵀ changes the rows of A only along r, and dr/dt = −η_x Aᵀ(A r) lies in
 * the row space, so both stay in V, and M vanishes on V's complement. If M is positive definite on V
 * the flow cannot stop at r∞ ≠ 0 with A∞ r∞ = 0 (then r∞ᵀ M r∞ = −|r∞|⁴/η_x &lt; 0): r → 0. If
 * r → 0, M = A∞ᵀA∞/(2η_A) ⪰ 0 on V. For d > k a generic r0 makes V (k+1)-dimensional while AᵀA has
 * rank k, so M|V has a non-positive eigenvalue: no collision; the unrestricted λ_min(M) ≤ 0 says the same
 * for every r0, including those in the row space, which can collide.
 */
public final class CollisionCriterion {
    /** Singular values of [A0ᵀ r0] below this fraction of the largest do not span V (rounding). */
    private static final double RANK_TOLERANCE = 1e-10;

    /**
     * @param lambdaMinReachable smallest eigenvalue of M restricted to V
     * @param lambdaMinFull      smallest eigenvalue of M on all of R^d
     * @param dimension          dim V
     */
    public record Prediction(double lambdaMinReachable, double lambdaMinFull, int dimension) {
        /** Collision iff M is positive definite on V. */
        public Outcome outcome() {
            return lambdaMinReachable > 0 ? Outcome.COLLISION : Outcome.NO_COLLISION;
        }

        /** The unrestricted reading: collision iff λ_min(M) > 0. */
        public Outcome outcomeUnrestricted() {
            return lambdaMinFull > 0 ? Outcome.COLLISION : Outcome.NO_COLLISION;
        }
    }

    private CollisionCriterion() { }

    public static Prediction predict(double[][] a, double[] r, double etaA, double etaX) {
        int k = a.length, d = r.length;
        double[][] m = ConservedMatrix.of(a, r, etaA, etaX);
        double[][] span = new double[d][k + 1];
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < k; i++) span[j][i] = a[i][j];
            span[j][k] = r[j];
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(span, false));
        double[] s = svd.getSingularValues();
        int dim = 0;
        while (dim < s.length && s[dim] > RANK_TOLERANCE * s[0]) dim++;
        if (dim == 0) throw new IllegalArgumentException("A0 and r0 are both zero");
        RealMatrix q = svd.getU().getSubMatrix(0, d - 1, 0, dim - 1);
        RealMatrix restricted = q.transpose().multiply(new Array2DRowRealMatrix(m, false)).multiply(q);
        return new Prediction(smallest(restricted), ConservedMatrix.smallestEigenvalue(m), dim);
    }

    private static double smallest(RealMatrix symmetric) {
        RealMatrix sym = symmetric.add(symmetric.transpose()).scalarMultiply(0.5); // strip rounding asymmetry
        double min = Double.POSITIVE_INFINITY;
        for (double v : new EigenDecompositionSymmetric(sym).getEigenvalues()) min = Math.min(min, v);
        return min;
    }
}
