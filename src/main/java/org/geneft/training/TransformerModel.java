package org.geneft.training;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The grokking paper's transformer of Sec. 4.2 at a reduced scale: the two operands' learnable embeddings (with a
 * learnable position vector each, no operation token, as the paper's), one decoder-only block (causal multi-head
 * self-attention and a ReLU MLP, each with a residual connection, no layer norm), and the block's two outputs
 * concatenated into a linear layer of p logits; cross-entropy, full batch. The embeddings and the decoder (everything
 * else) have AdamW optimizers of the same learning rate, the weight decay on the decoder only, as the paper's Fig. 7.
 * Double arithmetic in a fixed order: the same seed gives the same bits.
 *
 * <p>Activations are feature-major over 2B rows, the B samples' first positions then their second ones, so that every
 * inner loop runs over samples ({@link Dense}) and the output layer reads the two positions as two parts of its input.
 */
public final class TransformerModel {
    /** The model's sizes and its optimizers' settings. */
    public record Shape(int p, int d, int heads, int hidden, double lr, double decoderDecay) {
        public Shape {
            if (p < 2 || d < 1 || heads < 1 || d % heads != 0 || hidden < 1)
                throw new IllegalArgumentException("transformer: need p >= 2 and heads dividing d, got p=" + p + ", d="
                        + d + ", heads=" + heads + ", hidden=" + hidden);
            if (!(lr > 0) || !(decoderDecay >= 0)) throw new IllegalArgumentException("transformer: need lr > 0, decay >= 0");
        }
    }

    private final Shape s;
    private final int p, d, h, heads, dh;
    private final double scale;
    /** Weights row-major out x in (torch.nn.Linear's layout). */
    final double[] embed, pos, wq, wk, wv, wo, bq, bk, bv, bo, w1, b1, w2, b2, wout, bout;
    private final double[][] decoder;
    private final double[][] gDecoder;
    private final double[] gEmbed;
    /** gEmbed as the embeddings' optimizer's one parameter group. */
    private final double[][] embeddingGradients;
    private final Adam embeddingOptimizer, decoderOptimizer;
    private final int capacity;
    // Activations of the last forward pass, one array per feature over 2B rows (the B first positions, then the B
    // second ones), and their gradients; logits p x B.
    private final double[][] x, q, k, v, z, y, u, r, hid, second, logits;
    private final double[][] dLogits, dHid, dR, dY, dZ, dQ, dK, dV, dX;
    /** Attention weights of the second position on the first, heads x B. */
    private final double[][] attn;
    /** Per-sample scratch of the attention (its scores, then their gradients). */
    private final double[] t0, t1;
    /** The weight gradients' scratch, one per layer shape. */
    private final double[][] sSquare, sUp, sDown, sOut;

