package org.geneft.experiments;

import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Verdict;

import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;

/**
 * Theorem 1's conclusion measured on the paper's own model: mod 3 on n = 30 elements, Table 3's configuration,
 * trained without early stopping until the training loss is near zero, then asked whether each class sits at one
 * point (the collapse the theorem states) and whether classes are at least grouped (nearest neighbours).
 */
public final class EmbeddingGroupingClaim {
    static final int N = 30, CLASSES = 3;
    /** Training loss below which a run stands in for the theorem's zero loss (ln 2 = 0.69 is chance). */
    static final double NEAR_ZERO_LOSS = 1e-3;
    /** A class is collapsed when its spread is below 1 % of the squared distance between class centroids. */
    static final double COLLAPSED_RATIO = 0.01;

    private final int runs;
    private final long steps, seed;

    public EmbeddingGroupingClaim(int runs, long steps, long seed) {
        if (runs < 1) throw new IllegalArgumentException("runs must be >= 1, got " + runs);
        if (steps < 1) throw new IllegalArgumentException("steps must be >= 1, got " + steps);
        this.runs = runs;
        this.steps = steps;
        this.seed = seed;
    }

    public Claim check() {
        // Independent runs, each single-threaded and seeded: the same list on any number of cores.
        List<EmbeddingGrouping.Run> measured = LongStream.range(0, runs).parallel()
                .mapToObj(i -> EmbeddingGrouping.measure(N, CLASSES, steps, seed + i)).toList();
        return judge(measured, steps);
    }

    static Claim judge(List<EmbeddingGrouping.Run> measured, long steps) {
        List<EmbeddingGrouping.Run> nearZero = measured.stream().filter(r -> r.trainLoss() < NEAR_ZERO_LOSS).toList();
        long collapsed = nearZero.stream().filter(r -> r.ratio() < COLLAPSED_RATIO).count();
        StringBuilder ev = new StringBuilder(fmt("mod %d, n = %d, Table 3's configuration, %d steps without early "
                + "stopping, seeds %d..%d; per run: training loss, test accuracy, spread ratio (mean squared distance to "
                + "the class centroid over mean squared distance between centroids; 0 is Theorem 1's collapse), "
                + "nearest-neighbour purity (same class; %.3f for random placement):", CLASSES, N, steps,
                measured.get(0).seed(), measured.get(measured.size() - 1).seed(), (N / (double) CLASSES - 1) / (N - 1)));
        for (EmbeddingGrouping.Run r : measured)
            ev.append(fmt(" seed %d: %.1e, %.3f, %.3f, %.3f;", r.seed(), r.trainLoss(), r.testAcc(), r.ratio(),
                    r.neighbourPurity()));
        ev.append(fmt(" %d of %d runs reach training loss below %.0e, and %d of those have every class collapsed "
                        + "(ratio below %.2f)", nearZero.size(), measured.size(), NEAR_ZERO_LOSS, collapsed,
                COLLAPSED_RATIO));
        Verdict v = nearZero.isEmpty() ? Verdict.NOT_CHECKED
                : collapsed == nearZero.size() ? Verdict.CONFIRMED
                : collapsed == 0 ? Verdict.REFUTED : Verdict.CONFIRMED_UNDER_CONDITIONS;
        if (v == Verdict.REFUTED)
            ev.append(": near-zero loss and generalization without the collapse; nearest neighbours show how far the "
                    + "classes are grouped all the same");
        return new Claim("theorem1-collapse-measured", "trained to near-zero loss on a classification task, the "
                + "autoencoder embeds same-class elements at one point (Theorem 1's conclusion, on the paper's model)",
                "Sec. IV, Theorem 1", Method.EMPIRICAL, v, ev.toString());
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
