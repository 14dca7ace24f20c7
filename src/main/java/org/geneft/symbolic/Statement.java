package org.geneft.symbolic;

import java.util.Objects;

/**
 * One premise or definition of a derivation: a Symja assignment such as {@code l = ...} or
 * {@code grad[k_, d_] := ...}.
 *
 * @param premise true for a premise taken from the paper, false for a definition of the derivation
 * @param where   the paper's equation for a premise ("Eq. 6"), empty for a definition
 * @param symbol  the symbol the statement assigns, cleared after the derivation
 * @param input   the assignment in Symja syntax
 * @param line    the line of the proof file where it starts
 */
public record Statement(boolean premise, String where, String symbol, String input, int line) {
    public Statement {
        Objects.requireNonNull(where);
        Objects.requireNonNull(symbol);
        Objects.requireNonNull(input);
    }
}
