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
        CollisionClassifier classifier = new CollisionClassifier(system, monteCarlo(settings));
        return estimate((a2, c) -> classifier.classify(a2, c).outcome(), init, samples, seed,
                eq12(system.etaA(), system.etaX(), init.sigmaA(), init.sigmaC()), parallel);
    }

    /** Decision ratio of the Monte Carlo: the first crossing of ρ = 1e-6 or 1e6 (see {@link #monteCarlo}). */
    static final double MONTE_CARLO_DECISION = 1e-6;

    /**
     * The settings for classifying many draws: stop at the decision, and decide at ρ ≤ 1e-6 (ρ ≥ 1e6)
     * unless the settings ask for a wider margin. Along Eq. 10 ln ρ moves linearly in t, with slope
     * −4η_Aη_x C, so its first crossing of 1e-6 is followed by one of 1e-12 and the outcome is the same;
     * stopping there saves about a quarter of the steps. 1e-12 stays where the limits are reported.
     */
    static IntegrationSettings monteCarlo(IntegrationSettings settings) {
        return settings.stoppingAtOutcome().withDecisionRatio(Math.max(settings.decisionRatio(), MONTE_CARLO_DECISION));
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
