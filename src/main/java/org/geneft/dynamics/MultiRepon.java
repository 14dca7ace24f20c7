package org.geneft.dynamics;

/**
 * The multi-repon variant: one repon against N same-class repons clustered at one point (Eq. 13).
 *
 * <p>Reduction (checked numerically by {@link #freeFlowClassifier}): with the centre of mass at 0 and
 * b = y, x_0 = 2c·N/(N+1) r0 and the cluster at −2c/(N+1) r0, so c is half the separation as in
 * Theorem 2. The loss ½|A x_0|² + (N/2)|A z|² = N/(N+1)·2|A c r0|² gives dA/dt = −2η_A·(2N/(N+1))
 * A r rᵀ and dr/dt = −η_x AᵀA r: Eq. 8 with η_A replaced by η_A·2N/(N+1), hence Eq. 10 and
 * Theorem 3 with that effective decoder rate, which is Eq. 13.
 */
public final class MultiRepon {
    private MultiRepon() { }

    /** Eq. 13: p = (2/π) arctan((σ_a/σ_c) √(η_x/((4/(1 + 1/N)) η_A))). */
    public static double eq13(int n, double etaA, double etaX, double sigmaA, double sigmaC) {
        checkN(n);
        return 2 / Math.PI * Math.atan(sigmaA / sigmaC * Math.sqrt(etaX / (4 / (1 + 1.0 / n) * etaA)));
    }

    /** The effective decoder rate η_A·2N/(N+1) with which Eq. 10 describes one repon against N. */
    public static double effectiveEtaA(int n, double etaA) {
        checkN(n);
        return etaA * 2 * n / (n + 1);
    }

    /** The reduced system for one repon against N: Eq. 10 with the effective decoder rate. */
    public static ReducedReponSystem reducedSystem(int n, double etaA, double etaX) {
        return new ReducedReponSystem(effectiveEtaA(n, etaA), etaX);
    }

    /**
     * Classifies (a2, c) by simulating N + 1 free scalar repons (k = d = 1) under Eq. 7 with the
     * decoder A = a2, b(0) = b0, target y, the lone repon at 2cN/(N+1) and the N others at −2c/(N+1).
     * With b0 = y this is exactly the reduced setting; with b0 ≠ y the centre of mass moves.
     */
    public static CollisionProbability.TrajectoryClassifier freeFlowClassifier(int n, double etaA, double etaX,
            double y, double b0, IntegrationSettings settings) {
        checkN(n);
        ReponFlow flow = new ReponFlow(1, 1, n + 1, etaA, etaX, new double[] {y});
        FlowCollisionClassifier classifier = new FlowCollisionClassifier(flow, settings);
        return (a2, c) -> {
            double[][] x = new double[n + 1][1];
            x[0][0] = 2 * c * n / (n + 1);
            for (int i = 1; i <= n; i++) x[i][0] = -2 * c / (n + 1);
            // Repon 1 is a member of the cluster: the classified pair is (lone repon, cluster).
            return classifier.classify(flow.state(new double[][] {{a2}}, new double[] {b0}, x));
        };
    }

    static void checkN(int n) {
        if (n < 1) throw new IllegalArgumentException("--multi must be >= 1, got " + n);
    }
}
