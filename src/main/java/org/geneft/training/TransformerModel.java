package org.geneft.training;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The grokking paper's transformer of Sec. 4.2 as the authors' code builds it (grokking-squared, phasegrok/models.py
 * and scripts/transformer_grokking.py): an embedding table of the p symbols (torch.nn.Embedding, no position vectors,
 * no operation token), {@code depth} layers of torch.nn.TransformerEncoderLayer with one head by default, a ReLU
 * feed-forward, dropout and the layer norm first (norm_first = True; attention over both symbols, no mask), the two
 * outputs concatenated into a linear layer of p logits; cross-entropy, full batch. The embeddings and the decoder
 * (everything else) have AdamW optimizers of their own learning rate and weight decay.
 *
 * <p>Double arithmetic in a fixed order, dropout masks from the seed's own stream: the same seed gives the same bits.
 * Activations are feature-major over 2B rows, the B samples' first symbols then their second ones, so that every inner
 * loop runs over samples ({@link Dense}) and the output layer reads the two positions as two parts of its input.
 */
public final class TransformerModel {
    /** torch.nn.LayerNorm's default epsilon. */
    static final double LN_EPS = 1e-5;

    /**
     * The model's sizes and its optimizers' settings.
     *
     * @param dropout     the rate of every dropout of the encoder layers (attention weights, both residual branches,
     *                    inside the feed-forward), as torch's
     * @param embedDecay  the embeddings' AdamW weight decay (the authors' script gives their group none, so AdamW's
     *                    default 0.01 applies)
     */
    public record Shape(int p, int d, int heads, int hidden, int depth, double dropout, double embedLr,
            double decoderLr, double embedDecay, double decoderDecay) {
        public Shape {
            if (p < 2 || d < 1 || heads < 1 || d % heads != 0 || hidden < 1 || depth < 1)
                throw new IllegalArgumentException("transformer: need p >= 2, heads dividing d, depth >= 1, got p=" + p
                        + ", d=" + d + ", heads=" + heads + ", hidden=" + hidden + ", depth=" + depth);
            if (!(dropout >= 0 && dropout < 1)) throw new IllegalArgumentException("transformer: dropout in [0, 1)");
            if (!(embedLr > 0) || !(decoderLr > 0) || !(embedDecay >= 0) || !(decoderDecay >= 0))
                throw new IllegalArgumentException("transformer: need learning rates > 0 and decays >= 0");
        }
    }

    /** One encoder layer's weights (row-major out x in, torch.nn.Linear's layout) and its last pass's activations. */
    private static final class Layer {
        final double[] g1, c1, win, bin, wo, bo, g2, c2, w1, b1, w2, b2;
        /** Gradients, in {@link #params} order. */
        final double[][] params, grads;
        /** Activations over 2B rows: the layer's input, the first norm's xhat and output, q k v (3d rows), the
         * attention's output z, the middle x1, the second norm's xhat and output, the feed-forward's u and its ReLU. */
        final double[][] in, xh1, n1, qkv, z, x1, xh2, n2, u, r;
        final double[] rstd1, rstd2;
        /** Dropout's keep factors (0 or 1 / (1 - rate)); null without dropout. Attention: heads x 4 weights x B. */
        final double[][] keepAttn, keep1, keepFf, keep2;
        /** Attention weights of each query on the first key, heads x B: query 1 (first symbol), query 2 (second). */
        final double[][] a0, a1;

