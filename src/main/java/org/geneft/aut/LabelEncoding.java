package org.geneft.aut;

import java.util.Locale;

/** How the Traces gadget carries arc labels (docs/BENCHMARKS.md has the measurements that chose the default). */
public enum LabelEncoding {
    /** One vertex per labelled arc, coloured by its label: 3n + m vertices. */
    SUBDIVISION,
    /** ⌈log2(K+1)⌉ layers of OUT/IN copies, K the number of distinct label sets on vertex pairs: n(1 + 2k) vertices. */
    LAYERED,
    /** One OUT and one IN copy of a vertex per label on its arcs, one edge per arc: n + (copies) vertices. */
    SPLIT;

    /** Parses the option's word (subdivision, layered, split); the message names the option. */
    public static LabelEncoding parse(String word, String option) {
        for (LabelEncoding e : values()) if (e.name().toLowerCase(Locale.ROOT).equals(word)) return e;
        throw new IllegalArgumentException(option + ": unknown label encoding '" + word + "'; expected subdivision, layered or split");
    }
}
