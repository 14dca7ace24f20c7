package org.geneft.training;

import java.util.Locale;

/** The arithmetic of the trainer's kernel: double (the default, checked against finite differences) or float, as PyTorch. */
public enum Precision {
    FLOAT64, FLOAT32;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses float64 or float32; the message names the option. */
    public static Precision parse(String word, String option) {
        for (Precision p : values()) if (p.word().equals(word)) return p;
        throw new IllegalArgumentException(option + ": expected float64 or float32, got '" + word + "'");
    }
}
