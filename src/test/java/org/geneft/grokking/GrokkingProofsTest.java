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
    void theScaleIsConservedAndTheCentreOnlyStaysAtZero() {
        assertThat(run(Path.of("papers/grokking/proofs"))).containsExactly(
                Map.entry("effective-loss/quotient-rule", PROVED),
                Map.entry("effective-loss/scale-conserved", PROVED),
                // Eq. 6's "conserved" centre holds only at sum_k E_k = 0, where the normalised embeddings start.
                Map.entry("effective-loss/centre-conserved", PROVED_UNDER),
                Map.entry("effective-loss/centre-drift", PROVED),
                Map.entry("effective-loss/translation-invariant-l0", PROVED));
    }

    @Test
    void aNormalisationThatIsNotHomogeneousBreaksTheConservedScale() {
        // Z0 = E.E + 1: l0/Z0 is no longer scale-invariant, so sum_k E_k^2 changes along the flow.
        assertThat(run(Path.of("src/test/resources/grokking-proofs-broken")))
                .containsEntry("effective-loss/scale-conserved", REFUTED);
    }
}
