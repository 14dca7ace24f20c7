package org.geneft.symbolic;

import java.util.List;
import java.util.Objects;

/**
 * One derivation run: the file, its judged claims and how long Symja took.
 *
 * @param proof  the derivation as read
 * @param claims the judged claims, in file order
 * @param millis wall-clock time of the run, excluding Symja's one-off start
 */
public record DerivationResult(ProofFile proof, List<ClaimResult> claims, long millis) {
    public DerivationResult {
        Objects.requireNonNull(proof);
        claims = List.copyOf(claims);
    }

    /** True when some claim of this derivation was refuted. */
    public boolean anyRefuted() {
        return claims.stream().anyMatch(c -> c.verdict() == ProofVerdict.REFUTED);
    }
}
