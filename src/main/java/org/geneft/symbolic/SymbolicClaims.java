package org.geneft.symbolic;

import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Verdict;

import java.util.ArrayList;
import java.util.List;

/** Runs every derivation of a proof library and states each judged claim as a verdict on the paper. */
public final class SymbolicClaims {
    private final ProofLibrary library;

    public SymbolicClaims(ProofLibrary library) {
        this.library = library;
    }

    public List<Claim> check() {
        return claims(run());
    }

    /** Every derivation of the library, judged (the report typesets them). */
    public List<DerivationResult> run() {
        List<ProofFile> files = library.loadAll(); // all parsed before Symja starts: a bad file fails fast
        DerivationRunner runner = new DerivationRunner();
        return files.stream().map(runner::run).toList();
    }

    /** One verdict on the paper per judged claim (GenEFT's proofs/). */
    public static List<Claim> claims(List<DerivationResult> results) {
        return claims(results, "proofs");
    }

    /** One verdict on the paper per judged claim; {@code folder} names the proof folder in the evidence. */
    public static List<Claim> claims(List<DerivationResult> results, String folder) {
        List<Claim> claims = new ArrayList<>();
        for (DerivationResult result : results) {
            ProofFile file = result.proof();
            for (ClaimResult c : result.claims())
                claims.add(new Claim(file.id() + "/" + c.spec().id(), c.spec().statement(), c.spec().where(),
                        c.spec().numeric() ? Method.NUMERIC : Method.SYMBOLIC, verdict(c.verdict()),
                        c.verdict().words() + ": " + c.evidence() + " (" + folder + "/" + file.id() + ".proof, line "
                                + c.spec().line() + ")"));
        }
        return claims;
    }

    /** unknown is never counted as confirmed: Symja could not decide. */
    static Verdict verdict(ProofVerdict v) {
        return switch (v) {
            case PROVED -> Verdict.CONFIRMED;
            case PROVED_UNDER -> Verdict.CONFIRMED_UNDER_CONDITIONS;
            case REFUTED -> Verdict.REFUTED;
            case UNKNOWN -> Verdict.NOT_CHECKED;
        };
    }
}
