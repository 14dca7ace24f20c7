package org.geneft.dynamics;

/**
 * The reduced matrix flow Eq. 8 (= Eq. 16): dA/dt = −2η_A A r rᵀ, dr/dt = −η_x AᵀA r, for a k×d
 * decoder A and the half separation r ∈ R^d of two repons. State: A row-major, then r.
 */
public final class MatrixReponFlow implements PairDynamics {
    private final int k, d;
    private final double etaA, etaX;

    public MatrixReponFlow(int k, int d, double etaA, double etaX) {
        if (k < 1 || d < 1) throw new IllegalArgumentException("need k, d >= 1");
        this.k = k;
        this.d = d;
        this.etaA = ReducedReponSystem.positive(etaA, "eta-a");
        this.etaX = ReducedReponSystem.positive(etaX, "eta-x");
    }

    @Override
    public double etaA() { return etaA; }

    @Override
    public double etaX() { return etaX; }

    public int k() { return k; }

    public int d() { return d; }

    @Override
    public int getDimension() {
        return k * d + d;
    }

    /** Packs (A, r). */
    public double[] state(double[][] a, double[] r) {
        double[] s = new double[getDimension()];
        for (int i = 0; i < k; i++) System.arraycopy(a[i], 0, s, i * d, d);
        System.arraycopy(r, 0, s, k * d, d);
        return s;
    }

    @Override
    public double[] computeDerivatives(double t, double[] s) {
        double[] ds = new double[s.length];
        double[] ar = new double[k];
        for (int i = 0; i < k; i++) for (int j = 0; j < d; j++) ar[i] += s[i * d + j] * s[k * d + j];
        for (int i = 0; i < k; i++)
            for (int j = 0; j < d; j++) {
                ds[i * d + j] = -2 * etaA * ar[i] * s[k * d + j]; // Eq. 8: dA/dt = -2 eta_A (A r) r^T
                ds[k * d + j] -= etaX * s[i * d + j] * ar[i];     // Eq. 8: dr/dt = -eta_x A^T (A r)
            }
        return ds;
    }

    @Override
    public double[][] decoder(double[] s) {
        double[][] a = new double[k][d];
        for (int i = 0; i < k; i++) System.arraycopy(s, i * d, a[i], 0, d);
        return a;
    }

    @Override
    public double[] halfSeparation(double[] s) {
        double[] r = new double[d];
        System.arraycopy(s, k * d, r, 0, d);
        return r;
    }

    /** Bound on the rates: (2η_A + η_x)(|r|² + |A|_F²); Eq. 8 has no stiff bias or centre-of-mass mode. */
    @Override
    public double rateBound(double[] s) {
        double n2 = 0;
        for (double v : s) n2 += v * v;
        return (2 * etaA + etaX) * n2;
    }
}
