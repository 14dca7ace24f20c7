package org.geneft.aut;

/** SplitMix64's finaliser: spreads the bits of order-free sums used as invariants (never trusted without an exact check). */
final class Mix {
    private Mix() { }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
