package org.geneft.experiments;

import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;
import org.geneft.training.Phase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EmbeddingGroupingTest {

    @Test
    void collapsedClassesHaveRatioZeroAndFullPurity() {
        // Three classes at the corners of a triangle, every element exactly on its corner.
        int[] classOf = {0, 1, 2, 0, 1, 2};
        double[][] corner = {{0, 0}, {1, 0}, {0, 1}};
        double[] e = new double[12];
        for (int i = 0; i < 6; i++) { e[2 * i] = corner[classOf[i]][0]; e[2 * i + 1] = corner[classOf[i]][1]; }
        assertThat(EmbeddingGrouping.ratio(e, 2, classOf, 3)).isZero();
        assertThat(EmbeddingGrouping.neighbourPurity(e, 2, classOf)).isEqualTo(1.0);
    }

    @Test
    void ratioByHandOnTwoSpreadClasses() {
        // Class 0 at x = -1 and 1 (centroid 0), class 1 at x = 9 and 11 (centroid 10): within 1, between 100.
        double[] e = {-1, 1, 9, 11};
        int[] classOf = {0, 0, 1, 1};
        assertThat(EmbeddingGrouping.ratio(e, 1, classOf, 2)).isCloseTo(0.01, within(1e-15));
        // Interleaved: each element's nearest neighbour is of the other class.
        double[] interleaved = {0, 2, 1, 3};
        assertThat(EmbeddingGrouping.neighbourPurity(interleaved, 1, new int[] {0, 0, 1, 1})).isZero();
    }

    @Test
    void aTrainedRunIsReproducible() {
        EmbeddingGrouping.Run a = EmbeddingGrouping.measure(12, 3, 300, 5), b = EmbeddingGrouping.measure(12, 3, 300, 5);
        assertThat(a).isEqualTo(b);
        assertThat(a.ratio()).isPositive();
    }

    private static EmbeddingGrouping.Run run(Phase phase, double ratio) {
        return new EmbeddingGrouping.Run(1, phase, 1e-5, phase == Phase.MEMORIZATION ? 0.4 : 0.95, ratio, 0.9);
    }

    @Test
    void aRunThatGeneralizesWithoutTheCollisionRefutesItsNecessity() {
        assertThat(EmbeddingGroupingClaim.judge(List.of(run(Phase.GENERALIZATION, 0.001), run(Phase.GROKKING, 0.002)), 10)
                .verdict()).isEqualTo(Verdict.CONFIRMED);
        // One counterexample is enough, however many runs collided.
        Claim one = EmbeddingGroupingClaim.judge(List.of(run(Phase.GENERALIZATION, 0.001), run(Phase.GROKKING, 2.0)), 10);
        assertThat(one.verdict()).isEqualTo(Verdict.REFUTED);
        assertThat(one.evidence()).contains("1 run(s) generalize without the collision", "must be injective");
        // A memorizing run without the collision says nothing: the collision is claimed necessary, not sufficient.
        Claim none = EmbeddingGroupingClaim.judge(List.of(run(Phase.MEMORIZATION, 2.0), run(Phase.CONFUSION, 0.001)), 10);
        assertThat(none.verdict()).isEqualTo(Verdict.NOT_CHECKED);
        assertThat(none.id()).isEqualTo("sec4-collision-necessary");
    }

    @Test
    void aCounterexampleOnThePapersModelRefutesAtTheQuickBudget() {
        Claim c = EmbeddingGroupingClaim.judge(List.of(run(Phase.GENERALIZATION, 2.0)), 10);
        assertThat(new EmpiricalBasis(Budget.QUICK, EmpiricalBasis.Kind.COUNTEREXAMPLE, true).judge(c).verdict())
                .isEqualTo(Verdict.REFUTED);
    }
}
