package org.geneft.dynamics;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;

/**
 * M = AᵀA/(2η_A) − r rᵀ/η_x, conserved along Eq. 8 for any k×d decoder (beyond the paper);
 * under the ansatz Eq. 9 with |A0 r0| = |r0| = 1, C of Eq. 11 is r0ᵀ M r0.
 *
 * <p>Why dM/dt = 0: d(AᵀA)/dt = −2η_A (AᵀA r rᵀ + r rᵀ AᵀA) and d(r rᵀ)/dt = −η_x (AᵀA r rᵀ + r rᵀ AᵀA).
 */
public final class ConservedMatrix {
    private ConservedMatrix() { }

    /** M (d×d) of a decoder A and half separation r. */
    public static double[][] of(double[][] a, double[] r, double etaA, double etaX) {
        int d = r.length;
        double[][] m = new double[d][d];
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++) {
                double ata = 0;
                for (double[] row : a) ata += row[i] * row[j];
                m[i][j] = ata / (2 * etaA) - r[i] * r[j] / etaX;
            }
        return m;
    }

    /**
     * The smallest eigenvalue of M. Along Eq. 8 |r| and |A|_F never increase, so a collision (r → 0)
     * leaves M = A∞ᵀA∞/(2η_A) ⪰ 0, and if M ≻ 0 the flow cannot stop at r∞ ≠ 0 with A∞ r∞ = 0 (that
     * would make r∞ᵀ M r∞ &lt; 0): the sign of λ_min decides collision wherever it is non-zero.
     */
    public static double smallestEigenvalue(double[][] m) {
        double[] ev = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(m)).getEigenvalues();
        double min = Double.POSITIVE_INFINITY;
        for (double v : ev) min = Math.min(min, v);
        return min;
    }
}
