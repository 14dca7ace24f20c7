package org.geneft.dynamics;

/**
 * The un-reduced gradient flow Eq. 7 of m same-class repons x_i ∈ R^d under a linearised decoder
 * D(x) = A x + b (A k×d, target y ∈ R^k); Theorem 2 is m = 2, the multi-repon variant m = N + 1.
 *
 * <p>State layout: A row-major (k·d), then b (k), then x_1 … x_m (d each).
 */
public final class ReponFlow implements PairDynamics {
    private final int k, d, m;
    private final double etaA, etaX;
    private final double[] y;

    public ReponFlow(int k, int d, int m, double etaA, double etaX, double[] y) {
        if (k < 1 || d < 1 || m < 2) throw new IllegalArgumentException("need k, d >= 1 and m >= 2 repons");
        if (y.length != k) throw new IllegalArgumentException("target y must have k = " + k + " entries");
        this.k = k;
        this.d = d;
        this.m = m;
        this.etaA = ReducedReponSystem.positive(etaA, "eta-a");
        this.etaX = ReducedReponSystem.positive(etaX, "eta-x");
        this.y = y.clone();
    }

    public int k() { return k; }

    public int d() { return d; }

    public int repons() { return m; }

    @Override
    public double etaA() { return etaA; }

    @Override
    public double etaX() { return etaX; }

    @Override
    public int getDimension() {
        return k * d + k + m * d;
    }

    /** Packs (A, b, x_1 … x_m) into a state vector. */
    public double[] state(double[][] a, double[] b, double[][] x) {
        double[] s = new double[getDimension()];
        for (int r = 0; r < k; r++) System.arraycopy(a[r], 0, s, r * d, d);
        System.arraycopy(b, 0, s, k * d, k);
        for (int i = 0; i < m; i++) System.arraycopy(x[i], 0, s, xOffset(i), d);
        return s;
    }

    int bOffset() { return k * d; }

    int xOffset(int i) { return k * d + k + i * d; }

    /** The loss ℓ = ½ Σ_i |A x_i + b − y|² (Eq. 6 for m = 2). */
    public double loss(double[] s) {
        double l = 0;
        for (int i = 0; i < m; i++) for (double e : residual(s, i)) l += e * e;
        return l / 2;
    }

    private double[] residual(double[] s, int i) {
        double[] e = new double[k];
        int xo = xOffset(i);
        for (int r = 0; r < k; r++) {
            double v = s[bOffset() + r] - y[r];
            for (int j = 0; j < d; j++) v += s[r * d + j] * s[xo + j];
            e[r] = v;
        }
        return e;
    }

    @Override
    public double[] computeDerivatives(double t, double[] s) {
        double[] ds = new double[s.length];
        for (int i = 0; i < m; i++) {
            double[] e = residual(s, i);
            int xo = xOffset(i);
            for (int r = 0; r < k; r++) {
                for (int j = 0; j < d; j++) {
                    ds[r * d + j] -= etaA * e[r] * s[xo + j];        // Eq. 7: dA/dt = -eta_A sum_i e_i x_i^T
                    ds[xo + j] -= etaX * s[r * d + j] * e[r];        // Eq. 7: dx_i/dt = -eta_x A^T e_i
                }
                ds[bOffset() + r] -= etaA * e[r];                    // Eq. 7: db/dt = -eta_A sum_i e_i (factor m, cf. Eq. 14)
            }
        }
        return ds;
    }

    /**
     * A Gershgorin-style upper bound on the largest rate (eigenvalue of η·Hessian of ℓ) at state s:
     * (η_A + η_x)(m + Σ|x_i|² + 2Σ|x_i| + |A|_F² + Σ|e_i|). The b and centre-of-mass modes decay at
     * rates ~ m η_A and η_x|A|² while the relative motion can be orders slower: the flow is stiff, and an
     * explicit integrator must keep its step below a few times 1/rate or round-off in those modes grows.
     */
    @Override
    public double rateBound(double[] s) {
        double x2 = 0, x1 = 0, a2 = 0, e1 = 0;
        for (int i = 0; i < m; i++) {
            double n2 = 0;
            for (int q = 0; q < d; q++) n2 += s[xOffset(i) + q] * s[xOffset(i) + q];
            x2 += n2;
            x1 += Math.sqrt(n2);
            double en = 0;
            for (double e : residual(s, i)) en += e * e;
            e1 += Math.sqrt(en);
        }
        for (int q = 0; q < k * d; q++) a2 += s[q] * s[q];
        return (etaA + etaX) * (m + x2 + 2 * x1 + a2 + e1);
    }

    /** Half the separation of repons 0 and 1, the pair the classifier watches. */
    @Override
    public double[] halfSeparation(double[] s) {
        return halfSeparation(s, 0, 1);
    }

    /** Half the separation of repons i and j, r = (x_i − x_j)/2 (Theorem 2's r for the pair). */
    public double[] halfSeparation(double[] s, int i, int j) {
        double[] r = new double[d];
        for (int q = 0; q < d; q++) r[q] = (s[xOffset(i) + q] - s[xOffset(j) + q]) / 2;
        return r;
    }

    /** The centre of mass (1/m) Σ_i x_i. */
    public double[] centreOfMass(double[] s) {
        double[] c = new double[d];
        for (int i = 0; i < m; i++) for (int q = 0; q < d; q++) c[q] += s[xOffset(i) + q] / m;
        return c;
    }

    /** A (k×d) of a state. */
    @Override
    public double[][] decoder(double[] s) {
        double[][] a = new double[k][d];
        for (int r = 0; r < k; r++) System.arraycopy(s, r * d, a[r], 0, d);
        return a;
    }

    /** b of a state. */
    public double[] bias(double[] s) {
        double[] b = new double[k];
        System.arraycopy(s, bOffset(), b, 0, k);
        return b;
    }
}
