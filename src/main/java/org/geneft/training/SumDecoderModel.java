package org.geneft.training;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The grokking paper's toy model (Liu et al. 2022, Sec. 2; the authors' toy/train_add.py): p trainable embeddings of
 * dimension d, the two of a pair summed (or, for a non-abelian group, Appendix H, multiplied as matrices), decoded by a
 * tanh MLP d - w - w - out with a linear output; trained on the
 * pairs' classes by MSE to fixed random target vectors (regression, prediction the nearest target) or by cross-entropy
 * over the classes (classification, prediction the largest logit). The embeddings and the decoder have separate AdamW
 * optimizers (learning rate, weight decay), as the authors'. Float arithmetic in {@link FloatKernel}'s unit-major
 * layout and loops (the shared {@code combine}, {@link FloatTanh} and the lane-ordered {@link PairSums}), parameters
 * kept in double for the optimizers: deterministic, bit-identical for a seed.
 */
public final class SumDecoderModel {
    /** MSE to random target vectors, or cross-entropy over the classes. */
    public enum Loss { MSE, CE }

    /** How a pair's two embeddings meet before the decoder. */
    public enum Combination {
        /** E_i + E_j: the paper's toy model (Sec. 2). */
        SUM,
        /**
         * E_i E_j, each embedding an n x n matrix (row-major, d = n^2): Appendix H's model for non-abelian groups (the
         * authors' toy/Figure5d_permutation.ipynb), whose decoder reads the flattened product.
         */
        MATRIX_PRODUCT
    }

    private final int p, d, classes, out, samples, train;
    /** The training samples the next gradient averages over: the first {@code batch} of them (all, unless chosen). */
    private int batch;
    /** original[q]: which of the training samples as given sits at position q now (a minibatch reorders them). */
    private final int[] original;
    private final int[] left, right, label;
    private final Loss loss;
    private final Combination combination;
    /** The matrix side n of MATRIX_PRODUCT (d = n^2); 0 for SUM. */
    private final int side;
    /** The weight of the L1 penalty l1 * mean |E| on the embeddings (the permutation notebook's lamb, 1e-3), or 0. */
    private final double l1;
    /** [class][out]: the regression targets (unused for CE). */
    private final float[][] targets;
    private final int[] size;
    final double[] embeddings;
    final double[][][] weights;
    final double[][] biases;
    private final float[][][] w, gw;
    /** w[l] transposed, for the input gradients' blocked products (the Vector API's path only). */
    private final float[][][] wT;
    private final float[][] b, gb;
    private final float[] e;
    private final float[][][] act, delta;
    private final float[][] outputs, gradOut;
    private final FloatTanh tanh;
    private final double[] gradEmbeddings;
    /** gradEmbeddings as the optimizer's one parameter group. */
    private final double[][] embeddingGradients;
    private final double[][] gradDecoder;
    private final Adam embeddingOptimizer, decoderOptimizer;

    /**
     * @param left      the samples' first symbols, training samples first
     * @param right     their second symbols
     * @param label     their classes, 0 .. classes - 1
     * @param train     how many of the samples (the first ones) are trained on
     * @param outputDim the MSE targets' dimension (the authors' 30); CE uses one logit per class
     */
    public SumDecoderModel(int p, int d, int width, int classes, int outputDim, Loss loss, int[] left, int[] right,
            int[] label, int train, Optimisers opt, Init init, long seed) {
        this(p, d, width, classes, outputDim, loss, left, right, label, train, opt, init, seed, null);
    }

    /**
     * The same with given MSE targets (classes x outputDim, before the label scale; rounded to float as torch's
     * float tensor rounds them), or null to draw them from the seed. The initial weights are the seed's either way.
     */
    public SumDecoderModel(int p, int d, int width, int classes, int outputDim, Loss loss, int[] left, int[] right,
            int[] label, int train, Optimisers opt, Init init, long seed, double[][] givenTargets) {
        this(p, d, width, classes, outputDim, loss, left, right, label, train, opt, init, seed, givenTargets,
                Combination.SUM, 0);
    }

