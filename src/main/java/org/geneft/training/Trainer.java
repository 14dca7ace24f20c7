package org.geneft.training;

import org.geneft.graph.Digraph;

import java.util.SplittableRandom;

/**
 * Trains the reduced autoencoder on a relation: full-batch steps with Adam on the encoder and AdamW on
 * the decoder, train and test accuracy after every step, Table 4's phase at the end.
 *
 * <p>Step t measures the accuracies of the parameters after t updates (t = 0 is the initialisation), then
 * updates; the run ends after {@code steps} updates, or earlier once the phase is decided when early
 * stopping is on. The seed is split, in a fixed order, into the training-set, embedding and decoder
 * streams, and the kernel is single-threaded: a configuration gives bit-identical results on every run.
 */
public final class Trainer {
    /** Largest n trained densely: the kernel holds every pair's activations (n² · width · depth doubles). */
    public static final int MAX_DENSE_N = 300;

    private Trainer() { }

    /** Trains on the relation R_ij = [G has an arc i → j] (any label). */
    public static TrainResult train(Digraph g, TrainConfig c) {
        return train(g, c, Precision.FLOAT64);
    }

    /** Trains on the relation R_ij = [G has an arc i → j] (any label), in the given precision. */
    public static TrainResult train(Digraph g, TrainConfig c, Precision precision) {
        int n = g.n();
        if (n > MAX_DENSE_N)
            throw new IllegalArgumentException("the graph has " + n + " vertices; training is dense over all n² pairs "
                    + "and is limited to n <= " + MAX_DENSE_N);
        boolean[][] r = new boolean[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) r[i][j] = g.hasArc(i, j);
        return trainModel(r, c, precision).result();
    }

    /** Trains on the relation given as its n × n matrix. */
    public static TrainResult train(boolean[][] relation, TrainConfig c) {
        return trainModel(relation, c).result();
    }

    /**
     * A run's result and its final embeddings.
     *
     * @param embeddings element i's embedding is embeddings[i·d .. i·d + d), d = the config's embedding dimension
     */
    public record Trained(TrainResult result, double[] embeddings) { }

    /** Trains on the relation given as its n × n matrix, keeping the final embeddings. */
    public static Trained trainModel(boolean[][] relation, TrainConfig c) {
        return trainModel(relation, c, Precision.FLOAT64);
    }

    /**
     * Refuses a model the heap cannot hold, before allocating it: every unit keeps an activation per pair and a delta
     * per training pair, and every parameter its value, gradient and Adam's two moments (doubles; an upper bound in float).
     */
    static void checkMemory(int n, TrainConfig c) {
        double in = c.mode() == DecoderInput.CONCAT ? 2.0 * c.embeddingDim() : c.embeddingDim();
        double w = c.width(), units = in + w * c.depth() + 1;
        double params = c.depth() == 0 ? in + 1 : in * w + w * w * (c.depth() - 1) + w + units + (double) n * c.embeddingDim();
        org.geneft.util.HeapLimit.check(String.format(java.util.Locale.ROOT, "--width %d, --depth %d, --embedding-dim %d on n = %d",
                c.width(), c.depth(), c.embeddingDim(), n), 8 * (2 * units * n * (double) n + 4 * params));
    }

    /** Trains on the relation given as its n × n matrix, in the given precision, keeping the final embeddings. */
    public static Trained trainModel(boolean[][] relation, TrainConfig c, Precision precision) {
        return trainModel(relation, c, precision, true);
    }

    /**
     * With {@code trainOnlyOnceTested}, a step after the test accuracy first passed Table 4's threshold computes the
     * training pairs' logits only (all the optimizer and the phase need then), and the last step all of them: the same
     * run bit for bit, faster by the test pairs' share of the forward pass (tested against the run without it).
     */
    static Trained trainModel(boolean[][] relation, TrainConfig c, Precision precision, boolean trainOnlyOnceTested) {
        return trainModel(relation, c, precision, trainOnlyOnceTested, true);
    }

    /** With {@code allowNative} false a float run's step stays in Java (the same bits; for the tests that show it). */
    static Trained trainModel(boolean[][] relation, TrainConfig c, Precision precision, boolean trainOnlyOnceTested,
                              boolean allowNative) {
        int n = relation.length;
        if (n < 1) throw new IllegalArgumentException("the relation has no elements");
        if (n > MAX_DENSE_N)
            throw new IllegalArgumentException("n = " + n + " is too large to train densely (limit " + MAX_DENSE_N + ")");
        checkMemory(n, c);
        SplittableRandom root = new SplittableRandom(c.seed());
        SplittableRandom dataRng = root.split(), encoderRng = root.split(), decoderRng = root.split();
        TrainingSplit split = TrainingSplit.sample(relation, c.trainFraction(), dataRng);
        Autoencoder model = Autoencoder.initialise(n, c, encoderRng, decoderRng);
        Kernel kernel = precision == Precision.FLOAT32 ? new FloatKernel(model, split, allowNative)
                : new FullBatchKernel(model, split);
        try {
            Adam encoder = Adam.adam(c.etaEnc(), c.wdEnc(), model.embeddings);
            Adam decoder = Adam.adamW(c.etaDec(), c.wdDec(), model.decoderParameters());
            double[][] encoderGrad = {kernel.embeddingGradients()};
            double[][] decoderGrad = kernel.decoderGradients();
            PhaseTracker tracker = new PhaseTracker();

            long start = System.nanoTime();
            long t = 0;
            while (true) {
                boolean all = !trainOnlyOnceTested || tracker.stepsTest().isEmpty();
                if (all) kernel.forward();
                else kernel.forwardTrain();
                // Once the test accuracy has passed the threshold, the tracker reads only the training accuracy.
                tracker.observe(t, kernel.trainAccuracy(), all ? kernel.testAccuracy() : Double.NaN);
                if (t == c.steps() || (c.earlyStop() && tracker.decided().isPresent())) {
                    if (!all) kernel.forward(); // the final accuracies over every pair
                    break;
                }
                kernel.backward();
                encoder.step(encoderGrad);
                decoder.step(decoderGrad);
                t++;
            }
            double wall = (System.nanoTime() - start) / 1e9;
            return new Trained(new TrainResult(c, n, split.trainPairs(), split.testPairs(), tracker.classify(),
                    kernel.trainAccuracy(), kernel.testAccuracy(), kernel.fullAccuracy(), kernel.trainLoss(),
                    tracker.stepsTrain(), tracker.stepsTest(), t, wall), model.embeddings.clone());
        } finally {
            kernel.close(); // a native step's memory, now rather than at the next collection
        }
    }
}
