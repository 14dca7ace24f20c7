package org.geneft.statics.montecarlo;

/** The accuracy formula of Appendix D: (#certain entries + Σ_uncertain max(p_u, 1 − p_u)) / n². */
final class PairAccuracy {

    private PairAccuracy() {
    }

    /**
     * @param certain  certain[i][j]: the entry counts as 1 (observed, or determined by closure)
     * @param pOne     P(R_ij = 1) for the other entries
     */
    static double of(boolean[][] certain, double[][] pOne) {
        int n = certain.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sum += certain[i][j] ? 1.0 : Math.max(pOne[i][j], 1.0 - pOne[i][j]);
            }
        }
        return sum / ((double) n * n);
    }

    static boolean[][] observed(TrainingSet training) {
        int n = training.n();
        boolean[][] certain = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) certain[i][j] = training.isObserved(i, j);
        }
        return certain;
    }
}