    /**
     * The same with the pair's combination and an L1 penalty {@code l1 * mean |E|} on the embeddings added to the
     * training loss (0: none).
     */
    public SumDecoderModel(int p, int d, int width, int classes, int outputDim, Loss loss, int[] left, int[] right,
            int[] label, int train, Optimisers opt, Init init, long seed, double[][] givenTargets,
            Combination combination, double l1) {
        int n = (int) Math.round(Math.sqrt(d));
        if (combination == Combination.MATRIX_PRODUCT && n * n != d)
            throw new IllegalArgumentException("matrix embeddings need d = n^2, got d = " + d);
        if (!(l1 >= 0) || Double.isInfinite(l1)) throw new IllegalArgumentException("the L1 weight must be finite and >= 0, got " + l1);
        this.combination = combination;
        this.side = combination == Combination.MATRIX_PRODUCT ? n : 0;
        this.l1 = l1;
        if (p < 2 || d < 1 || width < 1 || classes < 2) throw new IllegalArgumentException("need p >= 2, d >= 1, width >= 1, classes >= 2");
        if (left.length != right.length || left.length != label.length || train < 1 || train > left.length)
            throw new IllegalArgumentException("samples and labels differ in length, or train is out of range");
        this.p = p;
        this.d = d;
        this.classes = classes;
        this.loss = loss;
        this.out = loss == Loss.CE ? classes : outputDim;
        this.left = left.clone();
        this.right = right.clone();
        this.label = label.clone();
        this.samples = left.length;
        this.train = train;
        this.batch = train;
        this.original = new int[train];
        for (int q = 0; q < train; q++) original[q] = q;
        SplittableRandom rng = new SplittableRandom(seed);
        SplittableRandom targetRng = rng.split(), embeddingRng = rng.split(), decoderRng = rng.split();
        targets = new float[classes][out];
        if (givenTargets != null && (loss != Loss.MSE || givenTargets.length != classes
                || Arrays.stream(givenTargets).anyMatch(t -> t.length != out)))
            throw new IllegalArgumentException("given targets must be MSE's, " + classes + " x " + out);
        for (int c = 0; c < classes; c++)
            for (int k = 0; k < out; k++)
                targets[c][k] = (float) ((givenTargets == null ? gaussian(targetRng) : givenTargets[c][k]) * init.labelScale());
        size = new int[] {d, width, width, out};
        embeddings = new double[p * d];
        for (int i = 0; i < embeddings.length; i++) embeddings[i] = (embeddingRng.nextDouble() - 0.5) * init.embeddingScale();
        weights = new double[3][][];
        biases = new double[3][];
        for (int l = 0; l < 3; l++) {
            // torch.nn.Linear's default: weights and biases uniform in +-1/sqrt(fan_in), then the authors' init scale.
            double bound = 1 / Math.sqrt(size[l]) * init.decoderScale();
            weights[l] = new double[size[l + 1]][size[l]];
            biases[l] = new double[size[l + 1]];
            for (double[] row : weights[l]) for (int k = 0; k < row.length; k++) row[k] = (2 * decoderRng.nextDouble() - 1) * bound;
            for (int o = 0; o < biases[l].length; o++) biases[l][o] = (2 * decoderRng.nextDouble() - 1) * bound;
        }
        w = new float[3][][];
        wT = new float[3][][];
        gw = new float[3][][];
        b = new float[3][];
        gb = new float[3][];
        for (int l = 0; l < 3; l++) {
            w[l] = new float[size[l + 1]][size[l]];
            wT[l] = PairSums.VECTOR ? new float[size[l]][size[l + 1]] : null;
            gw[l] = new float[size[l + 1]][size[l]];
            b[l] = new float[size[l + 1]];
            gb[l] = new float[size[l + 1]];
        }
        e = new float[p * d];
        act = new float[3][][];
        delta = new float[3][][];
        for (int l = 0; l < 3; l++) {
            act[l] = new float[size[l]][padded(samples)];
            delta[l] = new float[size[l]][padded(train)];
        }
        outputs = new float[out][padded(samples)];
        gradOut = new float[out][padded(train)];
        tanh = new FloatTanh(samples);
        gradEmbeddings = new double[p * d];
        embeddingGradients = new double[][] {gradEmbeddings};
        double[][] decoder = Autoencoder.decoderArrays(weights, biases);
        gradDecoder = new double[decoder.length][];
        for (int i = 0; i < decoder.length; i++) gradDecoder[i] = new double[decoder[i].length];
        embeddingOptimizer = Adam.adamW(opt.etaEmbeddings(), opt.wdEmbeddings(), embeddings);
        decoderOptimizer = Adam.adamW(opt.etaDecoder(), opt.wdDecoder(), decoder);
    }

