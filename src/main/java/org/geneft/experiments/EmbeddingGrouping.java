package org.geneft.experiments;

import org.geneft.graph.RelationFamily;
import org.geneft.training.Phase;
import org.geneft.training.TrainConfig;
import org.geneft.training.Trainer;

/**
 * How far trained embeddings are grouped by class, the conclusion of Theorem 1: the ratio of the mean squared
 * distance of an embedding to its class centroid over the mean squared distance between class centroids. Zero is
 * Theorem 1's collapse (one point per class); about 1 or more is no grouping at all.
 */
public final class EmbeddingGrouping {

    /** One run: its phase, final train loss and accuracy on unseen pairs, and the grouping ratio of its embeddings. */
    public record Run(long seed, Phase phase, double trainLoss, double testAcc, double ratio, double neighbourPurity) { }

    private EmbeddingGrouping() { }

    /** Trains mod k on n elements for a fixed number of steps (no early stop) and measures the grouping. */
    public static Run measure(int n, int k, long steps, long seed) {
        boolean[][] r = new RelationFamily.Mod(k).matrix(n);
        TrainConfig c = TrainConfig.builder().steps(steps).seed(seed).earlyStop(false).build();
        Trainer.Trained t = Trainer.trainModel(r, c);
        int[] classOf = new int[n];
        for (int i = 0; i < n; i++) classOf[i] = i % k;
        return new Run(seed, t.result().phase(), t.result().trainLoss(), t.result().testAcc(),
                ratio(t.embeddings(), c.embeddingDim(), classOf, k), neighbourPurity(t.embeddings(), c.embeddingDim(), classOf));
    }

    /**
     * Fraction of elements whose nearest other embedding belongs to their own class: 1 when classes are grouped,
     * whatever their shape; about (n/k - 1)/(n - 1) for embeddings placed at random.
     */
    static double neighbourPurity(double[] e, int d, int[] classOf) {
        int n = classOf.length, same = 0;
        for (int i = 0; i < n; i++) {
            int nearest = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (j == i) continue;
                double s = 0;
                for (int a = 0; a < d; a++) s += square(e[i * d + a] - e[j * d + a]);
                if (s < best) { best = s; nearest = j; }
            }
            if (nearest >= 0 && classOf[nearest] == classOf[i]) same++;
        }
        return (double) same / n;
    }

    /** Within-class mean squared distance to the centroid over the mean squared distance between centroids. */
    static double ratio(double[] e, int d, int[] classOf, int classes) {
        int n = classOf.length;
        double[][] centroid = new double[classes][d];
        int[] size = new int[classes];
        for (int i = 0; i < n; i++) {
            size[classOf[i]]++;
            for (int a = 0; a < d; a++) centroid[classOf[i]][a] += e[i * d + a];
        }
        for (int c = 0; c < classes; c++) for (int a = 0; a < d; a++) centroid[c][a] /= size[c];
        double within = 0;
        for (int i = 0; i < n; i++)
            for (int a = 0; a < d; a++) within += square(e[i * d + a] - centroid[classOf[i]][a]);
        within /= n;
        double between = 0;
        int pairs = 0;
        for (int c = 0; c < classes; c++)
            for (int c2 = c + 1; c2 < classes; c2++, pairs++)
                for (int a = 0; a < d; a++) between += square(centroid[c][a] - centroid[c2][a]);
        between /= pairs;
        return within / between;
    }

    private static double square(double x) {
        return x * x;
    }
}
