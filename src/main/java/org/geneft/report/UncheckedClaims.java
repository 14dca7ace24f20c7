package org.geneft.report;

import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Verdict;

import java.util.List;

/**
 * Claims of the paper that no check of geneft covers yet. They stay in the verdict table, so that a
 * reader sees the whole paper and what is left, rather than only what was checked.
 */
final class UncheckedClaims {
    private static final String REASON = "geneft has no check of this claim yet, at any budget";

    /** Empty since Table 2's last rows and Theorem 1 got their checks; a claim found unchecked goes here. */
    static final List<Claim> ALL = List.of();

    private UncheckedClaims() { }

    private static Claim claim(String id, String statement, String where, Method method) {
        return new Claim(id, statement, where, method, Verdict.NOT_CHECKED, REASON);
    }
}
