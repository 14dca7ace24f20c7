package org.geneft.experiments;

import org.geneft.training.Phase;
import org.geneft.training.TrainResult;

import java.util.Objects;

/**
 * What one stored run found: Table 4's phase and the final accuracies (all deterministic except the wall time).
 *
 * @param phase       Table 4's phase
 * @param trainAcc    training accuracy after the last step
 * @param testAcc     test accuracy after the last step
 * @param fullAcc     accuracy over all n² pairs after the last step (Fig. 3's measure)
 * @param trainLoss   mean binary cross-entropy over the training pairs (NaN if not finite)
 * @param stepsTrain  first step with train accuracy above 0.9, or -1 if never
 * @param stepsTest   first step with test accuracy above 0.9, or -1 if never
 * @param stepsRun    optimizer updates done
 * @param wallSeconds wall time of the training loop
 */
public record RunOutcome(Phase phase, double trainAcc, double testAcc, double fullAcc, double trainLoss,
        long stepsTrain, long stepsTest, long stepsRun, double wallSeconds) {
    public RunOutcome {
        Objects.requireNonNull(phase);
        for (double a : new double[] {trainAcc, testAcc, fullAcc})
            if (!(a >= 0 && a <= 1)) throw new IllegalArgumentException("an accuracy must lie in [0, 1], got " + a);
        if (stepsRun < 0) throw new IllegalArgumentException("steps_run must be >= 0, got " + stepsRun);
    }

    /** Whether two runs found the same thing: every field but the wall time, bit for bit. */
    public boolean sameResult(RunOutcome o) {
        return phase == o.phase && Double.compare(trainAcc, o.trainAcc) == 0 && Double.compare(testAcc, o.testAcc) == 0
                && Double.compare(fullAcc, o.fullAcc) == 0 && Double.compare(trainLoss, o.trainLoss) == 0
                && stepsTrain == o.stepsTrain && stepsTest == o.stepsTest && stepsRun == o.stepsRun;
    }

    /** The result in a few words, for messages. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%s, full accuracy %s, %d steps", phase.spec(), fullAcc, stepsRun);
    }

    public static RunOutcome of(TrainResult r) {
        return new RunOutcome(r.phase(), r.trainAcc(), r.testAcc(), r.fullAcc(), r.trainLoss(),
                r.stepsTrain().orElse(-1), r.stepsTest().orElse(-1), r.stepsRun(), r.wallSeconds());
    }

    /** Generalization or grokking (Fig. 6 and 8 count grokking as delayed generalization). */
    public boolean generalized() {
        return phase == Phase.GENERALIZATION || phase == Phase.GROKKING;
    }
}
