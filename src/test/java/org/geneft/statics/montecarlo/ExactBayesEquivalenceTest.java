package org.geneft.statics.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiPredicate;
import org.geneft.graph.RelationClass;
import org.junit.jupiter.api.Test;

class ExactBayesEquivalenceTest {

    // Both sides are ratios of exact integer counts below 10^3 computed in double: agreement to
    // a few ulps, so 1e-12 leaves ample room while catching any counting error (≥ 1/720).
    private static final double EXACT = 1e-12;

    @Test
    void posteriorMatchesBruteForceOverEveryPartitionWithTheProfile() {
        List<RelationClass> relations = List.of(Relations.mod(2, 6), Relations.mod(3, 6), Relations.blocks(1, 2, 3),
                Relations.blocks(1, 1, 4), Relations.bipartite(2, 6), Relations.bipartite(3, 6), Relations.bipartite(1, 5),
                Relations.blocks(2, 2, 3), Relations.bipartite(2, 7));
        SplittableRandom rng = new SplittableRandom(11);
        for (RelationClass rel : relations) {
            int n = rel.n();
            BiPredicate<Integer, Integer> r = rel::related;
            List<boolean[][]> all = BruteForce.isomorphismClass(n, r);
            for (double fraction : new double[] {0.0, 0.1, 0.2, 0.3, 0.5, 0.8, 1.0}) {
                for (int rep = 0; rep < 4; rep++) {
                    TrainingSet training = TrainingSet.sample(n, fraction, rng);
                    List<boolean[][]> consistent = BruteForce.consistent(all, training, r);
                    double[][] expected = BruteForce.probabilityOne(consistent, n);
                    Posterior posterior = ExactBayesEquivalence
                            .posterior(LatentEquivalence.of(rel), training, 1_000_000).orElseThrow();
                    assertThat(posterior.consistentRelations()).isEqualTo(consistent.size());
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            assertThat(posterior.probabilityOne(i, j)).as("%s p[%d][%d]", rel, i, j)
                                    .isCloseTo(expected[i][j], within(EXACT));
                        }
                    }
                }
            }
        }
    }

    @Test
    void withNoTrainingDataTheBayesAccuracyIsThePriorClosedForm() {
        // Prior: P(i ~ j) = Σ s(s−1) / (n(n−1)) for i ≠ j; the diagonal is certain.
        RelationClass.Equivalence rel = Relations.blocks(2, 3, 7);
        int n = rel.n();
        double q = (2 * 1 + 3 * 2 + 7 * 6) / (double) (n * (n - 1));
        double expected = (n + n * (n - 1) * Math.max(q, 1 - q)) / (double) (n * n);
        TrainingSet empty = TrainingSet.sample(n, 0.0, new SplittableRandom(1));
        double accuracy = ExactBayesEquivalence.posterior(LatentEquivalence.of(rel), empty, 10_000_000)
                .orElseThrow().accuracy(empty);
        assertThat(accuracy).isCloseTo(expected, within(1e-12));
    }

    @Test
    void theFullTrainingSetLeavesOnlyTheReferenceAndAccuracyOne() {
        RelationClass.Equivalence rel = Relations.mod(3, 30);
        TrainingSet full = TrainingSet.sample(30, 1.0, new SplittableRandom(2));
        Posterior posterior = ExactBayesEquivalence.posterior(LatentEquivalence.of(rel), full, 1000).orElseThrow();
        assertThat(posterior.consistentRelations()).isEqualTo(1.0);
        assertThat(posterior.accuracy(full)).isEqualTo(1.0);
    }

    @Test
    void aBudgetTooSmallGivesNoAnswerRatherThanAWrongOne() {
        RelationClass.Equivalence rel = Relations.mod(3, 30);
        TrainingSet sparse = TrainingSet.sample(30, 0.02, new SplittableRandom(3));
        assertThat(ExactBayesEquivalence.posterior(LatentEquivalence.of(rel), sparse, 10_000)).isEmpty();
    }

    @Test
    void everyTrainingSetAtTwelveElementsFitsTheDefaultBudget() {
        // The largest profile class at n = 12 checked here, {1,1,2,2,3,3}, has 415 800 partitions.
        RelationClass.Equivalence rel = Relations.blocks(1, 1, 2, 2, 3, 3);
        TrainingSet empty = TrainingSet.sample(12, 0.0, new SplittableRandom(4));
        Posterior posterior = ExactBayesEquivalence.posterior(LatentEquivalence.of(rel), empty,
                BoundSettings.defaults().bayesNodeBudget()).orElseThrow();
        assertThat(posterior.consistentRelations()).isEqualTo(415_800.0);
    }
}
