package org.geneft.dynamics;

import java.util.SplittableRandom;

/**
 * Theorem 3's random initialization: (a2(0), c(0)) ~ N(0, σ_a²) × N(0, σ_c²), drawn in one fixed
 * order from one seeded stream, so a seed gives the same samples whatever runs them afterwards.
 */
public record InitialConditions(double sigmaA, double sigmaC) {

    public InitialConditions {
        if (!(sigmaA > 0) || !Double.isFinite(sigmaA))
            throw new IllegalArgumentException("--sigma-a must be a finite number > 0, got " + sigmaA);
        if (!(sigmaC > 0) || !Double.isFinite(sigmaC))
            throw new IllegalArgumentException("--sigma-c must be a finite number > 0, got " + sigmaC);
    }

    /** samples pairs (a2, c), interleaved: a2 at 2i, c at 2i + 1. */
    public double[] draw(int samples, long seed) {
        if (samples < 1) throw new IllegalArgumentException("--samples must be >= 1, got " + samples);
        SplittableRandom rng = new SplittableRandom(seed);
        double[] ac = new double[2 * samples];
        for (int i = 0; i < samples; i++) {
            ac[2 * i] = sigmaA * rng.nextGaussian();
            ac[2 * i + 1] = sigmaC * rng.nextGaussian();
        }
        return ac;
    }
}