        Layer(SplittableRandom rnd, int d, int h, int heads, int rows, boolean dropout) {
            int cap = rows / 2;
            double xavier = Math.sqrt(6.0 / (d + 3 * d));
            g1 = ones(d);
            c1 = new double[d];
            win = new double[3 * d * d];
            for (int i = 0; i < win.length; i++) win[i] = rnd.nextDouble(-xavier, xavier);
            bin = new double[3 * d];
            wo = uniform(rnd, d * d, d);
            bo = new double[d];
            g2 = ones(d);
            c2 = new double[d];
            w1 = uniform(rnd, h * d, d);
            b1 = uniform(rnd, h, d);
            w2 = uniform(rnd, d * h, h);
            b2 = uniform(rnd, d, h);
            params = new double[][] {g1, c1, win, bin, wo, bo, g2, c2, w1, b1, w2, b2};
            grads = new double[params.length][];
            for (int i = 0; i < params.length; i++) grads[i] = new double[params[i].length];
            in = Dense.rows(d, rows);
            xh1 = Dense.rows(d, rows);
            n1 = Dense.rows(d, rows);
            qkv = Dense.rows(3 * d, rows);
            z = Dense.rows(d, rows);
            x1 = Dense.rows(d, rows);
            xh2 = Dense.rows(d, rows);
            n2 = Dense.rows(d, rows);
            u = Dense.rows(h, rows);
            r = Dense.rows(h, rows);
            rstd1 = new double[rows];
            rstd2 = new double[rows];
            a0 = Dense.rows(heads, cap);
            a1 = Dense.rows(heads, cap);
            keepAttn = dropout ? Dense.rows(4 * heads, cap) : null;
            keep1 = dropout ? Dense.rows(d, rows) : null;
            keepFf = dropout ? Dense.rows(h, rows) : null;
            keep2 = dropout ? Dense.rows(d, rows) : null;
        }
    }

    private final Shape s;
    private final int p, d, h, heads, dh, depth;
    private final double scale;
    final double[] embed, wout, bout;
    private final Layer[] layers;
    private final double[][] decoder, gDecoder;
    private final double[] gEmbed, gWout, gBout;
    private final double[][] embeddingGradients;
    private final Adam embeddingOptimizer, decoderOptimizer;
    private final SplittableRandom masks;
    private final int capacity;
    /** The last layer's output (d x 2B), its second positions copied to start at 0, the logits p x B. */
    private final double[][] top, second, logits, dLogits;
    /** Gradient scratch over 2B rows: of a layer's output, its x1, a norm's output, the feed-forward's hidden, q k v. */
    private final double[][] dOut, dX1, dN, dR, dQkv, dZ;
    /** Per-sample scratch: the four query-key products or their gradients, and the rows' norm statistics. */
    private final double[] t00, t01, t10, t11, mean, dot1, dot2;
    private final double[][] sSquare, sQkv, sUp, sDown, sOut;

