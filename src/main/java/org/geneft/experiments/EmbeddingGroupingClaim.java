package org.geneft.experiments;

import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Verdict;
import org.geneft.training.Phase;

import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;

/**
 * Whether generalization needs the repons of a class to collide, measured on the paper's own model: mod 3 on n = 30
 * elements, Table 3's configuration, trained without early stopping, then asked whether each class sits at one
 * point and whether classes are at least grouped (nearest neighbours).
 */
public final class EmbeddingGroupingClaim {
    static final int N = 30, CLASSES = 3;
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

    /**
     * Sec. IV after Eq. 12: "the repon collision is a necessary condition for generalization" (why Eq. 12 bounds the
     * probability from above). A run that generalizes (the tool's phases generalization or grokking) with its classes
     * not collapsed is a counterexample; it stays one whatever longer training would do. Theorem 1 says nothing about
     * these runs: its decoder must be injective, and a tanh MLP is not.
     */
    static Claim judge(List<EmbeddingGrouping.Run> measured, long steps) {
        List<EmbeddingGrouping.Run> generalized = measured.stream()
                .filter(r -> r.phase() == Phase.GENERALIZATION || r.phase() == Phase.GROKKING).toList();
        long collapsed = generalized.stream().filter(r -> r.ratio() < COLLAPSED_RATIO).count();
        StringBuilder ev = new StringBuilder(fmt("mod %d, n = %d, Table 3's configuration, %d steps without early "
                + "stopping, seeds %d..%d; per run: phase, training loss, test accuracy, spread ratio (mean squared "
                + "distance to the class centroid over mean squared distance between centroids; 0 is every class "
                + "collided), nearest-neighbour purity (same class; %.3f for random placement):", CLASSES, N, steps,
                measured.get(0).seed(), measured.get(measured.size() - 1).seed(), (N / (double) CLASSES - 1) / (N - 1)));
        for (EmbeddingGrouping.Run r : measured)
            ev.append(fmt(" seed %d: %s, %.1e, %.3f, %.3f, %.3f;", r.seed(), r.phase().spec(), r.trainLoss(),
                    r.testAcc(), r.ratio(), r.neighbourPurity()));
        ev.append(fmt(" %d of %d runs generalize, and %d of those have every class collided (ratio below %.2f)",
                generalized.size(), measured.size(), collapsed, COLLAPSED_RATIO));
        Verdict v = generalized.isEmpty() ? Verdict.NOT_CHECKED
                : collapsed == generalized.size() ? Verdict.CONFIRMED : Verdict.REFUTED;
        if (v == Verdict.REFUTED)
            ev.append(fmt(": %d run(s) generalize without the collision; nearest neighbours show how far the classes "
                    + "are grouped all the same", generalized.size() - collapsed));
        ev.append(". (Theorem 1 says nothing about these runs: its decoder must be injective, and a tanh MLP is not.)");
        return new Claim("sec4-collision-necessary", "repon collision is a necessary condition for generalization "
                + "(the reason Sec. IV gives for Eq. 12 being an upper bound): a network that generalizes has its "
                + "same-class repons collided", "Eq. 12, Sec. IV (the text after it)", Method.EMPIRICAL, v, ev.toString());
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
