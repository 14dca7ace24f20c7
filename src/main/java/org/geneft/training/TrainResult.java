package org.geneft.training;

import java.util.OptionalLong;

/**
 * The outcome of one training run.
 *
 * @param config      the configuration that ran
 * @param n           number of elements of the relation
 * @param trainPairs  size of the training set
 * @param testPairs   size of the test set
 * @param phase       Table 4's phase
 * @param trainAcc    training accuracy after the last step
 * @param testAcc     test accuracy after the last step
 * @param fullAcc     accuracy over all n² pairs after the last step
 * @param trainLoss   mean binary cross-entropy over the training pairs after the last step
 * @param stepsTrain  the first step (optimizer updates done) at which train accuracy exceeded 0.9
 * @param stepsTest   the same for test accuracy
 * @param stepsRun    optimizer updates done
 * @param wallSeconds wall time of the training loop (not deterministic, unlike every other field)
 */
public record TrainResult(TrainConfig config, int n, int trainPairs, int testPairs, Phase phase, double trainAcc,
        double testAcc, double fullAcc, double trainLoss, OptionalLong stepsTrain, OptionalLong stepsTest,
        long stepsRun, double wallSeconds) {

    /** Training steps per second of wall time. */
    public double stepsPerSecond() {
        return stepsRun / wallSeconds;
    }
}