    /**
     * @param capacity the largest number of samples one pass reads (the training set, or all p^2 pairs to evaluate)
     * @param seed     the initial weights' seed and, split from it, the dropout masks': embeddings N(0, 1) as
     *                 torch.nn.Embedding; the attention's input projection Xavier-uniform with zero biases and its
     *                 output projection's bias zero, as torch.nn.MultiheadAttention; every other linear layer
     *                 U(-1/sqrt(fan_in), 1/sqrt(fan_in)), as torch.nn.Linear; norms' gains 1 and biases 0
     */
    public TransformerModel(Shape shape, int capacity, long seed) {
        this.s = shape;
        p = shape.p();
        d = shape.d();
        h = shape.hidden();
        heads = shape.heads();
        dh = d / heads;
        depth = shape.depth();
        scale = 1 / Math.sqrt(dh);
        this.capacity = capacity;
        SplittableRandom rnd = new SplittableRandom(seed);
        // The masks' stream is split off the seed's first split, not that split itself: TransformerRun draws its
        // training split from the first split of a generator of the same seed.
        masks = rnd.split().split();
        embed = new double[p * d];
        for (int i = 0; i < embed.length; i++) embed[i] = rnd.nextGaussian();
        int rows = 2 * capacity;
        layers = new Layer[depth];
        for (int l = 0; l < depth; l++) layers[l] = new Layer(rnd, d, h, heads, rows, shape.dropout() > 0);
        wout = uniform(rnd, p * 2 * d, 2 * d);
        bout = uniform(rnd, p, 2 * d);
        decoder = new double[12 * depth + 2][];
        gDecoder = new double[decoder.length][];
        for (int l = 0; l < depth; l++)
            for (int i = 0; i < 12; i++) {
                decoder[12 * l + i] = layers[l].params[i];
                gDecoder[12 * l + i] = layers[l].grads[i];
            }
        decoder[12 * depth] = wout;
        decoder[12 * depth + 1] = bout;
        gWout = gDecoder[12 * depth] = new double[wout.length];
        gBout = gDecoder[12 * depth + 1] = new double[bout.length];
        gEmbed = new double[embed.length];
        embeddingGradients = new double[][] {gEmbed};
        embeddingOptimizer = Adam.adamW(shape.embedLr(), shape.embedDecay(), embed);
        decoderOptimizer = Adam.adamW(shape.decoderLr(), shape.decoderDecay(), decoder);
        top = Dense.rows(d, rows);
        second = Dense.rows(d, capacity);
        logits = Dense.rows(p, capacity);
        dLogits = Dense.rows(p, capacity);
        dOut = Dense.rows(d, rows);
        dX1 = Dense.rows(d, rows);
        dN = Dense.rows(d, rows);
        dR = Dense.rows(h, rows);
        dQkv = Dense.rows(3 * d, rows);
        dZ = Dense.rows(d, rows);
        t00 = new double[capacity];
        t01 = new double[capacity];
        t10 = new double[capacity];
        t11 = new double[capacity];
        mean = new double[rows];
        dot1 = new double[rows];
        dot2 = new double[rows];
        sSquare = new double[d][d];
        sQkv = new double[3 * d][d];
        sUp = new double[h][d];
        sDown = new double[d][h];
        sOut = new double[p][d];
    }

