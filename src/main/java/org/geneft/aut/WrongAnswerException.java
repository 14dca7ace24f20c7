package org.geneft.aut;

/** An engine's answer failed geneft's check of it (a generator that is not an automorphism): exit 4, never a number. */
public final class WrongAnswerException extends RuntimeException {
    public WrongAnswerException(String message) {
        super(message);
    }
}
