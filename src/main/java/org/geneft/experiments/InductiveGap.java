package org.geneft.experiments;

import org.geneft.graph.Digraph;
import org.geneft.statics.montecarlo.Estimate;
import org.hipparchus.distribution.continuous.TDistribution;

import java.util.ArrayList;
import java.util.List;

/**
 * The inductive gap of Sec. III for several decoders trained on the same training sets: how far each one's accuracy
 * stays below the accuracy bound, and where its accuracy rises. {@code acc[a][f][s]} is decoder a's accuracy over all
 * pairs at fraction f with seed s (the same seeds, so the same training sets, for every decoder).
 */
final class InductiveGap {
    private final double[] fractions;
    private final double[] bound;
    private final double chance;
    private final double[][][] acc;

    InductiveGap(double[] fractions, double[] bound, double chance, double[][][] acc) {
        if (bound.length != fractions.length) throw new IllegalArgumentException("one bound per fraction");
        for (double[][] a : acc) {
            if (a.length != fractions.length) throw new IllegalArgumentException("one accuracy list per fraction");
            for (double[] s : a)
                if (s.length != a[0].length || s.length == 0)
                    throw new IllegalArgumentException("every fraction needs the same seeds");
        }
        this.fractions = fractions.clone();
        this.bound = bound.clone();
        this.chance = chance;
        this.acc = acc;
    }

    /** Whether every decoder has the same, non-zero number of seeds at every fraction (a complete grid's cells). */
    static boolean complete(double[][][] acc) {
        for (double[][] a : acc) for (double[] s : a) if (s == null || s.length == 0 || s.length != acc[0][0].length) return false;
        return true;
    }

    /** The accuracy of always answering the majority answer: what a decoder that learned nothing reaches. */
    static double chance(Digraph g) {
        long ones = 0;
        int n = g.n();
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) if (g.hasArc(i, j)) ones++;
        double p = ones / ((double) n * n);
        return Math.max(p, 1 - p);
    }

    /** Decoder a's gap: per seed, its shortfall below the bound averaged over the fractions; mean and error over seeds. */
    Estimate gap(int a) {
        int seeds = acc[a][0].length;
        double[] perSeed = new double[seeds];
        for (int s = 0; s < seeds; s++) {
            double sum = 0;
            for (int f = 0; f < fractions.length; f++) sum += bound[f] - acc[a][f][s];
            perSeed[s] = sum / fractions.length;
        }
        return Estimate.of(perSeed);
    }

    /**
     * Decoder a's gap minus decoder b's over the paired runs (same fraction and seed), pooled: positive when b stays
     * closer to the bound. Pooling over fractions whose differences vary only widens the error, never narrows it.
     */
    Estimate pairedDifference(int a, int b) {
        List<Double> d = new ArrayList<>();
        for (int f = 0; f < fractions.length; f++)
            for (int s = 0; s < acc[a][f].length; s++) d.add(acc[b][f][s] - acc[a][f][s]);
        return Estimate.of(d.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Where a decoder's accuracy first reaches a level.
     *
     * @param level    the accuracy
     * @param mean     the fraction where the mean accuracy first reaches it, interpolated in log fraction; -infinity
     *                 when already at the first fraction, +infinity when never
     * @param earliest the same for the mean plus t(95 %) standard errors (0 when already at the first fraction)
     * @param latest   the same for the mean minus t(95 %) standard errors (+infinity when never)
     */
    record Rise(double level, double mean, double earliest, double latest) {
        /**
         * Whether the rise is within a factor of a reference fraction: confirmed when its whole interval is, refuted
         * when its whole interval is outside, otherwise undecided.
         */
        org.geneft.claims.Verdict withinFactor(double reference, double factor) {
            double lo = reference / factor, hi = reference * factor;
            if (earliest >= lo && latest <= hi) return org.geneft.claims.Verdict.CONFIRMED;
            if (earliest > hi || latest < lo) return org.geneft.claims.Verdict.REFUTED;
            return org.geneft.claims.Verdict.UNDECIDED;
        }
    }

    /** Halfway from chance to 1: the level a rise is located by. */
    double halfLevel() {
        return (chance + 1) / 2;
    }

    Rise halfRise(int a) {
        return rise(a, halfLevel());
    }

    Rise rise(int a, double level) {
        int f0 = fractions.length;
        double[] mean = new double[f0], hi = new double[f0], lo = new double[f0];
        for (int f = 0; f < f0; f++) {
            Estimate e = Estimate.of(acc[a][f]);
            double t = e.count() < 2 ? Double.POSITIVE_INFINITY
                    : new TDistribution(e.count() - 1).inverseCumulativeProbability(0.975);
            double half = e.standardError() == 0 ? 0 : t * e.standardError();
            mean[f] = e.mean();
            hi[f] = e.mean() + half;
            lo[f] = e.mean() - half;
        }
        double early = crossing(fractions, hi, level);
        return new Rise(level, crossing(fractions, mean, level), early == Double.NEGATIVE_INFINITY ? 0 : early,
                crossing(fractions, lo, level));
    }

    /** Where the bound first reaches a level (its Monte Carlo error is far below the networks' and left out). */
    double boundRise(double level) {
        return crossing(fractions, bound, level);
    }

    /** The decoder whose mean accuracy reaches the half level first. */
    int earliestRise() {
        int best = 0;
        for (int a = 1; a < acc.length; a++) if (halfRise(a).mean() < halfRise(best).mean()) best = a;
        return best;
    }

    /** {@link org.geneft.util.LogCrossing#first}: -infinity below the grid, +infinity beyond it. */
    static double crossing(double[] fractions, double[] curve, double level) {
        return org.geneft.util.LogCrossing.first(fractions, curve, level);
    }
}
