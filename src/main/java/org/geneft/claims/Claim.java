package org.geneft.claims;

import java.util.Objects;

/**
 * One claim of the paper and the verdict on it.
 *
 * @param id        stable identifier, e.g. "aut-complete-bipartite"
 * @param statement the claim in words, as the paper makes it
 * @param where     where the paper makes it, e.g. "Sec. III", "Table 2"
 * @param method    how it was checked
 * @param verdict   what was found
 * @param evidence  the numbers and conditions behind the verdict, in words
 * @param basis     for an empirical verdict, what it rests on (budget, and a counterexample or a pattern); else ""
 */
public record Claim(String id, String statement, String where, Method method, Verdict verdict, String evidence,
        String basis) {
    public Claim {
        Objects.requireNonNull(id);
        Objects.requireNonNull(statement);
        Objects.requireNonNull(where);
        Objects.requireNonNull(method);
        Objects.requireNonNull(verdict);
        Objects.requireNonNull(evidence);
        Objects.requireNonNull(basis);
    }

    /** A claim whose verdict needs no statement of its basis (symbolic, static, numeric). */
    public Claim(String id, String statement, String where, Method method, Verdict verdict, String evidence) {
        this(id, statement, where, method, verdict, evidence, "");
    }
}
