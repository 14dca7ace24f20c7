package org.geneft.report;

import org.geneft.claims.Claim;

import java.util.List;

/**
 * Claims of the paper that no check of geneft covers yet. They stay in the verdict table, so that a
 * reader sees the whole paper and what is left, rather than only what was checked.
 */
final class UncheckedClaims {
    /**
     * Empty since Table 2's last rows and Theorem 1 got their checks. A claim found unchecked goes here as a
     * {@link Claim} with {@code Verdict.NOT_CHECKED} and the reason "geneft has no check of this claim yet".
     */
    static final List<Claim> ALL = List.of();

    private UncheckedClaims() { }
}
