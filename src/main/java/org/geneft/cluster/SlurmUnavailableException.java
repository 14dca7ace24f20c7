package org.geneft.cluster;

/** SLURM's client is not installed here: a missing system dependency (exit 3), not bad input. */
public final class SlurmUnavailableException extends RuntimeException {
    public SlurmUnavailableException(String message) {
        super(message);
    }
}
