package org.geneft.training;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

import java.lang.ref.Cleaner;

/**
 * {@link FloatKernel}'s step in C (native/geneft_kernel.c, through JNA) for CPUs with AVX-512 and FMA: the same
 * arithmetic in the same order, so a run gives the same bits on either side ({@code NativeKernelTest}); the C
 * compiler keeps four rows of a product and the tanh's clamps in registers where the JDK 17 JIT could not.
 * {@link #open} answers null wherever the library is missing or the CPU lacks those instructions, and under
 * {@code -Dgeneft.kernel=java}; the Java kernel then runs. Each instance owns native memory, freed by {@link #close}
 * at the end of a run, or when it becomes unreachable.
 */
final class NativeKernel {
    private static final Cleaner CLEANER = Cleaner.create();

    /** The JNA mirror of native/geneft_kernel.h. */
    interface Lib extends Library {
        int gk_supported();

        Pointer gk_new(int n, int d, int mode, int depth, int width, int pairs, int train, int[] left, int[] right);

        void gk_free(Pointer k);

        void gk_forward(Pointer k, float[] params, int len, float[] logits);

        int gk_backward(Pointer k, float[] logitGrad, float[] grads);

        void gk_tanh(float[] z, int len);
    }

    private static final Lib LIB = load();

    private static Lib load() {
        if ("java".equals(System.getProperty("geneft.kernel"))) return null;
        try {
            Lib lib = Native.load("geneft_kernel", Lib.class);
            return lib.gk_supported() == 1 ? lib : null;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            return null;
        }
    }

    /** Whether the native step runs in this process. */
    static boolean available() {
        return LIB != null;
    }

    /** z[p] ← the native tanh of z[p] for p &lt; len (for tests). */
    static void tanh(float[] z, int len) {
        LIB.gk_tanh(z, len);
    }

    private final Pointer handle;
    private Cleaner.Cleanable cleanable;

    private NativeKernel(Pointer handle) {
        this.handle = handle;
    }

    /** A native kernel for this model and split, or null where it cannot run (see the class comment). */
    static NativeKernel open(Autoencoder model, TrainingSplit split) {
        if (LIB == null) return null;
        int pairs = split.pairs();
        int[] left = new int[pairs], right = new int[pairs];
        for (int p = 0; p < pairs; p++) {
            left[p] = split.left(p);
            right[p] = split.right(p);
        }
        int width = model.depth() > 0 ? model.size(1) : 1;
        int mode = switch (model.mode()) { case CONCAT -> 0; case DIFF -> 1; case SQDIFF -> 2; };
        Pointer h = LIB.gk_new(model.n(), model.embeddingDim(), mode, model.depth(), width, pairs, split.trainPairs(),
                left, right);
        if (h == null) throw new OutOfMemoryError("the native training kernel could not allocate its arrays");
        NativeKernel k = new NativeKernel(h);
        k.cleanable = CLEANER.register(k, () -> LIB.gk_free(h));
        return k;
    }

    /** Frees the native memory now (a run's end); unreachable kernels are freed by the cleaner in any case. */
    void close() {
        cleanable.clean();
    }

    /** The logits of the first len pairs under the packed float parameters. */
    void forward(float[] params, int len, float[] logits) {
        LIB.gk_forward(handle, params, len, logits);
    }

    /** The packed float gradients at the last forward's parameters. */
    void backward(float[] logitGrad, float[] grads) {
        if (LIB.gk_backward(handle, logitGrad, grads) != 0) throw new IllegalStateException("native backward failed");
    }
}
