package org.geneft.grokking;

import org.geneft.training.SumDecoderModel;

import java.util.ArrayList;
import java.util.List;

/**
 * The binary operation a toy-model run learns, with what belongs to it: its samples and their labels, how the model
 * combines a pair's embeddings, and its parallelograms (Eq. 1-3, generalized in Appendix H) with the representation
 * they are measured on.
 */
public enum ToyTask {
    /**
     * Addition over the unordered pairs (i, j), i &lt;= j &lt; p, label i + j (Sec. 2; the authors' train_add):
     * embeddings summed; a parallelogram is present when E_i + E_j and E_m + E_n agree within 0.01 (mean squared over
     * dimensions) in the representation normalised per dimension.
     */
    ADDITION,
    /**
     * The permutation group S3 (Appendix H; the authors' toy/Figure5d_permutation.ipynb): its 6 elements, the
     * permutations of (0, 1, 2) in lexicographic order, embedded as 3 x 3 matrices (d = 9) multiplied before the
     * decoder; the 36 ordered pairs (i, j), labelled by the composition the notebook computes, p_out[k] = p_j[p_i[k]];
     * the notebook's L1 term 1e-3 mean |E| on the embeddings. A generalized parallelogram (a, b, c, d), two pairs of
     * the same label, is present when A_a A_b and A_c A_d agree within 0.5 (mean squared over the entries) in the
     * representation scaled to unit root mean square, the notebook's threshold.
     */
    PERMUTATION;