    /** The two optimizers' settings (AdamW, beta = (0.9, 0.999), eps = 1e-8). */
    public record Optimisers(double etaEmbeddings, double wdEmbeddings, double etaDecoder, double wdDecoder) { }

    /** The initialisation scales of the embeddings (uniform in +-scale/2), the decoder and the MSE targets. */
    public record Init(double embeddingScale, double decoderScale, double labelScale) {
        public static final Init AUTHORS = new Init(1, 1, 1);
    }

    private static double gaussian(SplittableRandom r) {
        double u = r.nextDouble(), v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    /** The forward pass over every sample (training and held-out) with the current parameters. */
    public void forward() {
        for (int l = 0; l < 3; l++)
            for (int o = 0; o < w[l].length; o++) {
                for (int k = 0; k < w[l][o].length; k++) w[l][o][k] = (float) weights[l][o][k];
                if (PairSums.VECTOR) for (int k = 0; k < w[l][o].length; k++) wT[l][k][o] = w[l][o][k];
                b[l][o] = (float) biases[l][o];
            }
        for (int i = 0; i < e.length; i++) e[i] = (float) embeddings[i];
        float[][] x = act[0];
        if (combination == Combination.SUM) {
            for (int s = 0; s < samples; s++)
                for (int k = 0; k < d; k++) x[k][s] = e[left[s] * d + k] + e[right[s] * d + k];
        } else {
            int n = side;
            for (int s = 0; s < samples; s++) {
                int a = left[s] * d, c = right[s] * d;
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < n; j++) {
                        float v = 0;
                        for (int m = 0; m < n; m++) v += e[a + i * n + m] * e[c + m * n + j];
                        x[i * n + j][s] = v;
                    }
            }
        }
        // The blocked products (two output rows a pass) keep FloatKernel.combine's order for every element: the same
        // bits, faster (docs/BENCHMARKS.md).
        for (int l = 0; l < 2; l++) {
            if (PairSums.VECTOR) VectorLayers.combine(w[l], b[l], act[l], padded(samples), act[l + 1]);
            else for (int o = 0; o < size[l + 1]; o++) FloatKernel.combine(act[l + 1][o], b[l][o], w[l][o], act[l], samples);
            for (int o = 0; o < size[l + 1]; o++) tanh.apply(act[l + 1][o], samples);
        }
        if (PairSums.VECTOR) VectorLayers.combine(w[2], b[2], act[2], padded(samples), outputs);
        else for (int o = 0; o < out; o++) FloatKernel.combine(outputs[o], b[2][o], w[2][o], act[2], samples);
    }

    /** The training loss at the last forward pass: mean squared error over samples and outputs, or cross-entropy. */
    public double trainLoss() {
        double s = 0;
        for (int q = 0; q < train; q++) {
            if (loss == Loss.MSE) {
                for (int o = 0; o < out; o++) {
                    double r = outputs[o][q] - targets[label[q]][o];
                    s += r * r;
                }
            } else {
                s += logSumExp(q) - outputs[label[q]][q];
            }
        }
        return (loss == Loss.MSE ? s / ((double) train * out) : s / train) + l1Penalty();
    }

    /** l1 * mean |E| over every embedding entry (0 without the penalty). */
    private double l1Penalty() {
        if (l1 == 0) return 0;
        double s = 0;
        for (float v : e) s += Math.abs(v);
        return l1 * s / e.length;
    }

