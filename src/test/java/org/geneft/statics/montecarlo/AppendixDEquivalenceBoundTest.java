package org.geneft.statics.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AppendixDEquivalenceBoundTest {

    // The bound is a sum of at most n² rationals with small denominators: rounding only.
    private static final double ROUNDING = 1e-12;

    @Test
    void candidateClassesFollowTheAppendixRuleOnAHandWorkedExample() {
        // mod:3 on 6 elements: classes {0,3}, {1,4}, {2,5}. Observed: R(0,3) = 1 and R(1,2) = 0.
        TrainingSet training = observing(6, new int[][] {{0, 3}, {1, 2}});
        LatentEquivalence latent = LatentEquivalence.of(Relations.mod(3, 6));
        EquivalenceClosure closure = EquivalenceClosure.of(latent, training);
        long[] pos = AppendixDEquivalenceBound.candidateClasses(latent, closure);
        assertThat(pos[0]).isEqualTo(0b001L);  // a known mate: its reference class only
        assertThat(pos[3]).isEqualTo(0b001L);
        assertThat(pos[1]).isEqualTo(0b011L);  // known different from 2, of class 2
        assertThat(pos[2]).isEqualTo(0b101L);  // known different from 1, of class 1
        assertThat(pos[4]).isEqualTo(0b111L);  // nothing known
        // Determined: 6 diagonal + (0,3),(3,0),(1,2),(2,1) = 10. Undetermined unordered pairs:
        // (0,1),(0,2),(3,1),(3,2) with p = 1/2, nine others with p = 1/3 (max 2/3); ×2 for order.
        double expected = (10 + 2 * (4 * 0.5 + 9 * (2.0 / 3))) / 36;
        assertThat(AppendixDEquivalenceBound.accuracy(latent, training)).isCloseTo(expected, within(ROUNDING));
    }

    @Test
    void withNoTrainingDataTheBoundIsTheDiagonalPlusOneMinusOneOverKOffIt() {
        int n = 30;
        TrainingSet empty = TrainingSet.sample(n, 0.0, new SplittableRandom(1));
        double mod3 = (n + n * (n - 1) * (2.0 / 3)) / (n * n);
        double bipartite = (n + n * (n - 1) * 0.5) / (n * n);
        assertThat(AppendixDEquivalenceBound.accuracy(LatentEquivalence.of(Relations.mod(3, n)), empty))
                .isCloseTo(mod3, within(ROUNDING));
        assertThat(AppendixDEquivalenceBound.accuracy(LatentEquivalence.of(Relations.bipartite(12, n)), empty))
                .isCloseTo(bipartite, within(ROUNDING));
    }

    @Test
    void theFullTrainingSetGivesBoundOneExactly() {
        TrainingSet full = TrainingSet.sample(30, 1.0, new SplittableRandom(2));
        assertThat(AppendixDEquivalenceBound.accuracy(LatentEquivalence.of(Relations.mod(5, 30)), full)).isEqualTo(1.0);
        assertThat(AppendixDEquivalenceBound.accuracy(LatentEquivalence.of(Relations.bipartite(7, 30)), full)).isEqualTo(1.0);
    }

    @Test
    void bipartiteLabelsAreTheComplementOfTheSideEquivalence() {
        LatentEquivalence latent = LatentEquivalence.of(Relations.bipartite(3, 9));
        assertThat(latent.k()).isEqualTo(2);
        assertThat(latent.profile()).containsExactly(6, 3);
        for (int i = 0; i < 9; i++) {
            assertThat(latent.related(i, i)).as("no loops").isFalse();
            for (int j = 0; j < 9; j++) {
                assertThat(latent.related(i, j)).isEqualTo(Relations.bipartite(3, 9).related(i, j));
            }
        }
    }

    @Test
    void trainingSizeIsFractionTimesNSquaredRoundedHalfUp() {
        assertThat(TrainingSet.size(30, 0.1)).isEqualTo(90);
        assertThat(TrainingSet.size(3, 0.5)).isEqualTo(5);   // 4.5 rounds up
        assertThat(TrainingSet.sample(9, 0.3, new SplittableRandom(3)).size()).isEqualTo(24);
    }

    private static TrainingSet observing(int n, int[][] pairs) {
        boolean[] observed = new boolean[n * n];
        for (int[] p : pairs) observed[p[0] * n + p[1]] = true;
        return new TrainingSet(n, observed);
    }
}
