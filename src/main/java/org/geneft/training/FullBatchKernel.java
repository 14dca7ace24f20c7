package org.geneft.training;

import java.util.Arrays;

/**
 * The trainer's numeric kernel: one forward pass over all n² pairs (logits for train and test accuracy)
 * and one backward pass over the training pairs (the gradient of the mean binary cross-entropy), in double
 * precision, on arrays allocated once.
 *
 * <p>Layout, chosen by measurement (docs/BENCHMARKS.md): activations are unit-major, one array per unit
 * holding that unit's value for every pair, so the forward pass and the backward pass to the inputs are
 * long loops {@code z[p] += w0·x0[p] + … + w3·x3[p]} that index every array by the same p. HotSpot's C2
 * compiles exactly that shape to AVX code; offsets into one shared flat array defeat its alias analysis
 * and leave the loop scalar (3-6x slower). The weight gradient, a sum over pairs, is
 * {@link PairSums}'s: interleaved partial sums, on the Vector API where the launcher enables it.
 *
 * <p>Single-threaded, with a fixed summation order: the same parameters give bit-identical logits and
 * gradients on every run, whatever the CPU's vector width (Java's floating point is strict, vectorised loops
 * compute the same element-wise operations, and {@link PairSums} fixes its lanes).
 */
final class FullBatchKernel implements Kernel {
    private final Autoencoder model;
    private final TrainingSplit split;
    private final int pairs, train, depth, d;
    private final int[] size;
    /** act[l][k][p]: unit k of layer l for pair p; layer 0 is the decoder input, l ≥ 1 the hidden tanh outputs. */
    private final double[][][] act;
    /** delta[l][k][p], p &lt; train: loss gradient at layer l's pre-activations (layer 0: at the decoder input). */
    private final double[][][] delta;
    private final double[] logits, logitGrad;
    private final Tanh tanh;
    final double[] gradEmbeddings;
    final double[][][] gradWeights;
    final double[][] gradBiases;

    FullBatchKernel(Autoencoder model, TrainingSplit split) {
        if (split.n() != model.n()) throw new IllegalArgumentException("model and data set differ in n");
        this.model = model;
        this.split = split;
        pairs = split.pairs();
        train = split.trainPairs();
        depth = model.depth();
        d = model.embeddingDim();
        size = new int[depth + 2];
        for (int l = 0; l < size.length; l++) size[l] = model.size(l);
        act = new double[depth + 1][][];
        delta = new double[depth + 1][][];
        for (int l = 0; l <= depth; l++) {
            act[l] = new double[size[l]][pairs];
            delta[l] = new double[size[l]][train];
        }
        logits = new double[pairs];
        tanh = new Tanh(pairs);
        logitGrad = new double[train];
        gradEmbeddings = new double[model.embeddings.length];
        gradWeights = new double[depth + 1][][];
        gradBiases = new double[depth + 1][];
        for (int l = 0; l <= depth; l++) {
            gradWeights[l] = new double[size[l + 1]][size[l]];
            gradBiases[l] = new double[size[l + 1]];
        }
    }

    @Override
    public double[] embeddingGradients() {
        return gradEmbeddings;
    }

    @Override
    public double[][] decoderGradients() {
        return Autoencoder.decoderArrays(gradWeights, gradBiases);
    }

    @Override
    public void forward() {
        forward(pairs);
    }

    @Override
    public void forwardTrain() {
        forward(train);
    }

    /** The first len pairs (the training pairs come first): each pair's arithmetic is the same whatever len is. */
    private void forward(int len) {
        input(len);
        for (int l = 0; l < depth; l++) {
            double[][] w = model.weights[l], y = act[l + 1];
            double[] b = model.biases[l];
            for (int o = 0; o < y.length; o++) {
                double[] z = y[o];
                combine(z, b[o], w[o], act[l], len);
                tanh.apply(z, len);
            }
        }
        combine(logits, model.biases[depth][0], model.weights[depth][0], act[depth], len);
    }

    /** z[p] = bias + Σ_k w[k]·x[k][p] for p &lt; len, four inputs per pass over z. */
    static void combine(double[] z, double bias, double[] w, double[][] x, int len) {
        Arrays.fill(z, 0, len, bias);
        int in = w.length, k = 0;
        for (; k + 3 < in; k += 4) {
            double w0 = w[k], w1 = w[k + 1], w2 = w[k + 2], w3 = w[k + 3];
            double[] x0 = x[k], x1 = x[k + 1], x2 = x[k + 2], x3 = x[k + 3];
            for (int p = 0; p < len; p++) z[p] += w0 * x0[p] + w1 * x1[p] + w2 * x2[p] + w3 * x3[p];
        }
        for (; k < in; k++) {
            double w0 = w[k];
            double[] x0 = x[k];
            for (int p = 0; p < len; p++) z[p] += w0 * x0[p];
        }
    }

