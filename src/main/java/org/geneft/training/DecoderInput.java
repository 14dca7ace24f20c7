package org.geneft.training;

import java.util.Locale;

/** How the decoder combines the two embeddings E_i, E_j of a pair (Sec. II): concat, diff or sqdiff. */
public enum DecoderInput {
    /** [E_i, E_j], the paper's default. */
    CONCAT,
    /** E_i − E_j. */
    DIFF,
    /** (E_i − E_j)², elementwise. */
    SQDIFF;

    /** The decoder's input width for embedding dimension d. */
    public int width(int d) {
        return this == CONCAT ? 2 * d : d;
    }

    /** The name a user writes: concat, diff or sqdiff. */
    public String spec() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses concat | diff | sqdiff; the message lists them. */
    public static DecoderInput parse(String s) {
        for (DecoderInput m : values())
            if (m.spec().equals(s.trim().toLowerCase(Locale.ROOT))) return m;
        throw new IllegalArgumentException("unknown decoder input mode '" + s + "': expected concat, diff or sqdiff");
    }
}
