package org.geneft.symbolic;

/** The verdict on one claim of a derivation. */
public enum ProofVerdict {
    /** Holds identically under the derivation's premises. */
    PROVED("proved"),
    /** Fails in general, holds under stated conditions that make the computed residual vanish. */
    PROVED_UNDER("proved-under"),
    /** A non-zero residual with a numeric counterexample, or a statement that evaluates to False. */
    REFUTED("refuted"),
    /** Symja could decide neither way; never counted as proved. */
    UNKNOWN("unknown");

    private final String words;

    ProofVerdict(String words) {
        this.words = words;
    }

    /** The verdict as printed and written to JSON. */
    public String words() {
        return words;
    }
}
