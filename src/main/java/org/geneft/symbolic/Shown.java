package org.geneft.symbolic;

import java.util.Objects;

/**
 * One displayed step of a claim: an input and its evaluated value, as text and as TeX.
 *
 * @param input the Symja input from the proof file
 * @param value the value in Symja's InputForm
 * @param tex   the value in TeX (Symja's TeXForm)
 */
public record Shown(String input, String value, String tex) {
    public Shown {
        Objects.requireNonNull(input);
        Objects.requireNonNull(value);
        Objects.requireNonNull(tex);
    }
}
