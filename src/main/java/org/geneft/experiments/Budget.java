package org.geneft.experiments;

import java.util.Locale;

/** How much of a figure's protocol a sweep runs: seconds for CI, minutes for a check, or the paper's protocol. */
public enum Budget {
    /** Seconds: tiny grids, a few hundred steps; verdicts are "not checked at this budget". */
    SMOKE,
    /** Minutes: reduced steps, grids and seeds on n = 30 (the default of {@code geneft verify}). */
    QUICK,
    /** The paper's protocol: n = 30, 10⁵ steps, the figures' grids (hours to days of CPU). */
    PAPER;

    /** Lower-case name, as the user writes it. */
    public String spec() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses smoke | quick | paper; the message names the accepted values. */
    public static Budget parse(String s) {
        for (Budget b : values())
            if (b.spec().equals(s == null ? null : s.trim().toLowerCase(Locale.ROOT))) return b;
        throw new IllegalArgumentException("--budget: expected smoke, quick or paper, got '" + s + "'");
    }
}
