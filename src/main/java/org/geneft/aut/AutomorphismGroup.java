package org.geneft.aut;

import java.math.BigInteger;
import java.util.Objects;

/**
 * What an automorphism search found: |Aut(G)| as log10 (never overflows), the exact order when
 * it is small enough to be exact in a double, the number of generators, the orbits, and which
 * engine ran for how long.
 *
 * @param log10Order  log10 |Aut(G)|
 * @param exactOrder  |Aut(G)| exactly, or null when it is too large to be known exactly
 * @param generators  number of generators the engine reported
 * @param orbits      orbits[v] = least vertex in the orbit of v
 * @param engine      the engine and encoding that ran, e.g. "traces/gadget"
 * @param seconds     wall time of the search
 */
public record AutomorphismGroup(double log10Order, BigInteger exactOrder, int generators, int[] orbits,
                                String engine, double seconds) {

    public AutomorphismGroup {
        Objects.requireNonNull(orbits, "orbits");
        Objects.requireNonNull(engine, "engine");
        if (Double.isNaN(log10Order) || log10Order < 0)
            throw new IllegalArgumentException("log10 |Aut| must be >= 0, got " + log10Order);
        if (exactOrder != null && exactOrder.signum() <= 0)
            throw new IllegalArgumentException("|Aut| must be positive, got " + exactOrder);
        orbits = orbits.clone(); // a record's array is otherwise shared with whoever built it
    }

    /** orbits[v] = least vertex in the orbit of v (a copy). */
    @Override
    public int[] orbits() { return orbits.clone(); }

    public double log2Order() { return log10Order / Math.log10(2); }

    public int orbitCount() {
        int count = 0;
        for (int v = 0; v < orbits.length; v++) if (orbits[v] == v) count++;
        return count;
    }
}