    /** S3's elements, the notebook's order (its recursive permutation() of [0, 1, 2] is lexicographic). */
    private static final int[][] S3 = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};

    /** S3's element g as a permutation of (0, 1, 2), in the notebook's order. */
    static int[] s3Element(int g) {
        return S3[g].clone();
    }

    /** Every sample of the task on p symbols, in the authors' order. */
    public List<int[]> pairs(int p) {
        if (this == ADDITION) return LinearStructureProbability.allPairs(p);
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < p; i++) for (int j = 0; j < p; j++) out.add(new int[] {i, j});
        return out;
    }

    /** The label of the pair (i, j). */
    public int label(int i, int j) {
        if (this == ADDITION) return i + j;
        int[] a = S3[i], b = S3[j], c = new int[3];
        for (int k = 0; k < 3; k++) c[k] = b[a[k]];
        for (int g = 0; g < S3.length; g++) if (java.util.Arrays.equals(S3[g], c)) return g;
        throw new IllegalStateException("S3 is not closed under composition"); // unreachable: a group
    }

    /** The number of labels on p symbols. */
    public int classes(int p) {
        return this == ADDITION ? 2 * p - 1 : p;
    }

    /** The number of symbols the task fixes (S3's 6), or 0 when any p will do. */
    public int fixedSymbols() {
        return this == ADDITION ? 0 : S3.length;
    }

    /** The embedding dimension the task fixes (S3's 3 x 3 matrices), or 0 when any d will do. */
    public int fixedDimension() {
        return this == ADDITION ? 0 : 9;
    }

    public SumDecoderModel.Combination combination() {
        return this == ADDITION ? SumDecoderModel.Combination.SUM : SumDecoderModel.Combination.MATRIX_PRODUCT;
    }

    /** The weight of the L1 penalty on the embeddings (the permutation notebook's lamb). */
    public double l1() {
        return this == ADDITION ? 0 : 1e-3;
    }

    /**
     * Whether accuracies are read after each step (the permutation notebook evaluates after optimizer.step()) or at
     * the step's own forward pass (train_add).
     */
    boolean measuresAfterStep() {
        return this == PERMUTATION;
    }

    /** Every parallelogram of the whole data: two distinct samples (in the order of pairs) with the same label. */
    List<int[]> parallelograms(int p) {
        List<int[]> pairs = pairs(p), out = new ArrayList<>();
        for (int a = 0; a < pairs.size(); a++)
            for (int b = a + 1; b < pairs.size(); b++) {
                int[] x = pairs.get(a), y = pairs.get(b);
                if (label(x[0], x[1]) == label(y[0], y[1])) out.add(new int[] {x[0], x[1], y[0], y[1]});
            }
        return out;
    }

    /**
     * The representation parallelograms are measured on: per dimension to zero mean and unit sample variance (the
     * authors' reprs_scale) for addition; the whole scaled to unit root mean square (latent / sqrt(mean(latent^2)))
     * for the permutation group.
     */
    double[] normalised(double[] e, int p, int d) {
        double[] out = new double[e.length];
        if (this == PERMUTATION) {
            double ss = 0;
            for (double v : e) ss += v * v;
            double rms = Math.sqrt(ss / e.length);
            for (int i = 0; i < e.length; i++) out[i] = e[i] / rms;
            return out;
        }
        for (int k = 0; k < d; k++) {
            double mean = 0, ss = 0;
            for (int i = 0; i < p; i++) mean += e[i * d + k] / p;
            for (int i = 0; i < p; i++) ss += (e[i * d + k] - mean) * (e[i * d + k] - mean);
            double sd = Math.sqrt(ss / (p - 1));
            for (int i = 0; i < p; i++) out[i * d + k] = (e[i * d + k] - mean) / sd;
        }
        return out;
    }

    /** The threshold on the mean squared difference below which a parallelogram is present. */
    double delta() {
        return this == ADDITION ? ToyRun.DELTA : 0.5;
    }

    /** Whether the parallelogram q = (a, b, c, d) is present in the normalised representation n. */
    boolean present(double[] n, int d, int[] q) {
        if (this == ADDITION) {
            double s = 0;
            for (int k = 0; k < d; k++) {
                double r = n[q[0] * d + k] + n[q[1] * d + k] - n[q[2] * d + k] - n[q[3] * d + k];
                s += r * r;
            }
            return s / d < delta();
        }
        return agree(combined(n, d, q[0], q[1]), combined(n, d, q[2], q[3]), d);
    }

    /**
     * Whether q is present, with every pair's combination made once ({@link #combinations}) instead of once per
     * parallelogram that holds it (the 90 parallelograms of S3 hold its 36 pairs five times each): the same sums, so
     * the same answer as {@link #present(double[], int, int[])} bit for bit.
     */
    boolean present(double[] n, double[][] combinations, int p, int d, int[] q) {
        if (combinations == null) return present(n, d, q);
        return agree(combinations[q[0] * p + q[1]], combinations[q[2] * p + q[3]], d);
    }

    /** Every ordered pair's combination of the normalised representation, at i * p + j; null for addition, whose
     * parallelogram test sums the four embeddings directly. */
    double[][] combinations(double[] n, int p, int d) {
        if (this == ADDITION) return null;
        double[][] out = new double[p * p][];
        for (int i = 0; i < p; i++)
            for (int j = 0; j < p; j++) out[i * p + j] = combined(n, d, i, j);
        return out;
    }

    /** Whether two combinations agree within the threshold (mean squared over the entries). */
    private boolean agree(double[] x, double[] y, int d) {
        double s = 0;
        for (int k = 0; k < d; k++) s += (x[k] - y[k]) * (x[k] - y[k]);
        return s / d < delta();
    }

    /** What the decoder reads for the pair (i, j): E_i + E_j, or the matrix product E_i E_j flattened. */
    double[] combined(double[] e, int d, int i, int j) {
        double[] x = new double[d];
        if (this == ADDITION) {
            for (int k = 0; k < d; k++) x[k] = e[i * d + k] + e[j * d + k];
            return x;
        }
        int n = (int) Math.round(Math.sqrt(d));
        for (int r = 0; r < n; r++)
            for (int c = 0; c < n; c++)
                for (int m = 0; m < n; m++) x[r * n + c] += e[i * d + r * n + m] * e[j * d + m * n + c];
        return x;
    }
}
