package org.geneft.training;

import java.util.Arrays;

/**
 * {@link FullBatchKernel}'s arithmetic in float, PyTorch's default precision: the same unit-major layout and loop
 * shapes, which C2 vectorises with twice the lanes (the forward layer measured 1.8x faster, docs/BENCHMARKS.md).
 * The model's parameters stay double: they are rounded to float at every forward pass, and the gradients widened
 * back to double for the optimizers. Single-threaded with a fixed order, so runs are bit-identical like the double
 * kernel's; the two differ by float rounding, which a test bounds.
 *
 * <p>It mirrors {@link FullBatchKernel} loop for loop, because Java's generics do not reach primitive arrays and a
 * boxed or copied abstraction would cost the speed this class exists for: a change to one kernel's arithmetic
 * belongs in both, and {@code FloatKernelTest} fails when they part.
 *
 * <p>The same arithmetic runs three ways, the same bits each: the scalar loops here; the layer products on the
 * Vector API ({@link VectorLayers}, with the module); the whole step in C on CPUs with AVX-512 ({@link NativeKernel},
 * native/geneft_kernel.c), where it runs. A change to the arithmetic belongs in all three ({@code VectorLayersTest},
 * {@code NativeKernelTest} and {@code PairSumsTest}'s module-less run fail when they part).
 */
final class FloatKernel implements Kernel {
    /** Whether the layer products run on {@link VectorLayers}: decided once, so the JIT folds the branch away. */
    private static final boolean VECTOR = PairSums.VECTOR;
    private final Autoencoder model;
    private final TrainingSplit split;
    private final int pairs, train, depth, d;
    private final int[] size;
    /** The parameters rounded to float at the last forward pass. */
    private final float[][][] w;
    /** w transposed (in × out), for the input gradients' products. */
    private final float[][][] wT;
    private final float[][] b;
    private final float[] e;
    private final float[][][] act, delta;
    private final float[] logits, logitGrad;
    private final FloatTanh tanh;
    private final float[][][] gw;
    private final float[][] gb;
    private final float[] ge;
    private final double[] gradEmbeddings;
    private final double[][][] gradWeights;
    private final double[][] gradBiases;
    /** The step in C where it runs ({@link NativeKernel}), else null. */
    private final NativeKernel nativeStep;

    FloatKernel(Autoencoder model, TrainingSplit split) {
        this(model, split, true);
    }

    /** With {@code allowNative} false the step runs in Java even where the native one could (for comparisons). */
    FloatKernel(Autoencoder model, TrainingSplit split, boolean allowNative) {
        if (split.n() != model.n()) throw new IllegalArgumentException("model and data set differ in n");
        this.model = model;
        this.split = split;
        pairs = split.pairs();
        train = split.trainPairs();
        depth = model.depth();
        d = model.embeddingDim();
        size = new int[depth + 2];
        for (int l = 0; l < size.length; l++) size[l] = model.size(l);
        w = new float[depth + 1][][];
        wT = new float[depth + 1][][];
        b = new float[depth + 1][];
        gw = new float[depth + 1][][];
        gb = new float[depth + 1][];
        gradWeights = new double[depth + 1][][];
        gradBiases = new double[depth + 1][];
        for (int l = 0; l <= depth; l++) {
            w[l] = new float[size[l + 1]][size[l]];
            wT[l] = new float[size[l]][size[l + 1]];
            b[l] = new float[size[l + 1]];
            gw[l] = new float[size[l + 1]][size[l]];
            gb[l] = new float[size[l + 1]];
            gradWeights[l] = new double[size[l + 1]][size[l]];
            gradBiases[l] = new double[size[l + 1]];
        }
        e = new float[model.embeddings.length];
        ge = new float[model.embeddings.length];
        gradEmbeddings = new double[model.embeddings.length];
        nativeStep = allowNative ? NativeKernel.open(model, split) : null;
        // The activations and deltas live in C when the native step runs: the Java arrays stay empty then.
        int units = nativeStep == null ? pairs : 0, trained = nativeStep == null ? train : 0;
        act = new float[depth + 1][][];
        delta = new float[depth + 1][][];
        for (int l = 0; l <= depth; l++) {
            act[l] = new float[size[l]][units];
            delta[l] = new float[size[l]][trained];
        }
        logits = new float[pairs];
        logitGrad = new float[train];
        tanh = new FloatTanh(units);
    }

    @Override
    public void close() {
        if (nativeStep != null) nativeStep.close();
    }

