package org.geneft.symbolic;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One derivation as read from proofs/: its premises and definitions in order, then its claims.
 *
 * @param source     the file it was read from, for file:line messages
 * @param id         the derivation's fixed id, e.g. "conserved-quantity" (also the file's name)
 * @param title      one line saying what is derived
 * @param where      the part of the paper it checks, e.g. "Sec. IV, Eq. 10-11, Theorem 2"
 * @param statements premises and definitions, evaluated in order
 * @param claims     the claims, judged in order after the statements
 */
public record ProofFile(Path source, String id, String title, String where, List<Statement> statements,
                        List<ClaimSpec> claims) {
    public ProofFile {
        Objects.requireNonNull(source);
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(where);
        statements = List.copyOf(statements);
        claims = List.copyOf(claims);
    }

    /** The same derivation with only the named claims, e.g. to judge just what a test asserts. */
    public ProofFile only(java.util.Set<String> claimIds) {
        List<ClaimSpec> kept = claims.stream().filter(c -> claimIds.contains(c.id())).toList();
        if (kept.size() != claimIds.size())
            throw new IllegalArgumentException(source + ": no claim among " + claimIds + " in " + id);
        return new ProofFile(source, id, title, where, statements, kept);
    }
}
