package org.geneft.aut;

/** The native search would need more memory than its budget allows; the message says what and which option to raise. */
public final class MemoryBudgetExceededException extends IllegalArgumentException {
    public MemoryBudgetExceededException(String message) {
        super(message);
    }
}
