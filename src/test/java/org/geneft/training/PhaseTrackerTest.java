package org.geneft.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhaseTrackerTest {

    /** Feeds a trace where train accuracy reaches 0.95 at trainAt and test accuracy at testAt (-1: never). */
    private static PhaseTracker trace(long trainAt, long testAt, long steps) {
        PhaseTracker t = new PhaseTracker();
        for (long s = 0; s <= steps; s++)
            t.observe(s, trainAt >= 0 && s >= trainAt ? 0.95 : 0.5, testAt >= 0 && s >= testAt ? 0.95 : 0.5);
        return t;
    }

    @Test
    void testWithinAThousandStepsOfTrainIsGeneralizationDecidedWhenTestArrives() {
        PhaseTracker t = new PhaseTracker();
        for (long s = 0; s < 600; s++) t.observe(s, s >= 100 ? 0.95 : 0.5, 0.5);
        assertThat(t.decided()).isEmpty();
        t.observe(600, 0.95, 0.95);
        assertThat(t.decided()).contains(Phase.GENERALIZATION);
        assertThat(t.stepsTrain()).hasValue(100);
        assertThat(t.stepsTest()).hasValue(600);
    }

    @Test
    void aGapOfExactlyAThousandStepsIsGrokking() {
        assertThat(trace(100, 1099, 2000).classify()).isEqualTo(Phase.GENERALIZATION);
        assertThat(trace(100, 1100, 2000).classify()).isEqualTo(Phase.GROKKING);
    }

    @Test
    void testBeforeTrainIsGeneralization() {
        assertThat(trace(5000, 10, 6000).classify()).isEqualTo(Phase.GENERALIZATION);
    }

    @Test
    void memorizationAndConfusionAreDecidedOnlyWhenTheBudgetEnds() {
        PhaseTracker memorized = trace(100, -1, 3000);
        assertThat(memorized.decided()).isEmpty();
        assertThat(memorized.classify()).isEqualTo(Phase.MEMORIZATION);
        assertThat(memorized.stepsTest()).isEmpty();
        PhaseTracker confused = trace(-1, -1, 3000);
        assertThat(confused.decided()).isEmpty();
        assertThat(confused.classify()).isEqualTo(Phase.CONFUSION);
    }

    @Test
    void theThresholdIsStrictAndTheFirstCrossingCounts() {
        PhaseTracker t = new PhaseTracker();
        t.observe(0, 0.9, 0.9);
        assertThat(t.stepsTrain()).isEmpty();
        t.observe(1, 0.91, 0.2);
        t.observe(2, 0.5, 0.2);      // a later dip does not undo the crossing
        t.observe(3, 0.95, 0.92);
        assertThat(t.stepsTrain()).hasValue(1);
        assertThat(t.classify()).isEqualTo(Phase.GENERALIZATION);
    }

    @Test
    void aTestOnlyCrossingWithoutFittingTheTrainingSetIsConfusion() {
        assertThat(trace(-1, 10, 100).classify()).isEqualTo(Phase.CONFUSION);
    }
}