    /** Whether this kernel's step runs in C. */
    boolean isNative() {
        return nativeStep != null;
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
        if (nativeStep != null) {
            pack(nativeStep.params());
            nativeStep.forward(len, logits);
            return;
        }
        round();
        input(len);
        for (int l = 0; l < depth; l++) {
            float[][] y = act[l + 1];
            if (VECTOR) {
                VectorLayers.combine(w[l], b[l], act[l], len, y);
                for (float[] yo : y) tanh.apply(yo, len);
                continue;
            }
            for (int o = 0; o < y.length; o++) {
                combine(y[o], b[l][o], w[l][o], act[l], len);
                tanh.apply(y[o], len);
            }
        }
        combine(logits, b[depth][0], w[depth][0], act[depth], len);
    }

    /** The model's double parameters, rounded to float. */
    private void round() {
        for (int l = 0; l <= depth; l++) {
            for (int o = 0; o < w[l].length; o++) {
                double[] row = model.weights[l][o];
                for (int k = 0; k < row.length; k++) w[l][o][k] = (float) row[k];
                if (VECTOR) for (int k = 0; k < row.length; k++) wT[l][k][o] = w[l][o][k];
                b[l][o] = (float) model.biases[l][o];
            }
        }
        for (int i = 0; i < e.length; i++) e[i] = (float) model.embeddings[i];
    }

    /** The parameters rounded to float in the native step's packing: per layer its weight rows then biases; embeddings. */
    private void pack(java.nio.FloatBuffer params) {
        int q = 0;
        for (int l = 0; l <= depth; l++) {
            for (double[] row : model.weights[l]) for (double v : row) params.put(q++, (float) v);
            for (double v : model.biases[l]) params.put(q++, (float) v);
        }
        for (double v : model.embeddings) params.put(q++, (float) v);
    }

    /** The native step's packed gradients, widened into the double arrays the optimizers read. */
    private void widen(java.nio.FloatBuffer grads) {
        int q = 0;
        for (int l = 0; l <= depth; l++) {
            for (double[] row : gradWeights[l]) for (int k = 0; k < row.length; k++) row[k] = grads.get(q++);
            double[] bias = gradBiases[l];
            for (int o = 0; o < bias.length; o++) bias[o] = grads.get(q++);
        }
        for (int i = 0; i < gradEmbeddings.length; i++) gradEmbeddings[i] = grads.get(q++);
    }

    /** z[p] = bias + Σ_k w[k]·x[k][p] for p &lt; len, four inputs per pass over z. */
    static void combine(float[] z, float bias, float[] w, float[][] x, int len) {
        Arrays.fill(z, 0, len, bias);
        int in = w.length, k = 0;
        for (; k + 3 < in; k += 4) {
            float w0 = w[k], w1 = w[k + 1], w2 = w[k + 2], w3 = w[k + 3];
            float[] x0 = x[k], x1 = x[k + 1], x2 = x[k + 2], x3 = x[k + 3];
            for (int p = 0; p < len; p++) z[p] += w0 * x0[p] + w1 * x1[p] + w2 * x2[p] + w3 * x3[p];
        }
        for (; k < in; k++) {
            float w0 = w[k];
            float[] x0 = x[k];
            for (int p = 0; p < len; p++) z[p] += w0 * x0[p];
        }
    }

    private void input(int len) {
        float[][] x = act[0];
        DecoderInput mode = model.mode();
        for (int p = 0; p < len; p++) {
            int i = split.left(p) * d, j = split.right(p) * d;
            for (int k = 0; k < d; k++) {
                switch (mode) {
                    case CONCAT -> { x[k][p] = e[i + k]; x[d + k][p] = e[j + k]; }
                    case DIFF -> x[k][p] = e[i + k] - e[j + k];
                    case SQDIFF -> {
                        float u = e[i + k] - e[j + k];
                        x[k][p] = u * u;
                    }
                }
            }
        }
    }

    @Override
    public void backward() {
        // The loss gradient from the float logit, in double, then rounded: it is where the loss's nonlinearity is.
        double scale = 1.0 / train;
        for (int p = 0; p < train; p++) logitGrad[p] = (float) (BinaryCrossEntropy.gradient(logits[p], split.target(p)) * scale);
        if (nativeStep != null) {
            widen(nativeStep.backward(logitGrad));
            return;
        }
        outputLayer();
        for (int l = depth - 1; l >= 0; l--) {
            weightGradient(l);
            inputGradient(l);
        }
        embeddingGradient();
        widen();
    }

