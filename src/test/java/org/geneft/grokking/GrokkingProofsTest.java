package org.geneft.grokking;

import org.geneft.symbolic.ClaimResult;
import org.geneft.symbolic.DerivationResult;
import org.geneft.symbolic.DerivationRunner;
import org.geneft.symbolic.ProofFile;
import org.geneft.symbolic.ProofLibrary;
import org.geneft.symbolic.ProofVerdict;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geneft.symbolic.ProofVerdict.PROVED;
import static org.geneft.symbolic.ProofVerdict.PROVED_UNDER;
import static org.geneft.symbolic.ProofVerdict.REFUTED;

/** The grokking theory's derivations (papers/grokking/proofs/), and a broken twin that must fail. */
class GrokkingProofsTest {

    private static Map<String, ProofVerdict> run(Path folder) {
        Map<String, ProofVerdict> m = new LinkedHashMap<>();
        for (ProofFile f : new ProofLibrary(folder).loadAll()) {
            DerivationResult r = new DerivationRunner().run(f);
            for (ClaimResult c : r.claims()) m.put(f.id() + "/" + c.spec().id(), c.verdict());
        }
        return m;
    }

    @Test
    void everyDerivationOfThePaperAsFound() {
        assertThat(run(Path.of("papers/grokking/proofs"))).containsExactly(
                Map.entry("effective-loss/quotient-rule", PROVED),
                Map.entry("effective-loss/scale-conserved", PROVED),
                // Eq. 6's "conserved" centre holds only at sum_k E_k = 0, where the normalised embeddings start.
                Map.entry("effective-loss/centre-conserved", PROVED_UNDER),
                Map.entry("effective-loss/centre-drift", PROVED),
                Map.entry("effective-loss/translation-invariant-l0", PROVED),
                Map.entry("ground-states/linear-ground-state", PROVED),
                Map.entry("ground-states/two-directions", PROVED),
                // With a translation-invariant Z0 both quantities are conserved.
                Map.entry("invariant-normalisation/invariant-loss", PROVED),
                Map.entry("invariant-normalisation/centre-conserved", PROVED),
                Map.entry("invariant-normalisation/scale-conserved", PROVED),
                Map.entry("invariant-normalisation/variance-conserved", PROVED),
                Map.entry("linear-dynamics/quadratic-form", PROVED),
                Map.entry("linear-dynamics/hessian-at-ground-states", PROVED),
                // Eq. 9 as written is not the flow: the radial term (2 l0/Z0^2) E is missing ...
                Map.entry("linear-dynamics/flow-is-linear", REFUTED),
                Map.entry("linear-dynamics/flow-first-order", PROVED),
                Map.entry("linear-dynamics/linear-flow-breaks-eq6", PROVED),
                // ... but it only rescales, so the normalised representation follows Eq. 9 exactly.
                Map.entry("linear-dynamics/rescaled-closed-form", PROVED));
    }

    @Test
    void theBrokenTwinsAreRefuted() {
        Map<String, ProofVerdict> broken = run(Path.of("src/test/resources/grokking-proofs-broken"));
        // Z0 = E.E + 1: l0/Z0 is no longer scale-invariant, so sum_k E_k^2 changes along the flow.
        assertThat(broken).containsEntry("effective-loss/scale-conserved", REFUTED);
        // E_k = a + b k^2 is not a ground state.
        assertThat(broken).containsEntry("ground-states/linear-ground-state", REFUTED);
        // Z0 = E.E in place of the pairwise sum: the centre is no longer conserved.
        assertThat(broken).containsEntry("invariant-normalisation/centre-conserved", REFUTED);
        // The Hessian without its factor 2: neither it nor the rescaled closed form holds.
        assertThat(broken).containsEntry("linear-dynamics/hessian-at-ground-states", REFUTED)
                .containsEntry("linear-dynamics/flow-first-order", REFUTED)
                .containsEntry("linear-dynamics/rescaled-closed-form", REFUTED);
    }
}
