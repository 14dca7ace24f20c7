package org.geneft.training;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

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

    // native/geneft_kernel.h, bound by JNA's direct mapping (no proxy, no boxing per call) when the class loads.
    private static native int gk_supported();

    private static native Pointer gk_new(int n, int d, int mode, int depth, int width, int pairs, int train, int[] left,
                                         int[] right);

    private static native void gk_free(Pointer k);

    private static native void gk_forward(Pointer k, FloatBuffer params, int len, FloatBuffer logits);

    private static native int gk_backward(Pointer k, FloatBuffer logitGrad, FloatBuffer grads);

    private static native void gk_tanh(float[] z, int len);

    private static final boolean AVAILABLE = load();

    private static boolean load() {
        if ("java".equals(System.getProperty("geneft.kernel"))) return false;
        try {
            Native.register(NativeKernel.class, "geneft_kernel");
            return gk_supported() == 1;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            return false;
        }
    }

    /** Whether the native step runs in this process. */
    static boolean available() {
        return AVAILABLE;
    }

    /** z[p] ← the native tanh of z[p] for p &lt; len (for tests). */
    static void tanh(float[] z, int len) {
        gk_tanh(z, len);
    }

    private final Pointer handle;
    private Cleaner.Cleanable cleanable;
    /** Direct buffers, handed to C without a copy: the packed parameters and gradients, the logits, their gradient. */
    private final FloatBuffer params, grads, logits, logitGrad;

    private NativeKernel(Pointer handle, int parameters, int pairs, int train) {
        this.handle = handle;
        params = direct(parameters);
        grads = direct(parameters);
        logits = direct(pairs);
        logitGrad = direct(Math.max(train, 1));
    }

    private static FloatBuffer direct(int floats) {
        return ByteBuffer.allocateDirect(Float.BYTES * floats).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    /** A native kernel for this model and split, or null where it cannot run (see the class comment). */
    static NativeKernel open(Autoencoder model, TrainingSplit split) {
        if (!AVAILABLE) return null;
        int pairs = split.pairs();
        int[] left = new int[pairs], right = new int[pairs];
        for (int p = 0; p < pairs; p++) {
            left[p] = split.left(p);
            right[p] = split.right(p);
        }
        int width = model.depth() > 0 ? model.size(1) : 1;
        int mode = switch (model.mode()) { case CONCAT -> 0; case DIFF -> 1; case SQDIFF -> 2; };
        Pointer h = gk_new(model.n(), model.embeddingDim(), mode, model.depth(), width, pairs, split.trainPairs(),
                left, right);
        if (h == null) throw new OutOfMemoryError("the native training kernel could not allocate its arrays");
        NativeKernel k = new NativeKernel(h, model.parameterCount(), pairs, split.trainPairs());
        k.cleanable = CLEANER.register(k, () -> gk_free(h));
        return k;
    }

    /** Frees the native memory now (a run's end); unreachable kernels are freed by the cleaner in any case. */
    void close() {
        cleanable.clean();
    }

    /** Where the parameters go, packed and rounded to float, before {@link #forward}. */
    FloatBuffer params() {
        return params;
    }

    /** The logits of the first len pairs under the parameters in {@link #params}, into logits[0 .. len). */
    void forward(int len, float[] out) {
        gk_forward(handle, params, len, logits);
        logits.get(0, out, 0, len);
    }

    /** The packed float gradients at the last forward's parameters, from the loss's gradient at each training logit. */
    FloatBuffer backward(float[] logitGradient) {
        logitGrad.put(0, logitGradient, 0, logitGradient.length);
        if (gk_backward(handle, logitGrad, grads) != 0) throw new IllegalStateException("native backward failed");
        return grads;
    }
}
