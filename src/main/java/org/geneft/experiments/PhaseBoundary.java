package org.geneft.experiments;

import java.util.OptionalDouble;

/**
 * Where a line of a phase diagram crosses from generalization into memorization.
 *
 * <p>Along increasing log10 η_dec (one column of Fig. 5, one row of Fig. 8), the boundary is the first place where
 * the fraction of seeds that generalize, p_gen, falls from at least 1/2 to below 1/2 into a cell whose failed runs
 * mostly memorized; its position is interpolated linearly in log10 η_dec between the two cells' p_gen. A fall into
 * confusion (the decoder's learning rate too large to fit at all) is not this boundary. No such fall: no point
 * (the boundary lies outside the grid).
 */
public final class PhaseBoundary {
    private PhaseBoundary() { }

    /**
     * @param logEta log10 of the swept learning rate, increasing
     * @param cells  the cells at those rates (empty cells are skipped)
     * @return log10 of the rate where p_gen crosses 1/2, or empty
     */
    public static OptionalDouble crossing(double[] logEta, PhaseCell[] cells) {
        if (logEta.length != cells.length) throw new IllegalArgumentException("one cell per rate");
        int prev = -1;
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null || cells[i].seeds() == 0) continue;
            if (i > 0 && !(logEta[i] > logEta[Math.max(prev, 0)]) && prev >= 0)
                throw new IllegalArgumentException("rates must increase");
            if (prev >= 0) {
                double p0 = cells[prev].pGen(), p1 = cells[i].pGen();
                if (p0 >= 0.5 && p1 < 0.5 && cells[i].failuresMostlyMemorize())
                    return OptionalDouble.of(logEta[prev] + (p0 - 0.5) / (p0 - p1) * (logEta[i] - logEta[prev]));
            }
            prev = i;
        }
        return OptionalDouble.empty();
    }
}