    private static double[] ones(int n) {
        double[] a = new double[n];
        Arrays.fill(a, 1);
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

    /** How a pass treats dropout: none (evaluation), new masks (a training step), or the last step's (tests). */
    enum Pass { EVAL, TRAIN, SAME_MASKS }

    /** The forward pass of samples (a[i], b[i]), i < n: fills the activations and the logits. */
    private void forward(int[] a, int[] b, int n, Pass pass) {
        if (n > capacity) throw new IllegalArgumentException("transformer: " + n + " samples, capacity " + capacity);
        int rr = 2 * n;
        boolean drop = pass != Pass.EVAL && s.dropout() > 0;
        if (pass == Pass.TRAIN && drop) drawMasks(n);
        double[][] x = layers[0].in;
        for (int c = 0; c < d; c++) {
            double[] xc = x[c];
            for (int i = 0; i < n; i++) {
                xc[i] = embed[a[i] * d + c];
                xc[n + i] = embed[b[i] * d + c];
            }
        }
        for (int l = 0; l < depth; l++) {
            Layer L = layers[l];
            double[][] out = l + 1 < depth ? layers[l + 1].in : top;
            norm(L.in, L.g1, L.c1, L.xh1, L.n1, L.rstd1, rr);
            Dense.fill(L.qkv, L.bin, rr);
            Dense.forward(L.n1, 0, d, L.win, d, 0, L.qkv, rr);
            attention(L, n, drop);
            // x1 = x + dropout(Wo z + bo)
            for (int c = 0; c < d; c++) Arrays.fill(dZ[c], 0, rr, L.bo[c]);
            Dense.forward(L.z, 0, d, L.wo, d, 0, dZ, rr);
            for (int c = 0; c < d; c++) {
                double[] xc = L.in[c], yc = L.x1[c], oc = dZ[c], k = drop ? L.keep1[c] : null;
                for (int i = 0; i < rr; i++) yc[i] = xc[i] + (k == null ? oc[i] : oc[i] * k[i]);
            }
            // out = x1 + dropout(W2 dropout(relu(W1 norm(x1) + b1)) + b2)
            norm(L.x1, L.g2, L.c2, L.xh2, L.n2, L.rstd2, rr);
            Dense.fill(L.u, L.b1, rr);
            Dense.forward(L.n2, 0, d, L.w1, d, 0, L.u, rr);
            for (int j = 0; j < h; j++) {
                double[] uj = L.u[j], rj = L.r[j], k = drop ? L.keepFf[j] : null;
                for (int i = 0; i < rr; i++) rj[i] = uj[i] > 0 ? (k == null ? uj[i] : uj[i] * k[i]) : 0;
            }
            Dense.fill(dZ, L.b2, rr);
            Dense.forward(L.r, 0, h, L.w2, h, 0, dZ, rr);
            for (int c = 0; c < d; c++) {
                double[] xc = L.x1[c], yc = out[c], oc = dZ[c], k = drop ? L.keep2[c] : null;
                for (int i = 0; i < rr; i++) yc[i] = xc[i] + (k == null ? oc[i] : oc[i] * k[i]);
            }
        }
        // The output layer reads the two positions' outputs as one vector of 2d: columns 0..d-1 the first, d..2d-1
        // the second.
        Dense.fill(logits, bout, n);
        Dense.forward(top, 0, d, wout, 2 * d, 0, logits, n);
        Dense.forward(top, n, d, wout, 2 * d, d, logits, n);
    }

    /** Every dropout's keep factor for a step of n samples, in a fixed order from the masks' stream. */
    private void drawMasks(int n) {
        double rate = s.dropout(), keep = 1 / (1 - rate);
        int rr = 2 * n;
        for (Layer L : layers)
            for (double[][] m : new double[][][] {L.keepAttn, L.keep1, L.keepFf, L.keep2}) {
                int len = m == L.keepAttn ? n : rr;
                for (double[] row : m) for (int i = 0; i < len; i++) row[i] = masks.nextDouble() < rate ? 0 : keep;
            }
    }

    /** Layer norm over the d features of each row: xh = (x - mean) / sqrt(var + eps), out = g xh + c. */
    private void norm(double[][] x, double[] g, double[] c, double[][] xh, double[][] out, double[] rstd, int rr) {
        Arrays.fill(mean, 0, rr, 0);
        Arrays.fill(rstd, 0, rr, 0);
        for (int f = 0; f < d; f++) for (int i = 0; i < rr; i++) mean[i] += x[f][i];
        for (int i = 0; i < rr; i++) mean[i] /= d;
        for (int f = 0; f < d; f++) {
            double[] xf = x[f];
            for (int i = 0; i < rr; i++) {
                double t = xf[i] - mean[i];
                rstd[i] += t * t;
            }
        }
        for (int i = 0; i < rr; i++) rstd[i] = 1 / Math.sqrt(rstd[i] / d + LN_EPS);
        for (int f = 0; f < d; f++) {
            double[] xf = x[f], hf = xh[f], of = out[f];
            for (int i = 0; i < rr; i++) {
                hf[i] = (xf[i] - mean[i]) * rstd[i];
                of[i] = g[f] * hf[i] + c[f];
            }
        }
    }

    /** dx += the gradient through a layer norm of dOut (its output's gradient); g, c's gradients into gg, gc. */
    private void normBackward(double[][] dOutN, double[] g, double[][] xh, double[] rstd, double[][] dx, double[] gg,
            double[] gc, int rr) {
        Arrays.fill(dot1, 0, rr, 0);
        Arrays.fill(dot2, 0, rr, 0);
        for (int f = 0; f < d; f++) {
            double[] df = dOutN[f], hf = xh[f];
            double sg = 0, sc = 0, gf = g[f];
            for (int i = 0; i < rr; i++) {
                sg += df[i] * hf[i];
                sc += df[i];
                double dxh = df[i] * gf;
                dot1[i] += dxh;
                dot2[i] += dxh * hf[i];
            }
            gg[f] += sg;
            gc[f] += sc;
        }
        for (int f = 0; f < d; f++) {
            double[] df = dOutN[f], hf = xh[f], xf = dx[f];
            double gf = g[f];
            for (int i = 0; i < rr; i++)
                xf[i] += rstd[i] * (df[i] * gf - dot1[i] / d - hf[i] * dot2[i] / d);
        }
    }

    /**
     * Attention of each symbol on both (no mask): per head, query s's weights on the two keys are a softmax of
     * q_s . k_j / sqrt(d_head), dropped out in training; z_s = sum_j w_sj v_j.
     */
    private void attention(Layer L, int n, boolean drop) {
        for (int hh = 0; hh < heads; hh++) {
            Arrays.fill(t00, 0, n, 0);
            Arrays.fill(t01, 0, n, 0);
            Arrays.fill(t10, 0, n, 0);
            Arrays.fill(t11, 0, n, 0);
            for (int c = hh * dh; c < (hh + 1) * dh; c++) {
                double[] qc = L.qkv[c], kc = L.qkv[d + c];
                for (int i = 0; i < n; i++) {
                    t00[i] += qc[i] * kc[i];
                    t01[i] += qc[i] * kc[n + i];
                    t10[i] += qc[n + i] * kc[i];
                    t11[i] += qc[n + i] * kc[n + i];
                }
            }
            double[] w0 = L.a0[hh], w1 = L.a1[hh];
            for (int i = 0; i < n; i++) {
                w0[i] = first(t00[i] * scale, t01[i] * scale);
                w1[i] = first(t10[i] * scale, t11[i] * scale);
            }
            double[] k00 = drop ? L.keepAttn[4 * hh] : null, k01 = drop ? L.keepAttn[4 * hh + 1] : null,
                    k10 = drop ? L.keepAttn[4 * hh + 2] : null, k11 = drop ? L.keepAttn[4 * hh + 3] : null;
            for (int c = hh * dh; c < (hh + 1) * dh; c++) {
                double[] vc = L.qkv[2 * d + c], zc = L.z[c];
                for (int i = 0; i < n; i++) {
                    double u00 = w0[i], u01 = 1 - w0[i], u10 = w1[i], u11 = 1 - w1[i];
                    if (drop) {
                        u00 *= k00[i];
                        u01 *= k01[i];
                        u10 *= k10[i];
                        u11 *= k11[i];
                    }
                    zc[i] = u00 * vc[i] + u01 * vc[n + i];
                    zc[n + i] = u10 * vc[i] + u11 * vc[n + i];
                }
            }
        }
    }

    /** The softmax weight of the first of two scores. */
    private static double first(double s0, double s1) {
        double m = Math.max(s0, s1), e0 = Math.exp(s0 - m), e1 = Math.exp(s1 - m);
        return e0 / (e0 + e1);
    }

    /** The mean cross-entropy over samples (a[i], b[i]) of classes c[i], i < n, without a step (no dropout). */
    public double loss(int[] a, int[] b, int[] c, int n) {
        return loss(a, b, c, n, Pass.EVAL);
    }

    /** The same with the last step's dropout masks (for tests of the gradients under dropout). */
    double lossWithLastMasks(int[] a, int[] b, int[] c, int n) {
        return loss(a, b, c, n, Pass.SAME_MASKS);
    }

    private double loss(int[] a, int[] b, int[] c, int n, Pass pass) {
        forward(a, b, n, pass);
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

    /** The share of samples (a[i], b[i]), i < n, whose largest logit is their class c[i] (evaluation: no dropout). */
    public double accuracy(int[] a, int[] b, int[] c, int n) {
        if (n == 0) return Double.NaN;
        forward(a, b, n, Pass.EVAL);
        int right = 0;
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int j = 1; j < p; j++) if (logits[j][i] > logits[best][i]) best = j;
            if (best == c[i]) right++;
        }
        return (double) right / n;
    }

