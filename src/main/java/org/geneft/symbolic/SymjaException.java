package org.geneft.symbolic;

/** Symja could not parse or evaluate an input; the message is Symja's own. */
public final class SymjaException extends RuntimeException {
    public SymjaException(String message, Throwable cause) {
        super(message, cause);
    }
}
