package org.geneft.symbolic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One claim of a proof file, before it is judged.
 *
 * @param id        stable identifier within the derivation, e.g. "dc-dt-zero"
 * @param where     the paper's equation or section it checks, e.g. "Eq. 11"
 * @param statement the claim in words
 * @param kind      how the expression is judged
 * @param check     the expression in Symja syntax
 * @param under     optional rules (or a list of rule lists, as Solve returns) under which the claim
 *                  is expected to hold when it does not hold in general
 * @param condition the condition behind {@code under}, in words
 * @param shows     expressions evaluated and shown as the steps of the claim
 * @param numeric   true when the check is numeric (quadrature, sampled points) rather than symbolic
 * @param line      the line of the proof file where the claim starts
 */
public record ClaimSpec(String id, String where, String statement, CheckKind kind, String check,
                        Optional<String> under, String condition, List<String> shows, boolean numeric,
                        int line) {
    public ClaimSpec {
        Objects.requireNonNull(id);
        Objects.requireNonNull(where);
        Objects.requireNonNull(statement);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(check);
        Objects.requireNonNull(under);
        Objects.requireNonNull(condition);
        shows = List.copyOf(shows);
    }
}