    /** The gradients of the mean training cross-entropy over the n samples, into gEmbed and gDecoder; the loss. */
    double gradients(int[] a, int[] b, int[] cls, int n) {
        return gradients(a, b, cls, n, Pass.TRAIN);
    }

    double gradients(int[] a, int[] b, int[] cls, int n, Pass pass) {
        forward(a, b, n, pass);
        int rr = 2 * n;
        boolean drop = s.dropout() > 0 && pass != Pass.EVAL;
        double sum = 0;
        for (int i = 0; i < n; i++) sum += crossEntropy(i, cls[i], dLogits);
        for (double[] row : dLogits) for (int i = 0; i < n; i++) row[i] /= n;
        for (double[] g : gDecoder) Arrays.fill(g, 0);
        Arrays.fill(gEmbed, 0);
        // The output layer: columns 0..d-1 read the first position, d..2d-1 the second (copied to start at 0).
        for (int c = 0; c < d; c++) System.arraycopy(top[c], n, second[c], 0, n);
        Dense.weightGradient(dLogits, top, n, sOut, gWout, 2 * d, 0);
        Dense.weightGradient(dLogits, second, n, sOut, gWout, 2 * d, d);
        Dense.biasGradient(dLogits, gBout, n);
        Dense.zero(dOut, rr);
        Dense.inputGradient(dLogits, wout, 2 * d, 0, d, dOut, 0, n);
        Dense.inputGradient(dLogits, wout, 2 * d, d, d, dOut, n, n);
        for (int l = depth - 1; l >= 0; l--) {
            Layer L = layers[l];
            double[][] g = L.grads;
            // The feed-forward branch: dOut reaches x1 directly and through it.
            residual(dOut, drop ? L.keep2 : null, dX1, rr);
            linearBackward(dZ, L.r, sDown, g[10], g[11], L.w2, dR, rr);
            for (int j = 0; j < h; j++) {
                double[] dr = dR[j], uj = L.u[j], k = drop ? L.keepFf[j] : null;
                for (int i = 0; i < rr; i++) dr[i] = uj[i] > 0 ? (k == null ? dr[i] : dr[i] * k[i]) : 0;
            }
            linearBackward(dR, L.n2, sUp, g[8], g[9], L.w1, dN, rr);
            normBackward(dN, L.g2, L.xh2, L.rstd2, dX1, g[6], g[7], rr);
            // The attention branch: dX1 reaches the layer's input directly and through it; dOut now holds the input's.
            residual(dX1, drop ? L.keep1 : null, dOut, rr);
            linearBackward(dZ, L.z, sSquare, g[4], g[5], L.wo, dN, rr);
            attentionBackward(L, dN, n, drop);
            linearBackward(dQkv, L.n1, sQkv, g[2], g[3], L.win, dN, rr);
            normBackward(dN, L.g1, L.xh1, L.rstd1, dOut, g[0], g[1], rr);
        }
        for (int c = 0; c < d; c++) {
            double[] dx = dOut[c];
            for (int i = 0; i < n; i++) {
                gEmbed[a[i] * d + c] += dx[i];
                gEmbed[b[i] * d + c] += dx[n + i];
            }
        }
        return sum / n;
    }

