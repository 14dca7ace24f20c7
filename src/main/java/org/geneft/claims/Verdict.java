package org.geneft.claims;

/** What geneft found about one claim of the paper. */
public enum Verdict {
    CONFIRMED("confirmed"),
    CONFIRMED_UNDER_CONDITIONS("confirmed under conditions"),
    /** An empirical claim seen below the paper's protocol: the evidence agrees, but only the paper's protocol confirms. */
    REPRODUCED("reproduced at this budget"),
    REFUTED("refuted"),
    /** An empirical pattern not seen below the paper's protocol: not evidence against it, with the numbers. */
    NOT_REPRODUCED("not reproduced at this budget"),
    /** The data agree with the claim but also with its plausible alternative, so they decide nothing. */
    UNDECIDED("undecided by the data"),
    /** The paper's words admit several reasonable readings and the verdicts under them differ (see {@link Readings}). */
    DEPENDS_ON_READING("depends on the reading"),
    /** The claim's hypothesis can never hold, so the claim says nothing: neither true nor false of anything. */
    VACUOUS("vacuous"),
    /** The claim is about what the authors did (which number they used), which no computation can know. */
    NOT_CHECKABLE("not checkable"),
    NOT_CHECKED("not checked at this budget");

    private final String words;

    Verdict(String words) {
        this.words = words;
    }

    /** The verdict as the report prints it. */
    public String words() {
        return words;
    }
}
