package org.geneft.grokking;

import java.util.Arrays;
import java.util.Locale;

/**
 * Fig. 17's picture of S3's learned embeddings: the six 3 x 3 matrices, flattened, on their first two principal
 * components, "organized as a hexagon" (Appendix H.2). A picture on two components says something about the
 * representation only when those two are set apart from the third; S3's own representation, the permutation
 * matrices, is not: its four nonzero variances are equal, so any plane in them is a first-two-components plane.
 */
final class S3Picture {
    /** A plane set apart: the second component explains at least this much more than the third. */
    static final double SEPARATED = 1.5;
    /** Neighbouring points' angles around the centroid in a hexagon: between these (a regular one has 60 degrees). */
    static final double MIN_GAP = 30, MAX_GAP = 90;

    private final EmbeddingPca pca;

    /** The picture of a run's embeddings: p = 6 rows of d = 9 (row-major 3 x 3 matrices). */
    S3Picture(double[][] matrices) {
        this.pca = new EmbeddingPca(matrices);
    }

    /** The permutation matrices of S3's elements in the notebook's order, flattened row by row. */
    static double[][] permutationMatrices() {
        double[][] out = new double[6][9];
        for (int g = 0; g < 6; g++) for (int row = 0; row < 3; row++) out[g][3 * row + ToyTask.s3Element(g)[row]] = 1;
        return out;
    }

    double[] ratios() {
        return pca.ratios();
    }

    /** The first two components set apart from the third (so that the plane is the representation's, not chance's). */
    boolean separated() {
        double[] r = pca.ratios();
        return r[1] > 0 && r[1] >= SEPARATED * r[2];
    }

    /**
     * The six points on the plane form a hexagon: in order of angle around their centroid each turn is to the left
     * (convex position, every point a vertex) and neighbouring angles lie MIN_GAP to MAX_GAP degrees apart.
     */
    boolean hexagon() {
        return hexagon(pca.projection());
    }

    static boolean hexagon(double[][] xy) {
        int n = xy.length;
        double cx = Arrays.stream(xy).mapToDouble(q -> q[0]).average().orElseThrow();
        double cy = Arrays.stream(xy).mapToDouble(q -> q[1]).average().orElseThrow();
        double[][] q = Arrays.stream(xy).map(v -> new double[] {v[0] - cx, v[1] - cy})
                .sorted((a, b) -> Double.compare(Math.atan2(a[1], a[0]), Math.atan2(b[1], b[0]))).toArray(double[][]::new);
        for (int i = 0; i < n; i++) {
            double[] a = q[i], b = q[(i + 1) % n], c = q[(i + 2) % n];
            double cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
            double gap = Math.toDegrees(Math.atan2(b[1], b[0]) - Math.atan2(a[1], a[0]));
            if (gap <= 0) gap += 360;
            if (cross <= 0 || gap < MIN_GAP || gap > MAX_GAP) return false;
        }
        return true;
    }

    String ratiosWords() {
        double[] r = pca.ratios();
        return String.format(Locale.ROOT, "%.2f, %.2f, %.2f, %.2f", r[0], r[1], r[2], r[3]);
    }
}