    /** A residual branch's backward: src reaches direct as it is, and the branch's output (dZ) through its dropout. */
    private void residual(double[][] src, double[][] keep, double[][] direct, int rr) {
        for (int c = 0; c < d; c++) {
            double[] from = src[c], to = dZ[c], k = keep == null ? null : keep[c];
            System.arraycopy(from, 0, direct[c], 0, rr);
            for (int i = 0; i < rr; i++) to[i] = k == null ? from[i] : from[i] * k[i];
        }
    }

    /** A linear layer's backward from its output's gradient: its weights' and bias's gradients, dIn = W^T dOut. */
    private static void linearBackward(double[][] dOut, double[][] in, double[][] scratch, double[] gW, double[] gB,
            double[] w, double[][] dIn, int rr) {
        Dense.weightGradient(dOut, in, rr, scratch, gW, in.length, 0);
        Dense.biasGradient(dOut, gB, rr);
        Dense.zero(dIn, rr);
        Dense.inputGradient(dOut, w, in.length, 0, in.length, dIn, 0, rr);
    }

    /** dQkv = the gradient of q, k and v from dz, the gradient of the attention's output z. */
    private void attentionBackward(Layer L, double[][] dz, int n, boolean drop) {
        Dense.zero(dQkv, 2 * n);
        for (int hh = 0; hh < heads; hh++) {
            // t_sj: the gradient of query s's (dropped-out) weight on key j, dz_s . v_j.
            Arrays.fill(t00, 0, n, 0);
            Arrays.fill(t01, 0, n, 0);
            Arrays.fill(t10, 0, n, 0);
            Arrays.fill(t11, 0, n, 0);
            double[] w0 = L.a0[hh], w1 = L.a1[hh];
            double[] k00 = drop ? L.keepAttn[4 * hh] : null, k01 = drop ? L.keepAttn[4 * hh + 1] : null,
                    k10 = drop ? L.keepAttn[4 * hh + 2] : null, k11 = drop ? L.keepAttn[4 * hh + 3] : null;
            for (int c = hh * dh; c < (hh + 1) * dh; c++) {
                double[] dzc = dz[c], vc = L.qkv[2 * d + c], dv = dQkv[2 * d + c];
                for (int i = 0; i < n; i++) {
                    double u00 = w0[i], u01 = 1 - w0[i], u10 = w1[i], u11 = 1 - w1[i];
                    if (drop) {
                        u00 *= k00[i];
                        u01 *= k01[i];
                        u10 *= k10[i];
                        u11 *= k11[i];
                    }
                    double z0 = dzc[i], z1 = dzc[n + i];
                    dv[i] += u00 * z0 + u10 * z1;
                    dv[n + i] += u01 * z0 + u11 * z1;
                    t00[i] += z0 * vc[i];
                    t01[i] += z0 * vc[n + i];
                    t10[i] += z1 * vc[i];
                    t11[i] += z1 * vc[n + i];
                }
            }
            // Softmax of two: d score_s0 = w_s0 w_s1 (dw_s0 - dw_s1) = -d score_s1 (times the scale, into t00, t10).
            for (int i = 0; i < n; i++) {
                double g00 = t00[i], g01 = t01[i], g10 = t10[i], g11 = t11[i];
                if (drop) {
                    g00 *= k00[i];
                    g01 *= k01[i];
                    g10 *= k10[i];
                    g11 *= k11[i];
                }
                t00[i] = w0[i] * (1 - w0[i]) * (g00 - g01) * scale;
                t10[i] = w1[i] * (1 - w1[i]) * (g10 - g11) * scale;
            }
            for (int c = hh * dh; c < (hh + 1) * dh; c++) {
                double[] qc = L.qkv[c], kc = L.qkv[d + c], dq = dQkv[c], dk = dQkv[d + c];
                for (int i = 0; i < n; i++) {
                    double s0 = t00[i], s1 = t10[i], dk0 = s0 * qc[i] + s1 * qc[n + i];
                    dq[i] += s0 * (kc[i] - kc[n + i]);
                    dq[n + i] += s1 * (kc[i] - kc[n + i]);
                    dk[i] += dk0;
                    dk[n + i] -= dk0;
                }
            }
        }
    }

    /** One full-batch AdamW step on samples (a[i], b[i]) of classes c[i], i < n; returns the loss before it. */
    public double step(int[] a, int[] b, int[] c, int n) {
        double loss = gradients(a, b, c, n);
        embeddingOptimizer.step(embeddingGradients);
        decoderOptimizer.step(gDecoder);
        return loss;
    }

    /** Every parameter array, embeddings first, then each layer's twelve and the output layer's two (for tests). */
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
