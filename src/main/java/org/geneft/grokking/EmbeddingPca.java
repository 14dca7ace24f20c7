package org.geneft.grokking;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

import java.util.Arrays;

/**
 * Sec. 4.2's two readings of the transformer's embeddings: the entropy of PCA's explained variance ratio,
 * S = -sum_i r_i ln r_i (Fig. 7), and whether the first two principal components show the symbols on a circle (Fig. 1).
 *
 * <p>A circle here is what modular addition's representation is: the symbols k at angles theta0 + 2 pi f k / p
 * (or minus) for a frequency f, at one radius. Its measures: the phase coherence |mean_k exp(i (theta_k -+ 2 pi f k
 * / p))| at the best f (1 on such a circle; for p random angles about 1/sqrt(p), at most about 0.4 over the
 * frequencies when p = 31) and the radii's coefficient of variation (0 on a circle, 0.52 for a 2-D Gaussian cloud).
 */
public final class EmbeddingPca {
    /** Coherence and radius spread that call a projection a circle; each is far from its random value (above). */
    public static final double CIRCLE_COHERENCE = 0.9, CIRCLE_SPREAD = 0.2;

    /** The projection's shape: the best frequency, its coherence, the radii's spread, the two components' share. */
    public record Circle(int frequency, double coherence, double spread, double share) {
        public boolean isCircle() {
            return coherence >= CIRCLE_COHERENCE && spread <= CIRCLE_SPREAD;
        }
    }

    /** The measures of embeddings that diverged: no frequency, every measure NaN, not a circle. */
    static final Circle NO_CIRCLE = new Circle(0, Double.NaN, Double.NaN, Double.NaN);

    private final double[] ratios;
    private final double[][] projection;
    /** The first two principal axes (d each). */
    private final double[][] axes;

    /**
     * PCA of the rows of e (p symbols x d dimensions), centred. Embeddings with a non-finite entry (a run whose
     * training diverged) have no principal axes: their ratios, entropy and circle measures are NaN (see
     * {@link #diverged()}).
     */
    public EmbeddingPca(double[][] e) {
        int p = e.length, d = e[0].length;
        if (!Arrays.stream(e).flatMapToDouble(Arrays::stream).allMatch(Double::isFinite)) {
            ratios = new double[d];
            Arrays.fill(ratios, Double.NaN);
            axes = null;
            projection = null;
            return;
        }
        double[] mean = new double[d];
        for (double[] row : e) for (int c = 0; c < d; c++) mean[c] += row[c] / p;
        double[][] centred = new double[p][d];
        for (int i = 0; i < p; i++) for (int c = 0; c < d; c++) centred[i][c] = e[i][c] - mean[c];
        double[][] cov = new double[d][d];
        for (double[] row : centred)
            for (int a = 0; a < d; a++) for (int b = 0; b < d; b++) cov[a][b] += row[a] * row[b];
        EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(cov, false));
        double[] values = eig.getEigenvalues(); // descending
        double total = Arrays.stream(values).map(x -> Math.max(x, 0)).sum();
        ratios = new double[values.length];
        for (int i = 0; i < values.length; i++) ratios[i] = total > 0 ? Math.max(values[i], 0) / total : 0;
        axes = new double[2][d];
        for (int k = 0; k < Math.min(2, d); k++) axes[k] = eig.getEigenvector(k).toArray();
        projection = project(centred);
    }

    /** Centred rows' coordinates on the first two axes. */
    private double[][] project(double[][] centred) {
        int p = centred.length, d = axes[0].length;
        double[][] out = new double[p][2];
        for (int k = 0; k < 2; k++)
            for (int i = 0; i < p; i++) {
                double dot = 0;
                for (int c = 0; c < d; c++) dot += centred[i][c] * axes[k][c];
                out[i][k] = dot;
            }
        return out;
    }

    /** Whether the embeddings had a non-finite entry, so that no measure of them is a number. */
    public boolean diverged() {
        return axes == null;
    }

    /** The explained variance ratios, largest first. */
    public double[] ratios() {
        return ratios.clone();
    }

    /** S = -sum r_i ln r_i over the explained variance ratios (nats): 0 for one direction, ln d for all alike. */
    public double entropy() {
        if (diverged()) return Double.NaN;
        double s = 0;
        for (double r : ratios) if (r > 0) s -= r * Math.log(r);
        return s;
    }

    /** Symbol k's coordinates on the first two principal components. */
    public double[][] projection() {
        if (diverged()) throw new IllegalStateException("diverged embeddings have no principal components");
        double[][] out = new double[projection.length][];
        for (int i = 0; i < projection.length; i++) out[i] = projection[i].clone();
        return out;
    }

    /** How close the first two components' picture is to a circle of modular addition (class comment). */
    public Circle circle() {
        if (diverged()) return NO_CIRCLE;
        return circle(projection, ratios[0] + (ratios.length > 1 ? ratios[1] : 0));
    }

    /**
     * The same measures for other embeddings of the same symbols (centred on their own mean) projected onto these
     * first two axes: Appendix K's picture of the embeddings at initialisation on the axes of the end. Its share is
     * NaN (these axes are not the other embeddings' own).
     */
    public Circle circleOf(double[][] other) {
        if (diverged()) return NO_CIRCLE;
        int p = other.length, d = other[0].length;
        if (p != projection.length || d != axes[0].length)
            throw new IllegalArgumentException("embeddings of " + p + " x " + d + ", the axes' are " + projection.length
                    + " x " + axes[0].length);
        double[] mean = new double[d];
        for (double[] row : other) for (int c = 0; c < d; c++) mean[c] += row[c] / p;
        double[][] centred = new double[p][d];
        for (int i = 0; i < p; i++) for (int c = 0; c < d; c++) centred[i][c] = other[i][c] - mean[c];
        return circle(project(centred), Double.NaN);
    }

    private static Circle circle(double[][] projection, double share) {
        int p = projection.length;
        double[] radius = new double[p], angle = new double[p];
        double mean = 0;
        for (int k = 0; k < p; k++) {
            radius[k] = Math.hypot(projection[k][0], projection[k][1]);
            angle[k] = Math.atan2(projection[k][1], projection[k][0]);
            mean += radius[k] / p;
        }
        double var = 0;
        for (double r : radius) var += (r - mean) * (r - mean) / p;
        int best = 0;
        double bestCoherence = -1;
        for (int f = 1; f <= p / 2; f++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                double re = 0, im = 0;
                for (int k = 0; k < p; k++) {
                    double t = angle[k] - sign * 2 * Math.PI * f * k / p;
                    re += Math.cos(t);
                    im += Math.sin(t);
                }
                double coherence = Math.hypot(re, im) / p;
                if (coherence > bestCoherence) {
                    bestCoherence = coherence;
                    best = f;
                }
            }
        }
        return new Circle(best, bestCoherence, mean > 0 ? Math.sqrt(var) / mean : Double.NaN, share);
    }
}
