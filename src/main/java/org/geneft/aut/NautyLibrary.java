package org.geneft.aut;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * The JNA mirror of native/geneft_nauty.h, one method per C function, primitive arrays only.
 *
 * <p>C {@code long} is mapped to Java {@code long}: the shim is built for linux-x86-64 only, an
 * LP64 platform, and {@link #instance()} refuses any other long size rather than pass garbage.
 */
interface NautyLibrary extends Library {

    int ENGINE_TRACES = 0;
    int ENGINE_SPARSENAUTY = 1;

    int OK = 0;
    int ERR_ARGS = -1;
    int ERR_NOMEM = -2;
    int ERR_ENGINE = -3;
    int ERR_VERIFY = -4;

    String INSTALL_HINT = "install Debian's libnauty2-dev (apt-get install libnauty2-dev) and rebuild";

    int geneft_automorphisms(int engine, int n, long nde, long[] offsets, int[] adj, int[] colour,
                             int directed, int selftest, double[] grpsize1, int[] grpsize2, int[] numgenerators,
                             int[] orbits);

    /** The loaded library; loads it on first use and remembers a failure instead of retrying. */
    static NautyLibrary instance() {
        return Loader.get();
    }

    /** Lazy, once-only loading; a failed load is cached so every caller gets the same message. */
    final class Loader {
        private static NautyLibrary library;
        private static NativeLibraryUnavailableException failure;

        private Loader() { }

        static synchronized NautyLibrary get() {
            if (library == null && failure == null) {
                try {
                    if (Native.LONG_SIZE != Long.BYTES)
                        throw new UnsatisfiedLinkError("C long is " + Native.LONG_SIZE + " bytes; the shim needs LP64");
                    library = Native.load("geneft_nauty", NautyLibrary.class);
                } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
                    failure = new NativeLibraryUnavailableException(INSTALL_HINT, e);
                }
            }
            if (failure != null) throw failure;
            return library;
        }
    }
}
