package org.geneft.training;

import java.util.Locale;

/** The four learning phases of Table 4 (after Liu et al. 2022). */
public enum Phase {
    /** Train and test accuracy both exceed 0.9, the test less than 10³ steps after the train (Liu: comprehension). */
    GENERALIZATION,
    /** Both exceed 0.9, the test at least 10³ steps after the train (delayed generalization). */
    GROKKING,
    /** Train accuracy exceeds 0.9 within the budget, test accuracy does not. */
    MEMORIZATION,
    /** Train accuracy never exceeds 0.9 within the budget. */
    CONFUSION;

    /** Lower-case name, as in the JSON output. */
    public String spec() {
        return name().toLowerCase(Locale.ROOT);
    }
}
