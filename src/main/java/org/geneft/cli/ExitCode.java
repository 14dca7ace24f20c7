package org.geneft.cli;

/** The exit codes every subcommand uses. */
public final class ExitCode {
    /** Success: every checked claim holds. */
    public static final int OK = 0;
    /** A checked claim of the paper was refuted. */
    public static final int REFUTED = 1;
    /** Bad input or usage: the message names the file, line and field, or the option. */
    public static final int BAD_INPUT = 2;
    /** A system dependency is missing: the message says how to install it. */
    public static final int MISSING_DEPENDENCY = 3;
    /** An engine's answer failed its check (a generator that is not an automorphism): no number is reported. */
    public static final int WRONG_ANSWER = 4;

    private ExitCode() { }
}
