package org.geneft.experiments;

import org.geneft.training.Phase;

import java.util.List;

/**
 * The runs (seeds) of one cell of a phase diagram, counted by Table 4's phase.
 *
 * @param seeds          runs in the cell
 * @param generalization runs that generalized
 * @param grokking       runs that grokked (delayed generalization)
 * @param memorization   runs that memorized
 * @param confusion      runs that fit not even their training set
 */
public record PhaseCell(int seeds, int generalization, int grokking, int memorization, int confusion) {
    public PhaseCell {
        if (generalization < 0 || grokking < 0 || memorization < 0 || confusion < 0
                || generalization + grokking + memorization + confusion != seeds)
            throw new IllegalArgumentException("phase counts must be >= 0 and add up to the seeds");
    }

    public static PhaseCell of(List<RunOutcome> runs) {
        int[] c = new int[Phase.values().length];
        for (RunOutcome r : runs) c[r.phase().ordinal()]++;
        return new PhaseCell(runs.size(), c[Phase.GENERALIZATION.ordinal()], c[Phase.GROKKING.ordinal()],
                c[Phase.MEMORIZATION.ordinal()], c[Phase.CONFUSION.ordinal()]);
    }

    /** Runs that generalized at once or after a delay. */
    public int generalized() {
        return generalization + grokking;
    }

    /** Fraction of the seeds that generalized (generalization or grokking); NaN for an empty cell. */
    public double pGen() {
        return seeds == 0 ? Double.NaN : (double) generalized() / seeds;
    }

    /** The most frequent phase, ties going to the earlier of Table 4's rows; null for an empty cell. */
    public Phase majority() {
        if (seeds == 0) return null;
        int[] c = {generalization, grokking, memorization, confusion};
        int best = 0;
        for (int i = 1; i < c.length; i++) if (c[i] > c[best]) best = i;
        return Phase.values()[best];
    }

    /** Whether the runs that did not generalize mostly memorized (rather than failing to fit at all). */
    public boolean failuresMostlyMemorize() {
        return memorization > 0 && memorization >= confusion;
    }
}
