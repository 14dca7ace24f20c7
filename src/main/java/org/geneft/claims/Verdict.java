package org.geneft.claims;

/** What geneft found about one claim of the paper. */
public enum Verdict {
    CONFIRMED("confirmed"),
    CONFIRMED_UNDER_CONDITIONS("confirmed under conditions"),
    REFUTED("refuted"),
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
