package org.geneft.symbolic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Runs derivations in the process's one Symja session: statements in order, then each claim judged. */
public final class DerivationRunner {

    private final Symja symja;
    private final ClaimJudge judge;

    public DerivationRunner() {
        this(Symja.session());
    }

    public DerivationRunner(Symja symja) {
        this.symja = symja;
        this.judge = new ClaimJudge(symja);
    }

    /**
     * Runs one derivation and forgets its symbols afterwards, so that derivations do not see each
     * other's definitions.
     *
     * @throws IllegalArgumentException "file:line: ..." when Symja rejects a statement or a claim
     */
    public DerivationResult run(ProofFile proof) {
        long start = System.nanoTime();
        Set<String> assigned = new LinkedHashSet<>();
        try {
            for (Statement s : proof.statements()) {
                assigned.add(s.symbol());
                Symja.Result r;
                try {
                    r = symja.eval(s.input());
                } catch (SymjaException e) {
                    throw new IllegalArgumentException(at(proof, s.line()) + ": Symja could not evaluate '"
                            + s.input() + "': " + e.getMessage(), e);
                }
                // A message here means the premise did not mean what it says (a protected name such as
                // C or D, a division by zero): stop rather than derive from it.
                if (!r.clean())
                    throw new IllegalArgumentException(at(proof, s.line()) + ": Symja: " + r.messages());
            }
            List<ClaimResult> results = new ArrayList<>();
            for (ClaimSpec c : proof.claims()) results.add(judge.judge(c, at(proof, c.line())));
            return new DerivationResult(proof, results, (System.nanoTime() - start) / 1_000_000);
        } finally {
            if (!assigned.isEmpty()) symja.eval("ClearAll[" + String.join(", ", assigned) + "]");
        }
    }

    private static String at(ProofFile proof, int line) {
        return proof.source() + ":" + line;
    }
}
