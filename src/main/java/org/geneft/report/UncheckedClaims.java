package org.geneft.report;

import org.geneft.claims.Claim;

import java.util.List;

/**
 * Claims of the paper that no check of geneft covers yet. They stay in the verdict table, so that a
 * reader sees the whole paper and what is left, rather than only what was checked; each says why.
 */
final class UncheckedClaims {
    /** None today: the last five (Fig. 2's agreement, Fig. 3's delay, legend and Eq. 4's scale) have their checks. */
    static final List<Claim> ALL = List.of();

    private UncheckedClaims() { }
}
