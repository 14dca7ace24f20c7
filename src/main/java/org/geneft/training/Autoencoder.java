package org.geneft.training;

import java.util.SplittableRandom;

/**
 * The paper's reduced autoencoder (Sec. II): an encoder of n learnable embeddings in R^d and an MLP decoder
 * (depth hidden tanh layers of width units, one output logit) on the combined embeddings of a pair.
 *
 * <p>Parameters live in arrays that the kernel and the optimizers update in place. Linear layer l maps
 * {@code size(l)} to {@code size(l + 1)} units; its weight is stored as PyTorch stores it (out × in),
 * one array per row, so that the kernel's inner loops index every array alike.
 */
public final class Autoencoder {
    private final int n, d, depth;
    private final DecoderInput mode;
    private final int[] sizes;
    final double[] embeddings;
    /** weights[l][o] is row o (one output unit) of linear layer l; biases[l][o] its bias. */
    final double[][][] weights;
    final double[][] biases;

    private Autoencoder(int n, int d, DecoderInput mode, int depth, int width) {
        this.n = n;
        this.d = d;
        this.mode = mode;
        this.depth = depth;
        sizes = new int[depth + 2];
        sizes[0] = mode.width(d);
        for (int l = 1; l <= depth; l++) sizes[l] = width;
        sizes[depth + 1] = 1;
        embeddings = new double[n * d];
        weights = new double[depth + 1][][];
        biases = new double[depth + 1][];
        for (int l = 0; l <= depth; l++) {
            weights[l] = new double[sizes[l + 1]][sizes[l]];
            biases[l] = new double[sizes[l + 1]];
        }
    }

    /**
     * A freshly initialised model: embeddings N(0, 1) · initScale from {@code encoder}; each linear layer's
     * weights, then biases, uniform in ±1/√fan_in from {@code decoder} (PyTorch's nn.Linear default).
     */
    public static Autoencoder initialise(int n, TrainConfig c, SplittableRandom encoder, SplittableRandom decoder) {
        Autoencoder m = new Autoencoder(n, c.embeddingDim(), c.mode(), c.depth(), c.width());
        for (int a = 0; a < m.embeddings.length; a++) m.embeddings[a] = encoder.nextGaussian() * c.initScale();
        for (int l = 0; l <= m.depth; l++) {
            double bound = 1 / Math.sqrt(m.sizes[l]);
            for (double[] row : m.weights[l])
                for (int k = 0; k < row.length; k++) row[k] = bound * (2 * decoder.nextDouble() - 1);
            double[] b = m.biases[l];
            for (int o = 0; o < b.length; o++) b[o] = bound * (2 * decoder.nextDouble() - 1);
        }
        return m;
    }

    /** Number of elements n. */
    public int n() { return n; }

    /** Embedding dimension d. */
    public int embeddingDim() { return d; }

    /** Hidden layers. */
    public int depth() { return depth; }

    /** How the decoder combines a pair's embeddings. */
    public DecoderInput mode() { return mode; }

    /** Units of layer l: 0 is the decoder input, 1..depth the hidden layers, depth + 1 the logit. */
    public int size(int l) { return sizes[l]; }

    /** The decoder's parameter arrays in optimizer order: layer 0's weight rows then its bias, layer 1's, ... */
    double[][] decoderParameters() {
        return decoderArrays(weights, biases);
    }

    static double[][] decoderArrays(double[][][] weights, double[][] biases) {
        java.util.List<double[]> p = new java.util.ArrayList<>();
        for (int l = 0; l < weights.length; l++) {
            p.addAll(java.util.Arrays.asList(weights[l]));
            p.add(biases[l]);
        }
        return p.toArray(new double[0][]);
    }

    /** Number of learnable parameters (encoder and decoder). */
    public int parameterCount() {
        int c = embeddings.length;
        for (int l = 0; l <= depth; l++) c += sizes[l + 1] * (sizes[l] + 1);
        return c;
    }
}