    private double logSumExp(int q) {
        double max = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < out; o++) max = Math.max(max, outputs[o][q]);
        double z = 0;
        for (int o = 0; o < out; o++) z += Math.exp(outputs[o][q] - max);
        return max + Math.log(z);
    }

    /**
     * The next step's minibatch (the authors' batch_size): {@code chosen} are indices into the training samples as
     * given to the constructor, distinct; the next forward pass puts them first, in this order, and the next gradient
     * averages over them only. Accuracies still count every training sample. Without a call, every step is full batch.
     */
    public void chooseBatch(int[] chosen) {
        if (chosen.length < 1 || chosen.length > train)
            throw new IllegalArgumentException("a batch holds 1 to " + train + " training samples, got " + chosen.length);
        boolean[] taken = new boolean[train];
        int[] order = new int[train];
        int n = 0;
        for (int c : chosen) {
            if (c < 0 || c >= train || taken[c]) throw new IllegalArgumentException("batch index " + c + " is out of range or repeated");
            taken[c] = true;
            order[n++] = c;
        }
        for (int c = 0; c < train; c++) if (!taken[c]) order[n++] = c;
        // Rewrite the training positions from the given order: position of original sample c is found through original.
        int[] at = new int[train];
        for (int q = 0; q < train; q++) at[original[q]] = q;
        int[] l = new int[train], r = new int[train], y = new int[train];
        for (int q = 0; q < train; q++) {
            int from = at[order[q]];
            l[q] = left[from];
            r[q] = right[from];
            y[q] = label[from];
        }
        System.arraycopy(l, 0, left, 0, train);
        System.arraycopy(r, 0, right, 0, train);
        System.arraycopy(y, 0, label, 0, train);
        System.arraycopy(order, 0, original, 0, train);
        batch = chosen.length;
    }

    /** Back-propagates the last forward pass's training loss and takes one AdamW step of both optimizers. */
    public void step() {
        backward();
        embeddingOptimizer.step(embeddingGradients);
        decoderOptimizer.step(gradDecoder);
    }

    /** The gradients of the last forward pass's training loss, without a step. */
    void backward() {
        float[][] dOut = gradOut;
        for (int q = 0; q < batch; q++) {
            if (loss == Loss.MSE) {
                float scale = 2f / (batch * out);
                for (int o = 0; o < out; o++) dOut[o][q] = (outputs[o][q] - targets[label[q]][o]) * scale;
            } else {
                double lse = logSumExp(q);
                for (int o = 0; o < out; o++)
                    dOut[o][q] = (float) ((Math.exp(outputs[o][q] - lse) - (o == label[q] ? 1 : 0)) / batch);
            }
        }
        layerGradients(2, dOut);
        backThrough(2, dOut, delta[2], true);
        layerGradients(1, delta[2]);
        backThrough(1, delta[2], delta[1], true);
        layerGradients(0, delta[1]);
        backThrough(0, delta[1], delta[0], false);
        Arrays.fill(gradEmbeddings, 0);
        if (combination == Combination.SUM) {
            for (int q = 0; q < batch; q++)
                for (int k = 0; k < d; k++) {
                    gradEmbeddings[left[q] * d + k] += delta[0][k][q];
                    gradEmbeddings[right[q] * d + k] += delta[0][k][q];
                }
        } else {
            // X = A B: dL/dA = dX B^T, dL/dB = A^T dX.
            int n = side;
            for (int q = 0; q < batch; q++) {
                int a = left[q] * d, c = right[q] * d;
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < n; j++) {
                        float g = delta[0][i * n + j][q];
                        for (int m = 0; m < n; m++) {
                            gradEmbeddings[a + i * n + m] += g * e[c + m * n + j];
                            gradEmbeddings[c + m * n + j] += e[a + i * n + m] * g;
                        }
                    }
            }
        }
        // torch's d|x|/dx is sign(x), 0 at 0.
        if (l1 != 0) for (int k = 0; k < e.length; k++) gradEmbeddings[k] += l1 * Math.signum(e[k]) / e.length;
        int a = 0;
        for (int l = 0; l < 3; l++) {
            for (int o = 0; o < gw[l].length; o++, a++) for (int k = 0; k < gw[l][o].length; k++) gradDecoder[a][k] = gw[l][o][k];
            for (int o = 0; o < gb[l].length; o++) gradDecoder[a][o] = gb[l][o];
            a++;
        }
    }

    /** Layer l's weight and bias gradients from the gradient dz of its output (pre-activation). */
    private void layerGradients(int l, float[][] dz) {
        for (int o = 0; o < dz.length; o++) gb[l][o] = PairSums.total(dz[o], batch);
        PairSums.weightGradient(dz, act[l], batch, gw[l]);
    }

    /**
     * n rounded up to whole vectors on the Vector API's path: the rows of activations and deltas are that long, so the
     * blocked products run no scalar tail (45 samples were two 16-lane vectors and 13 scalar lanes). Each lane's sums
     * are the same whatever the length; the lanes past n hold values nobody reads (the weight and embedding gradients,
     * the loss and the accuracies all stop at the batch or the sample count).
     */
    private static int padded(int n) {
        return PairSums.VECTOR ? VectorLayers.wholeVectors(n) : n;
    }

    /** dx[k] = sum_o w[l][o][k] dz[o], times tanh's derivative when layer l's input is a hidden layer. */
    private void backThrough(int l, float[][] dz, float[][] dx, boolean hidden) {
        float[][] wl = w[l], x = act[l];
        if (PairSums.VECTOR) {
            // The same sums in the same order: w^T's rows against dz, bias 0, four o's a group.
            VectorLayers.combine(wT[l], null, dz, padded(batch), dx);
            if (hidden) for (int k = 0; k < dx.length; k++) VectorLayers.tanhGradient(dx[k], x[k], padded(batch));
            return;
        }
        for (int k = 0; k < dx.length; k++) {
            float[] dk = dx[k];
            Arrays.fill(dk, 0);
            int o = 0;
            for (; o + 3 < dz.length; o += 4) {
                float w0 = wl[o][k], w1 = wl[o + 1][k], w2 = wl[o + 2][k], w3 = wl[o + 3][k];
                float[] z0 = dz[o], z1 = dz[o + 1], z2 = dz[o + 2], z3 = dz[o + 3];
                for (int q = 0; q < batch; q++) dk[q] += w0 * z0[q] + w1 * z1[q] + w2 * z2[q] + w3 * z3[q];
            }
            for (; o < dz.length; o++) {
                float w0 = wl[o][k];
                float[] z0 = dz[o];
                for (int q = 0; q < batch; q++) dk[q] += w0 * z0[q];
            }
            if (hidden) {
                float[] xk = x[k];
                for (int q = 0; q < batch; q++) dk[q] *= 1 - xk[q] * xk[q];
            }
        }
    }

    /** The predicted class of sample s at the last forward pass: the nearest target (MSE) or the largest logit (CE). */
    public int predicted(int s) {
        int best = 0;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            double score;
            if (loss == Loss.MSE) {
                score = 0;
                for (int o = 0; o < out; o++) {
                    double r = outputs[o][s] - targets[c][o];
                    score += r * r;
                }
            } else {
                score = -outputs[c][s];
            }
            if (score < bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    /** The fraction of samples in [from, to) predicted right at the last forward pass. */
    public double accuracy(int from, int to) {
        int right = 0;
        for (int s = from; s < to; s++) if (predicted(s) == label[s]) right++;
        return (double) right / (to - from);
    }

    public int trainSamples() {
        return train;
    }

    public int samples() {
        return samples;
    }

    /** The current embeddings, symbol-major (p x d). */
    public double[] embeddings() {
        return embeddings.clone();
    }

    /** The MSE targets, [class][output] (for tests). */
    float[][] targets() {
        return targets;
    }

    /** The output of sample s, unit o, at the last forward pass (for tests). */
    float output(int o, int s) {
        return outputs[o][s];
    }

    /** Sets a parameter (for gradient tests): the embeddings (layer -1) or weight [layer][o][k]. */
    void set(int layer, int o, int k, double value) {
        if (layer < 0) embeddings[k] = value;
        else weights[layer][o][k] = value;
    }

    /** The last step's gradient of that parameter (computed before the optimizers moved it). */
    double gradient(int layer, int o, int k) {
        return layer < 0 ? gradEmbeddings[k] : gw[layer][o][k];
    }
}
