package org.geneft.dynamics;

/** How a repon trajectory ends: the repons collide (generalization), do not (memorization), or undecided. */
public enum Outcome {
    /** c → 0: the two same-class repons meet (C &gt; 0). */
    COLLISION("collision"),
    /** a2 → 0: the decoder forgets the difference and the repons stay apart (C &lt; 0). */
    NO_COLLISION("no-collision"),
    /** |C| within the integration error, or the horizon ended before either limit was reached. */
    UNDECIDED("undecided");

    private final String words;

    Outcome(String words) {
        this.words = words;
    }

    /** The outcome as the CLI prints it. */
    public String words() {
        return words;
    }
}
