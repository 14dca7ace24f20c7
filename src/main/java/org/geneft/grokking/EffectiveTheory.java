package org.geneft.grokking;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;

import java.util.Arrays;
import java.util.List;

/**
 * The grokking effective theory of 1-D embeddings E_0..E_{p-1} (Liu et al. 2022, Eq. 4-9): the effective loss
 * l_eff = l0/Z0 with l0 = |A E|^2 = sum over parallelograms (i, j, m, n) of (E_i + E_j - E_m - E_n)^2 and
 * Z0 = sum_k E_k^2 (the seed text lost Eq. 5; this is the authors' code, toy/train_add.py), its exact gradient flow,
 * the paper's linearisation dE/dt = -H E with H = 2 A^T A / Z0 (Eq. 8-9), and H's spectrum: the grokking rate is its
 * third eigenvalue (the first two are 0: translation and scale).
 */
public final class EffectiveTheory {
    private final int p;
    private final int parallelograms;
    /** A^T A, p x p. */
    private final double[][] ata;

    private EffectiveTheory(int p, List<int[]> rows) {
        this.p = p;
        this.parallelograms = rows.size();
        ata = new double[p][p];
        for (int[] r : rows) {
            if (r.length != p) throw new IllegalArgumentException("a parallelogram row has " + p + " entries, got " + r.length);
            for (int a = 0; a < p; a++) {
                if (r[a] == 0) continue;
                for (int b = 0; b < p; b++) ata[a][b] += r[a] * (double) r[b];
            }
        }
    }

    /** The theory of a training set's parallelograms P0(D) (Eq. 1): what Fig. 5(a)'s grokking rate averages over. */
    public static EffectiveTheory ofTrainingSet(int p, List<int[]> pairs) {
        return new EffectiveTheory(p, new ParallelogramSystem(p, pairs).parallelograms());
    }

    /** The theory of every parallelogram of addition on p symbols (P0 of the full data): the authors' Fig. 4(c). */
    public static EffectiveTheory ofAllPairs(int p) {
        return ofTrainingSet(p, LinearStructureProbability.allPairs(p));
    }

    public int p() {
        return p;
    }

    /** |P0(D)|: the rows of A. */
    public int parallelograms() {
        return parallelograms;
    }

    /** l0 = E^T A^T A E. */
    public double l0(double[] e) {
        double s = 0;
        for (int a = 0; a < p; a++) {
            double row = 0;
            for (int b = 0; b < p; b++) row += ata[a][b] * e[b];
            s += e[a] * row;
        }
        return s;
    }

    public static double z0(double[] e) {
        double s = 0;
        for (double x : e) s += x * x;
        return s;
    }

    /** The exact flow -grad(l0/Z0) = (2 l0/Z0^2) E - (2/Z0) A^T A E, into {@code out}. */
    public void flow(double[] e, double[] out) {
        double z = z0(e), l = l0(e);
        for (int a = 0; a < p; a++) {
            double row = 0;
            for (int b = 0; b < p; b++) row += ata[a][b] * e[b];
            out[a] = 2 * l / (z * z) * e[a] - 2 / z * row;
        }
    }

    /** H = 2 A^T A / Z0 (Eq. 8), for a given Z0 (conserved along the exact flow). */
    public double[][] hessian(double z0) {
        double[][] h = new double[p][p];
        for (int a = 0; a < p; a++) for (int b = 0; b < p; b++) h[a][b] = 2 * ata[a][b] / z0;
        return h;
    }

    /** H's eigenvalues, ascending (Hipparchus's symmetric eigendecomposition). */
    public double[] eigenvalues(double z0) {
        double[] ev = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(hessian(z0))).getEigenvalues();
        double[] sorted = ev.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    /** H's eigenvectors as rows, in the order of {@link #eigenvalues}. */
    public double[][] eigenvectors(double z0) {
        EigenDecompositionSymmetric d = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(hessian(z0)));
        double[] ev = d.getEigenvalues();
        Integer[] order = new Integer[p];
        for (int i = 0; i < p; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> Double.compare(ev[x], ev[y]));
        double[][] out = new double[p][];
        for (int i = 0; i < p; i++) out[i] = d.getEigenvector(order[i]).toArray();
        return out;
    }

    /**
     * The grokking rate lambda_3 at the normalised linear structure (zero mean, unit sample variance, so Z0 = p - 1,
     * as the authors normalise their representations): 0 exactly when the training set leaves more than the two
     * trivial directions free (the exact nullity decides, not a floating-point threshold).
     */
    public static double grokkingRate(int p, List<int[]> trainingPairs) {
        if (!new ParallelogramSystem(p, trainingPairs).uniqueLinearStructure()) return 0;
        return ofTrainingSet(p, trainingPairs).eigenvalues(p - 1)[2];
    }

    /** The linear structure E_k = k, normalised to zero mean and unit sample variance (the authors' torch.std). */
    public static double[] normalisedLinear(int p) {
        double[] e = new double[p];
        for (int k = 0; k < p; k++) e[k] = k;
        return normalise(e);
    }

    /** Zero mean, unit sample variance (divisor p - 1). */
    public static double[] normalise(double[] e) {
        int p = e.length;
        double mean = Arrays.stream(e).sum() / p, ss = 0;
        for (double x : e) ss += (x - mean) * (x - mean);
        double sd = Math.sqrt(ss / (p - 1));
        double[] out = new double[p];
        for (int k = 0; k < p; k++) out[k] = (e[k] - mean) / sd;
        return out;
    }
}