    private void input(int len) {
        double[] e = model.embeddings;
        double[][] x = act[0];
        DecoderInput mode = model.mode();
        for (int p = 0; p < len; p++) {
            int i = split.left(p) * d, j = split.right(p) * d;
            for (int k = 0; k < d; k++) {
                switch (mode) {
                    case CONCAT -> { x[k][p] = e[i + k]; x[d + k][p] = e[j + k]; }
                    case DIFF -> x[k][p] = e[i + k] - e[j + k];
                    case SQDIFF -> {
                        double u = e[i + k] - e[j + k];
                        x[k][p] = u * u;
                    }
                }
            }
        }
    }

    @Override
    public void backward() {
        double scale = 1.0 / train;
        for (int p = 0; p < train; p++) logitGrad[p] = BinaryCrossEntropy.gradient(logits[p], split.target(p)) * scale;
        outputLayer();
        for (int l = depth - 1; l >= 0; l--) {
            weightGradient(l);
            inputGradient(l);
        }
        embeddingGradient();
    }

    /** The logit layer: one output, so its weight gradients are dot products with the logit gradient. */
    private void outputLayer() {
        double[] w = model.weights[depth][0], gw = gradWeights[depth][0], g = logitGrad;
        double[][] x = act[depth], dx = delta[depth];
        double gb = 0;
        for (int p = 0; p < train; p++) gb += g[p];
        gradBiases[depth][0] = gb;
        for (int k = 0; k < w.length; k++) {
            double[] xk = x[k], dk = dx[k];
            double s = 0, wk = w[k];
            for (int p = 0; p < train; p++) s += g[p] * xk[p];
            gw[k] = s;
            if (depth > 0) for (int p = 0; p < train; p++) dk[p] = g[p] * wk * (1 - xk[p] * xk[p]);
            else for (int p = 0; p < train; p++) dk[p] = g[p] * wk;
        }
    }

    /** Linear layer l's weight and bias gradients: gw[o][k] = Σ_p dz[o][p]·x[k][p], gb[o] = Σ_p dz[o][p]. */
    private void weightGradient(int l) {
        double[][] dz = delta[l + 1];
        double[] gb = gradBiases[l];
        for (int o = 0; o < dz.length; o++) gb[o] = PairSums.total(dz[o], train);
        PairSums.weightGradient(dz, act[l], train, gradWeights[l]);
    }

    /** delta[l][k] = Σ_o W[o][k]·dz[o], through tanh' = 1 − tanh² unless l is the decoder input. */
    private void inputGradient(int l) {
        int in = size[l], out = size[l + 1];
        double[][] x = act[l], dz = delta[l + 1], dx = delta[l], w = model.weights[l];
        for (int k = 0; k < in; k++) {
            double[] dk = dx[k];
            Arrays.fill(dk, 0);
            int o = 0;
            for (; o + 3 < out; o += 4) {
                double w0 = w[o][k], w1 = w[o + 1][k], w2 = w[o + 2][k], w3 = w[o + 3][k];
                double[] z0 = dz[o], z1 = dz[o + 1], z2 = dz[o + 2], z3 = dz[o + 3];
                for (int p = 0; p < train; p++) dk[p] += w0 * z0[p] + w1 * z1[p] + w2 * z2[p] + w3 * z3[p];
            }
            for (; o < out; o++) {
                double w0 = w[o][k];
                double[] z0 = dz[o];
                for (int p = 0; p < train; p++) dk[p] += w0 * z0[p];
            }
            if (l > 0) {
                double[] xk = x[k];
                for (int p = 0; p < train; p++) dk[p] *= 1 - xk[p] * xk[p];
            }
        }
    }

    /** Chain rule from the decoder input to the two embeddings of each training pair. */
    private void embeddingGradient() {
        double[] g = gradEmbeddings, e = model.embeddings;
        double[][] dx = delta[0];
        Arrays.fill(g, 0);
        DecoderInput mode = model.mode();
        for (int p = 0; p < train; p++) {
            int i = split.left(p) * d, j = split.right(p) * d;
            for (int k = 0; k < d; k++) {
                switch (mode) {
                    case CONCAT -> { g[i + k] += dx[k][p]; g[j + k] += dx[d + k][p]; }
                    case DIFF -> { g[i + k] += dx[k][p]; g[j + k] -= dx[k][p]; }
                    case SQDIFF -> {
                        double v = 2 * (e[i + k] - e[j + k]) * dx[k][p];
                        g[i + k] += v;
                        g[j + k] -= v;
                    }
                }
            }
        }
    }

    @Override
    public double trainLoss() {
        double s = 0;
        for (int p = 0; p < train; p++) s += BinaryCrossEntropy.loss(logits[p], split.target(p));
        return s / train;
    }

    /** Fraction of pairs p in [from, to) whose prediction (logit > 0) equals R_ij. */
    private double accuracy(int from, int to) {
        int right = 0;
        for (int p = from; p < to; p++) if ((logits[p] > 0) == (split.target(p) == 1)) right++;
        return (double) right / (to - from);
    }

    @Override
    public double trainAccuracy() { return accuracy(0, train); }

    @Override
    public double testAccuracy() { return accuracy(train, pairs); }

    @Override
    public double fullAccuracy() { return accuracy(0, pairs); }

    @Override
    public double logit(int p) { return logits[p]; }
}