    private void outputLayer() {
        float[] wo = w[depth][0], g = logitGrad, gwo = gw[depth][0];
        float[][] x = act[depth], dx = delta[depth];
        float sb = 0;
        for (int p = 0; p < train; p++) sb += g[p];
        gb[depth][0] = sb;
        // Each weight's sum runs over the pairs in order, as one chain of additions; four at once keep four chains busy.
        int in = wo.length, k = 0;
        for (; k + 3 < in; k += 4) {
            float[] x0 = x[k], x1 = x[k + 1], x2 = x[k + 2], x3 = x[k + 3];
            float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (int p = 0; p < train; p++) {
                float gp = g[p];
                s0 += gp * x0[p];
                s1 += gp * x1[p];
                s2 += gp * x2[p];
                s3 += gp * x3[p];
            }
            gwo[k] = s0;
            gwo[k + 1] = s1;
            gwo[k + 2] = s2;
            gwo[k + 3] = s3;
        }
        for (; k < in; k++) {
            float[] xk = x[k];
            float s = 0;
            for (int p = 0; p < train; p++) s += g[p] * xk[p];
            gwo[k] = s;
        }
        for (k = 0; k < in; k++) {
            float[] xk = x[k], dk = dx[k];
            float wk = wo[k];
            if (depth > 0) for (int p = 0; p < train; p++) dk[p] = g[p] * wk * (1 - xk[p] * xk[p]);
            else for (int p = 0; p < train; p++) dk[p] = g[p] * wk;
        }
    }

    private void weightGradient(int l) {
        float[][] dz = delta[l + 1];
        float[] gbl = gb[l];
        for (int o = 0; o < dz.length; o++) gbl[o] = PairSums.total(dz[o], train);
        PairSums.weightGradient(dz, act[l], train, gw[l]);
    }

    private void inputGradient(int l) {
        int in = size[l], out = size[l + 1];
        float[][] x = act[l], dz = delta[l + 1], dx = delta[l], wl = w[l];
        if (VECTOR) {
            VectorLayers.combine(wT[l], null, dz, train, dx);
            if (l > 0) for (int k = 0; k < in; k++) VectorLayers.tanhGradient(dx[k], x[k], train);
            return;
        }
        for (int k = 0; k < in; k++) {
            float[] dk = dx[k];
            Arrays.fill(dk, 0);
            int o = 0;
            for (; o + 3 < out; o += 4) {
                float w0 = wl[o][k], w1 = wl[o + 1][k], w2 = wl[o + 2][k], w3 = wl[o + 3][k];
                float[] z0 = dz[o], z1 = dz[o + 1], z2 = dz[o + 2], z3 = dz[o + 3];
                for (int p = 0; p < train; p++) dk[p] += w0 * z0[p] + w1 * z1[p] + w2 * z2[p] + w3 * z3[p];
            }
            for (; o < out; o++) {
                float w0 = wl[o][k];
                float[] z0 = dz[o];
                for (int p = 0; p < train; p++) dk[p] += w0 * z0[p];
            }
            if (l > 0) {
                float[] xk = x[k];
                for (int p = 0; p < train; p++) dk[p] *= 1 - xk[p] * xk[p];
            }
        }
    }

    private void embeddingGradient() {
        float[][] dx = delta[0];
        Arrays.fill(ge, 0);
        DecoderInput mode = model.mode();
        for (int p = 0; p < train; p++) {
            int i = split.left(p) * d, j = split.right(p) * d;
            for (int k = 0; k < d; k++) {
                switch (mode) {
                    case CONCAT -> { ge[i + k] += dx[k][p]; ge[j + k] += dx[d + k][p]; }
                    case DIFF -> { ge[i + k] += dx[k][p]; ge[j + k] -= dx[k][p]; }
                    case SQDIFF -> {
                        float v = 2 * (e[i + k] - e[j + k]) * dx[k][p];
                        ge[i + k] += v;
                        ge[j + k] -= v;
                    }
                }
            }
        }
    }

    /** The float gradients into the double arrays the optimizers read. */
    private void widen() {
        for (int l = 0; l <= depth; l++) {
            for (int o = 0; o < gw[l].length; o++) {
                for (int k = 0; k < gw[l][o].length; k++) gradWeights[l][o][k] = gw[l][o][k];
                gradBiases[l][o] = gb[l][o];
            }
        }
        for (int i = 0; i < ge.length; i++) gradEmbeddings[i] = ge[i];
    }

    @Override
    public double trainLoss() {
        double s = 0;
        for (int p = 0; p < train; p++) s += BinaryCrossEntropy.loss(logits[p], split.target(p));
        return s / train;
    }

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
