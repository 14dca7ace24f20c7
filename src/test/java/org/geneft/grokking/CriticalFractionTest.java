package org.geneft.grokking;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The threshold of random orderings against the per-fraction estimate and exact enumeration. */
class CriticalFractionTest {

    @Test
    void theThresholdDistributionIsTheExactCurveForSmallP() {
        // p = 4: P(threshold <= m) over random orderings against the exact probability over all C(10, m) sets.
        SplittableRandom rng = new SplittableRandom(9);
        int draws = 20_000;
        int[] counts = new int[11];
        for (int s = 0; s < draws; s++) counts[LinearStructureProbability.thresholdPairs(4, rng)]++;
        int cumulative = 0;
        for (int m = 0; m <= 10; m++) {
            cumulative += counts[m];
            double estimate = cumulative / (double) draws, exact = LinearStructureProbability.exact(4, m).probability();
            // 4 binomial standard errors (at most 0.0035 here): a wrong threshold (off by one pair) moves it by > 0.1.
            assertThat(Math.abs(estimate - exact)).as("m = " + m).isLessThanOrEqualTo(4 * Math.sqrt(0.25 / draws) + 1e-12);
        }
    }

    @Test
    void thePrefixAtTheThresholdIsUniqueAndTheOneBeforeIsNot() {
        SplittableRandom rng = new SplittableRandom(2), replay = new SplittableRandom(2);
        for (int s = 0; s < 30; s++) {
            int m = LinearStructureProbability.thresholdPairs(10, rng);
            var order = LinearStructureProbability.sample(LinearStructureProbability.allPairs(10), 55, replay);
            assertThat(new ParallelogramSystem(10, order.subList(0, m)).uniqueLinearStructure()).isTrue();
            assertThat(new ParallelogramSystem(10, order.subList(0, m - 1)).uniqueLinearStructure()).isFalse();
        }
    }
}
