package org.geneft.training;

/**
 * One full-batch step's arithmetic: logits of all pairs, then the gradient of the mean binary cross-entropy over the
 * training pairs with respect to every parameter of the {@link Autoencoder} it was made for.
 */
interface Kernel {
    /** Logits of all pairs under the model's current parameters. */
    void forward();

    /**
     * Logits of the training pairs only, bit for bit those {@link #forward()} gives them (each pair's arithmetic is its
     * own); the test pairs' logits, and so the test and full accuracies, stay those of the last {@link #forward()}.
     */
    void forwardTrain();

    /** Gradients at the parameters of the last {@link #forward()}. */
    void backward();

    /** The embeddings' gradient, in {@link Autoencoder#embeddings} layout; filled by {@link #backward()}. */
    double[] embeddingGradients();

    /** The decoder's gradient arrays, in {@link Autoencoder#decoderParameters()} order; filled by {@link #backward()}. */
    double[][] decoderGradients();

    double trainLoss();

    double trainAccuracy();

    double testAccuracy();

    double fullAccuracy();

    /** The logit of pair p at the last forward pass. */
    double logit(int p);

    /** Releases what the kernel holds outside the Java heap (nothing, unless it says otherwise). */
    default void close() { }
}
