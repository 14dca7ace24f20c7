package org.geneft.training;

/**
 * Whether {@link VectorPairSums} can run here: the incubating Vector API module must be in the boot layer
 * (the launcher and the tests add it) and the CPU's preferred vector must hold the lanes {@link PairSums} fixes
 * in one or two registers (AVX-512 or AVX2). Touches no Vector API class unless the module is there.
 * {@code -Dgeneft.vector=false} forces the scalar path, for comparisons.
 */
final class VectorSupport {
    private VectorSupport() {}

    static boolean available() {
        if (!Boolean.parseBoolean(System.getProperty("geneft.vector", "true"))) return false;
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) return false;
        return VectorPairSums.supported();
    }
}