    /**
     * @param capacity the largest number of samples one pass reads (the training set, or all p^2 pairs to evaluate)
     * @param seed     the initial weights' seed: embeddings and positions N(0, 1/d), every linear layer's weights and
     *                 biases U(-1/sqrt(fan_in), 1/sqrt(fan_in)), as torch.nn.Linear's default
     */
    public TransformerModel(Shape shape, int capacity, long seed) {
        this.s = shape;
        p = shape.p();
        d = shape.d();
        h = shape.hidden();
        heads = shape.heads();
        dh = d / heads;
        scale = 1 / Math.sqrt(dh);
        this.capacity = capacity;
        SplittableRandom rnd = new SplittableRandom(seed);
        embed = gaussian(rnd, p * d, 1 / Math.sqrt(d));
        pos = gaussian(rnd, 2 * d, 1 / Math.sqrt(d));
        wq = uniform(rnd, d * d, d);
        bq = uniform(rnd, d, d);
        wk = uniform(rnd, d * d, d);
        bk = uniform(rnd, d, d);
        wv = uniform(rnd, d * d, d);
        bv = uniform(rnd, d, d);
        wo = uniform(rnd, d * d, d);
        bo = uniform(rnd, d, d);
        w1 = uniform(rnd, h * d, d);
        b1 = uniform(rnd, h, d);
        w2 = uniform(rnd, d * h, h);
        b2 = uniform(rnd, d, h);
        wout = uniform(rnd, p * 2 * d, 2 * d);
        bout = uniform(rnd, p, 2 * d);
        decoder = new double[][] {pos, wq, bq, wk, bk, wv, bv, wo, bo, w1, b1, w2, b2, wout, bout};
        gDecoder = new double[decoder.length][];
        for (int i = 0; i < decoder.length; i++) gDecoder[i] = new double[decoder[i].length];
        gEmbed = new double[embed.length];
        embeddingGradients = new double[][] {gEmbed};
        embeddingOptimizer = Adam.adamW(shape.lr(), 0, embed);
        decoderOptimizer = Adam.adamW(shape.lr(), shape.decoderDecay(), decoder);
        int rows = 2 * capacity;
        x = Dense.rows(d, rows);
        q = Dense.rows(d, rows);
        k = Dense.rows(d, rows);
        v = Dense.rows(d, rows);
        z = Dense.rows(d, rows);
        y = Dense.rows(d, rows);
        u = Dense.rows(h, rows);
        r = Dense.rows(h, rows);
        hid = Dense.rows(d, rows);
        second = Dense.rows(d, capacity);
        logits = Dense.rows(p, capacity);
        dLogits = Dense.rows(p, capacity);
        dHid = Dense.rows(d, rows);
        dR = Dense.rows(h, rows);
        dY = Dense.rows(d, rows);
        dZ = Dense.rows(d, rows);
        dQ = Dense.rows(d, rows);
        dK = Dense.rows(d, rows);
        dV = Dense.rows(d, rows);
        dX = Dense.rows(d, rows);
        attn = Dense.rows(heads, capacity);
        t0 = new double[capacity];
        t1 = new double[capacity];
        sSquare = new double[d][d];
        sUp = new double[h][d];
        sDown = new double[d][h];
        sOut = new double[p][d];
    }

