package org.geneft.training;

/**
 * One training run's hyperparameters (Table 3 defaults), validated on construction.
 *
 * @param embeddingDim  d, the encoder's embedding dimension
 * @param mode          how the decoder combines two embeddings
 * @param depth         number of hidden tanh layers of the decoder (0: a linear decoder)
 * @param width         units per hidden layer
 * @param etaEnc        Adam learning rate of the encoder (the embeddings)
 * @param etaDec        AdamW learning rate of the decoder
 * @param wdEnc         encoder weight decay, L2 added to the gradient (torch.optim.Adam semantics)
 * @param wdDec         decoder weight decay, decoupled (torch.optim.AdamW semantics)
 * @param trainFraction fraction of the n² pairs in the training set, in (0, 1)
 * @param steps         step budget (Table 4 uses 10⁵)
 * @param seed          seeds the training set, the embeddings and the decoder
 * @param initScale     embeddings start as N(0, 1) · initScale
 * @param earlyStop     stop as soon as the phase is decided
 */
public record TrainConfig(int embeddingDim, DecoderInput mode, int depth, int width, double etaEnc, double etaDec,
        double wdEnc, double wdDec, double trainFraction, long steps, long seed, double initScale, boolean earlyStop) {

    /** Table 3: d = 2, concat, 3 hidden layers of 50, learning rate 1e-3, no weight decay, fraction 0.75; 10⁵ steps. */
    public static TrainConfig defaults() {
        return new TrainConfig(2, DecoderInput.CONCAT, 3, 50, 1e-3, 1e-3, 0, 0, 0.75, 100_000, 0, 1, true);
    }

    public TrainConfig {
        if (mode == null) throw new IllegalArgumentException("the decoder input mode is missing");
        if (embeddingDim < 1) throw new IllegalArgumentException("--embedding-dim must be >= 1, got " + embeddingDim);
        if (depth < 0) throw new IllegalArgumentException("--depth must be >= 0, got " + depth);
        if (width < 1) throw new IllegalArgumentException("--width must be >= 1, got " + width);
        positive("--eta-enc", etaEnc);
        positive("--eta-dec", etaDec);
        nonNegative("--wd-enc", wdEnc);
        nonNegative("--wd-dec", wdDec);
        if (!(trainFraction > 0 && trainFraction < 1))
            throw new IllegalArgumentException("--train-frac must be in (0, 1), got " + trainFraction);
        if (steps < 0) throw new IllegalArgumentException("--steps must be >= 0, got " + steps);
        positive("--init-scale", initScale);
    }

    private static void positive(String name, double x) {
        if (!(x > 0 && Double.isFinite(x))) throw new IllegalArgumentException(name + " must be a positive number, got " + x);
    }

    private static void nonNegative(String name, double x) {
        if (!(x >= 0 && Double.isFinite(x))) throw new IllegalArgumentException(name + " must be >= 0, got " + x);
    }

    /** A builder starting from {@link #defaults()}, for sweeps and tests that change a few values. */
    public static Builder builder() {
        return new Builder(defaults());
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes a few hyperparameters of a configuration; {@link #build()} validates. */
    public static final class Builder {
        private int embeddingDim, depth, width;
        private DecoderInput mode;
        private double etaEnc, etaDec, wdEnc, wdDec, trainFraction, initScale;
        private long steps, seed;
        private boolean earlyStop;

        private Builder(TrainConfig c) {
            embeddingDim = c.embeddingDim; mode = c.mode; depth = c.depth; width = c.width;
            etaEnc = c.etaEnc; etaDec = c.etaDec; wdEnc = c.wdEnc; wdDec = c.wdDec;
            trainFraction = c.trainFraction; steps = c.steps; seed = c.seed; initScale = c.initScale;
            earlyStop = c.earlyStop;
        }

        public Builder embeddingDim(int v) { embeddingDim = v; return this; }
        public Builder mode(DecoderInput v) { mode = v; return this; }
        public Builder depth(int v) { depth = v; return this; }
        public Builder width(int v) { width = v; return this; }
        public Builder etaEnc(double v) { etaEnc = v; return this; }
        public Builder etaDec(double v) { etaDec = v; return this; }
        public Builder wdEnc(double v) { wdEnc = v; return this; }
        public Builder wdDec(double v) { wdDec = v; return this; }
        public Builder trainFraction(double v) { trainFraction = v; return this; }
        public Builder steps(long v) { steps = v; return this; }
        public Builder seed(long v) { seed = v; return this; }
        public Builder initScale(double v) { initScale = v; return this; }
        public Builder earlyStop(boolean v) { earlyStop = v; return this; }

        public TrainConfig build() {
            return new TrainConfig(embeddingDim, mode, depth, width, etaEnc, etaDec, wdEnc, wdDec, trainFraction,
                    steps, seed, initScale, earlyStop);
        }
    }
}
