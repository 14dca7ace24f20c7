package org.geneft.dynamics;

import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** Theorem 3: the probability that two randomly initialized repons collide, by Eq. 12 and by Monte Carlo. */
public final class CollisionProbability {

    /** How one initial condition ends; implementations must be safe to call from several threads. */
    @FunctionalInterface
    public interface TrajectoryClassifier {
        Outcome classify(double a2, double c);
    }

    private CollisionProbability() { }

    /** Eq. 12: p = (2/π) arctan((σ_a/σ_c) √(η_x/(2η_A))) (σ_c where the paper's integrand writes σ_x). */
    public static double eq12(double etaA, double etaX, double sigmaA, double sigmaC) {
        return 2 / Math.PI * Math.atan(sigmaA / sigmaC * Math.sqrt(etaX / (2 * etaA)));
    }

    /** Monte Carlo of Theorem 3 on Eq. 10, each sample classified by integration. */
    public static CollisionEstimate reduced(ReducedReponSystem system, InitialConditions init, int samples, long seed,
            IntegrationSettings settings, boolean parallel) {
        CollisionClassifier classifier = new CollisionClassifier(system, settings.stoppingAtOutcome());
        return estimate((a2, c) -> classifier.classify(a2, c).outcome(), init, samples, seed,
                eq12(system.etaA(), system.etaX(), init.sigmaA(), init.sigmaC()), parallel);
    }

    /**
     * Draws the samples, classifies them (in parallel over the common pool if asked) and counts.
     * The draws are sequential and the counts are sums of integers, so the result depends on the seed
     * alone, not on the number of threads.
     */
    public static CollisionEstimate estimate(TrajectoryClassifier classifier, InitialConditions init, int samples,
            long seed, double pTheory, boolean parallel) {
        double[] ac = init.draw(samples, seed);
        IntStream idx = IntStream.range(0, samples);
        if (parallel) idx = idx.parallel();
        IntFunction<Outcome> one = i -> classifier.classify(ac[2 * i], ac[2 * i + 1]);
        long[] counts = idx.mapToObj(one).collect(() -> new long[2],
                (acc, o) -> { if (o == Outcome.COLLISION) acc[0]++; else if (o == Outcome.UNDECIDED) acc[1]++; },
                (x, y) -> { x[0] += y[0]; x[1] += y[1]; });
        return CollisionEstimate.of(samples, counts[0], counts[1], pTheory);
    }
}
