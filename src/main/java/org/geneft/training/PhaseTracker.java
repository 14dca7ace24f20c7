package org.geneft.training;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Classifies a run by Table 4 from its per-step train and test accuracies, and says as early as possible
 * when the phase is decided.
 *
 * <p>A step's accuracies are "reached" when they exceed {@link #THRESHOLD} strictly; the first such step
 * counts (a later dip does not undo it). The phase is decided early only when both accuracies have
 * reached the threshold: the gap between the two first steps is then fixed, so the run is generalization
 * (gap &lt; 10³, also when the test set gets there first) or grokking. Memorization and confusion are
 * decided only at the end of the budget, since the test (or train) accuracy could still get there.
 * Table 4 has no row for a test accuracy that reaches 0.9 while the train accuracy never does; such a run
 * is classified as confusion (the model never fit its training set).
 */
public final class PhaseTracker {
    /** Table 4's accuracy threshold. */
    public static final double THRESHOLD = 0.9;
    /** Table 4's largest gap, in steps, between test and train reaching the threshold for generalization. */
    public static final long GROKKING_GAP = 1_000;

    private long stepsTrain = -1, stepsTest = -1;

    /** Records the accuracies measured after {@code step} optimizer updates (steps in increasing order). */
    public void observe(long step, double trainAcc, double testAcc) {
        if (stepsTrain < 0 && trainAcc > THRESHOLD) stepsTrain = step;
        if (stepsTest < 0 && testAcc > THRESHOLD) stepsTest = step;
    }

    /** The phase if it can no longer change whatever happens before the budget ends, else empty. */
    public Optional<Phase> decided() {
        if (stepsTrain < 0 || stepsTest < 0) return Optional.empty();
        return Optional.of(stepsTest - stepsTrain < GROKKING_GAP ? Phase.GENERALIZATION : Phase.GROKKING);
    }

    /** The phase of a run that ended here (budget spent or stopped once decided). */
    public Phase classify() {
        Optional<Phase> d = decided();
        if (d.isPresent()) return d.get();
        return stepsTrain >= 0 ? Phase.MEMORIZATION : Phase.CONFUSION;
    }

    /** First step whose train accuracy exceeded the threshold. */
    public OptionalLong stepsTrain() {
        return stepsTrain < 0 ? OptionalLong.empty() : OptionalLong.of(stepsTrain);
    }

    /** First step whose test accuracy exceeded the threshold. */
    public OptionalLong stepsTest() {
        return stepsTest < 0 ? OptionalLong.empty() : OptionalLong.of(stepsTest);
    }
}