    private static double[] gaussian(SplittableRandom rnd, int n, double sd) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = sd * rnd.nextGaussian();
        return a;
    }

    private static double[] uniform(SplittableRandom rnd, int n, int fanIn) {
        double bound = 1 / Math.sqrt(fanIn);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = rnd.nextDouble(-bound, bound);
        return a;
    }

    public Shape shape() {
        return s;
    }

    /** The symbols' embeddings, p rows of d (a copy). */
    public double[][] embeddings() {
        double[][] e = new double[p][];
        for (int i = 0; i < p; i++) e[i] = Arrays.copyOfRange(embed, i * d, (i + 1) * d);
        return e;
    }

    /** The forward pass of samples (a[i], b[i]), i < n: fills the activations and the logits. */
    private void forward(int[] a, int[] b, int n) {
        if (n > capacity) throw new IllegalArgumentException("transformer: " + n + " samples, capacity " + capacity);
        int rr = 2 * n;
        for (int c = 0; c < d; c++) {
            double[] xc = x[c];
            for (int i = 0; i < n; i++) {
                xc[i] = embed[a[i] * d + c] + pos[c];
                xc[n + i] = embed[b[i] * d + c] + pos[d + c];
            }
        }
        project(wq, bq, q, rr);
        project(wk, bk, k, rr);
        project(wv, bv, v, rr);
        // Causal attention over two positions: the first sees itself only, the second both.
        for (int hh = 0; hh < heads; hh++) {
            Arrays.fill(t0, 0, n, 0);
            Arrays.fill(t1, 0, n, 0);
            for (int c = hh * dh; c < (hh + 1) * dh; c++) {
                double[] qc = q[c], kc = k[c];
                for (int i = 0; i < n; i++) {
                    t0[i] += qc[n + i] * kc[i];
                    t1[i] += qc[n + i] * kc[n + i];
                }
            }
            double[] at = attn[hh];
            for (int i = 0; i < n; i++) {
                double m = Math.max(t0[i], t1[i]) * scale, e0 = Math.exp(t0[i] * scale - m), e1 = Math.exp(t1[i] * scale - m);
                at[i] = e0 / (e0 + e1);
            }
            for (int c = hh * dh; c < (hh + 1) * dh; c++) {
                double[] vc = v[c], zc = z[c];
                for (int i = 0; i < n; i++) {
                    zc[i] = vc[i];
                    zc[n + i] = at[i] * vc[i] + (1 - at[i]) * vc[n + i];
                }
            }
        }
        for (int c = 0; c < d; c++) for (int i = 0; i < rr; i++) y[c][i] = x[c][i] + bo[c];
        Dense.forward(z, 0, d, wo, d, 0, y, rr);
        Dense.fill(u, b1, rr);
        Dense.forward(y, 0, d, w1, d, 0, u, rr);
        for (int j = 0; j < h; j++) for (int i = 0; i < rr; i++) r[j][i] = Math.max(u[j][i], 0);
        for (int c = 0; c < d; c++) for (int i = 0; i < rr; i++) hid[c][i] = y[c][i] + b2[c];
        Dense.forward(r, 0, h, w2, h, 0, hid, rr);
        // The output layer reads the two positions' outputs as one vector of 2d: columns 0..d-1 the first, d..2d-1
        // the second.
        Dense.fill(logits, bout, n);
        Dense.forward(hid, 0, d, wout, 2 * d, 0, logits, n);
        Dense.forward(hid, n, d, wout, 2 * d, d, logits, n);
    }

    private void project(double[] w, double[] bias, double[][] out, int rr) {
        Dense.fill(out, bias, rr);
        Dense.forward(x, 0, d, w, d, 0, out, rr);
    }

    /** The mean cross-entropy over samples (a[i], b[i]) of classes c[i], i < n, without a step. */
    public double loss(int[] a, int[] b, int[] c, int n) {
        forward(a, b, n);
        double sum = 0;
        for (int i = 0; i < n; i++) sum += crossEntropy(i, c[i], null);
        return sum / n;
    }

    /** -log softmax(logits of sample i)[cls]; with grad non-null, also softmax - onehot into grad's column i. */
    private double crossEntropy(int i, int cls, double[][] grad) {
        double m = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < p; j++) m = Math.max(m, logits[j][i]);
        double zs = 0;
        for (int j = 0; j < p; j++) zs += Math.exp(logits[j][i] - m);
        if (grad != null) {
            for (int j = 0; j < p; j++) grad[j][i] = Math.exp(logits[j][i] - m) / zs;
            grad[cls][i] -= 1;
        }
        return Math.log(zs) + m - logits[cls][i];
    }

    /** The share of samples (a[i], b[i]), i < n, whose largest logit is their class c[i]. */
    public double accuracy(int[] a, int[] b, int[] c, int n) {
        if (n == 0) return Double.NaN;
        forward(a, b, n);
        int right = 0;
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int j = 1; j < p; j++) if (logits[j][i] > logits[best][i]) best = j;
            if (best == c[i]) right++;
        }
        return (double) right / n;
    }

    /** The gradients of the mean cross-entropy over the n samples, into gEmbed and gDecoder; returns the loss. */
    double gradients(int[] a, int[] b, int[] cls, int n) {
        forward(a, b, n);
        int rr = 2 * n;
        double sum = 0;
        for (int i = 0; i < n; i++) sum += crossEntropy(i, cls[i], dLogits);
        for (double[] row : dLogits) for (int i = 0; i < n; i++) row[i] /= n;
        for (double[] g : gDecoder) Arrays.fill(g, 0);
        Arrays.fill(gEmbed, 0);
        double[] gPos = gDecoder[0], gWq = gDecoder[1], gBq = gDecoder[2], gWk = gDecoder[3], gBk = gDecoder[4],
                gWv = gDecoder[5], gBv = gDecoder[6], gWo = gDecoder[7], gBo = gDecoder[8], gW1 = gDecoder[9],
                gB1 = gDecoder[10], gW2 = gDecoder[11], gB2 = gDecoder[12], gWout = gDecoder[13], gBout = gDecoder[14];
        // The output layer: columns 0..d-1 read the first position, d..2d-1 the second (copied to start at 0).
        for (int c = 0; c < d; c++) System.arraycopy(hid[c], n, second[c], 0, n);
        Dense.weightGradient(dLogits, hid, n, sOut, gWout, 2 * d, 0);
        Dense.weightGradient(dLogits, second, n, sOut, gWout, 2 * d, d);
        Dense.biasGradient(dLogits, gBout, n);
        Dense.zero(dHid, rr);
        Dense.inputGradient(dLogits, wout, 2 * d, 0, d, dHid, 0, n);
        Dense.inputGradient(dLogits, wout, 2 * d, d, d, dHid, n, n);
        // MLP with its residual.
        Dense.weightGradient(dHid, r, rr, sDown, gW2, h, 0);
        Dense.biasGradient(dHid, gB2, rr);
        Dense.zero(dR, rr);
        Dense.inputGradient(dHid, w2, h, 0, h, dR, 0, rr);
        for (int j = 0; j < h; j++) for (int i = 0; i < rr; i++) if (u[j][i] <= 0) dR[j][i] = 0;
        Dense.weightGradient(dR, y, rr, sUp, gW1, d, 0);
        Dense.biasGradient(dR, gB1, rr);
        for (int c = 0; c < d; c++) System.arraycopy(dHid[c], 0, dY[c], 0, rr);
        Dense.inputGradient(dR, w1, d, 0, d, dY, 0, rr);
        // Attention's output projection with its residual.
        Dense.weightGradient(dY, z, rr, sSquare, gWo, d, 0);
        Dense.biasGradient(dY, gBo, rr);
        Dense.zero(dZ, rr);
        Dense.inputGradient(dY, wo, d, 0, d, dZ, 0, rr);
        Dense.zero(dQ, rr);
        Dense.zero(dK, rr);
        Dense.zero(dV, rr);
        for (int hh = 0; hh < heads; hh++) {
            Arrays.fill(t0, 0, n, 0);
            Arrays.fill(t1, 0, n, 0);
            double[] at = attn[hh];
            for (int c = hh * dh; c < (hh + 1) * dh; c++) {
                double[] dz = dZ[c], dv = dV[c], vc = v[c];
                for (int i = 0; i < n; i++) {
                    dv[i] += dz[i] + at[i] * dz[n + i];
                    dv[n + i] += (1 - at[i]) * dz[n + i];
                    t0[i] += dz[n + i] * vc[i];
                    t1[i] += dz[n + i] * vc[n + i];
                }
            }
            // Softmax's backward: ds_j = a_j (da_j - sum_k a_k da_k); with two positions ds1 = -ds0.
            for (int i = 0; i < n; i++) {
                double a0 = at[i], a1 = 1 - a0;
                t0[i] = a0 * (t0[i] - (a0 * t0[i] + a1 * t1[i])) * scale;
            }
            for (int c = hh * dh; c < (hh + 1) * dh; c++) {
                double[] dq = dQ[c], dk = dK[c], qc = q[c], kc = k[c];
                for (int i = 0; i < n; i++) {
                    double ds0 = t0[i];
                    dq[n + i] += ds0 * (kc[i] - kc[n + i]);
                    dk[i] += ds0 * qc[n + i];
                    dk[n + i] -= ds0 * qc[n + i];
                }
            }
        }
        for (int c = 0; c < d; c++) System.arraycopy(dY[c], 0, dX[c], 0, rr);
        backProject(dQ, wq, gWq, gBq, rr);
        backProject(dK, wk, gWk, gBk, rr);
        backProject(dV, wv, gWv, gBv, rr);
        for (int c = 0; c < d; c++) {
            double[] dx = dX[c];
            for (int i = 0; i < n; i++) {
                gEmbed[a[i] * d + c] += dx[i];
                gEmbed[b[i] * d + c] += dx[n + i];
                gPos[c] += dx[i];
                gPos[d + c] += dx[n + i];
            }
        }
        return sum / n;
    }

    private void backProject(double[][] dOut, double[] w, double[] gW, double[] gB, int rr) {
        Dense.weightGradient(dOut, x, rr, sSquare, gW, d, 0);
        Dense.biasGradient(dOut, gB, rr);
        Dense.inputGradient(dOut, w, d, 0, d, dX, 0, rr);
    }

    /** One full-batch AdamW step on samples (a[i], b[i]) of classes c[i], i < n; returns the loss before it. */
    public double step(int[] a, int[] b, int[] c, int n) {
        double loss = gradients(a, b, c, n);
        embeddingOptimizer.step(embeddingGradients);
        decoderOptimizer.step(gDecoder);
        return loss;
    }

    /** Every parameter array, embeddings first (for tests). */
    double[][] parameters() {
        double[][] all = new double[decoder.length + 1][];
        all[0] = embed;
        System.arraycopy(decoder, 0, all, 1, decoder.length);
        return all;
    }

    /** Every gradient of the last {@link #gradients} call, in {@link #parameters}' order (for tests). */
    double[][] lastGradients() {
        double[][] all = new double[gDecoder.length + 1][];
        all[0] = gEmbed;
        System.arraycopy(gDecoder, 0, all, 1, gDecoder.length);
        return all;
    }
}
