package org.geneft.symbolic;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geneft.symbolic.ProofVerdict.PROVED;
import static org.geneft.symbolic.ProofVerdict.PROVED_UNDER;
import static org.geneft.symbolic.ProofVerdict.REFUTED;

/**
 * Regression test of every derivation in proofs/: the verdict of each claim, and each broken twin in
 * src/test/resources/proofs-broken/ (the same file with one deliberate error) coming out refuted.
 */
class DerivationsTest {

    private static final ProofLibrary PROOFS = new ProofLibrary(Path.of("proofs"));
    private static final ProofLibrary BROKEN = new ProofLibrary(Path.of("src/test/resources/proofs-broken"));
    private static DerivationRunner runner;

    @BeforeAll
    static void startSymja() {
        runner = new DerivationRunner();
    }

    private static Map<String, ProofVerdict> verdicts(ProofLibrary library, String id) {
        Map<String, ProofVerdict> m = new LinkedHashMap<>();
        for (ClaimResult c : runner.run(library.load(id)).claims()) m.put(c.spec().id(), c.verdict());
        return m;
    }

    private static ClaimResult claim(ProofLibrary library, String id, String claim) {
        return runner.run(library.load(id)).claims().stream().filter(c -> c.spec().id().equals(claim))
                .findFirst().orElseThrow();
    }

    @Test
    void conservedQuantityOfEq11HoldsAndTheLimitsOfTheorem2Follow() {
        assertThat(verdicts(PROOFS, "conserved-quantity")).containsExactly(
                Map.entry("dc-dt-zero", PROVED), Map.entry("fixed-points", PROVED),
                Map.entry("only-fixed-points", PROVED), Map.entry("positive-c-collides", PROVED),
                Map.entry("negative-c-separates", PROVED), Map.entry("a2-shrinks", PROVED),
                Map.entry("c-shrinks", PROVED));
    }

    @Test
    void biasSolutionOfEq15NeedsTheFactor2ThatEq14Omits() {
        assertThat(verdicts(PROOFS, "bias-solution")).containsExactly(
                Map.entry("gradient-b", PROVED), Map.entry("eq14-as-printed", REFUTED),
                Map.entry("bias-ode", PROVED), Map.entry("bias-solution", PROVED),
                Map.entry("eq15-needs-factor-2", REFUTED), Map.entry("repon-ode", PROVED));
        assertThat(claim(PROOFS, "bias-solution", "eq14-as-printed").residual()).containsExactly("b1-y1", "b2-y2");
    }

    @Test
    void relativeCoordinateSpringIsExactButEq8NeedsTheCentreOfMassAtRest() {
        assertThat(verdicts(PROOFS, "relative-coordinate")).containsExactly(
                Map.entry("dr-exact", PROVED), Map.entry("ds-derived", PROVED),
                Map.entry("da-needs-s-zero", PROVED_UNDER), Map.entry("s-zero-preserved", PROVED_UNDER),
                Map.entry("matrix-invariant", PROVED));
    }

    @Test
    void ansatzReductionFindsTheSingularVectorAndUnitGainConditions() {
        assertThat(verdicts(PROOFS, "ansatz-reduction")).containsExactly(
                Map.entry("a-closes", PROVED), Map.entry("c-equation", PROVED_UNDER),
                Map.entry("c-equation-rescaled", PROVED_UNDER));
        // The residual names both conditions: |A0 r0|^2 = 1 and the off-diagonal (A0^T A0)_12 = 0.
        assertThat(claim(PROOFS, "ansatz-reduction", "c-equation").residual())
                .anyMatch(t -> t.contains("1-g11^2-g21^2")).anyMatch(t -> t.contains("g11*g12+g21*g22"));
    }

    @Test
    void everyProofFileIsCoveredByARegressionTest() {
        assertThat(PROOFS.ids()).containsExactlyInAnyOrderElementsOf(COVERED);
    }

    private static final List<String> COVERED = List.of("ansatz-reduction", "bias-solution", "conserved-quantity",
            "relative-coordinate");

    @Test
    void brokenTwinsAreRefuted() {
        assertThat(BROKEN.ids()).containsExactlyInAnyOrderElementsOf(COVERED);
        assertThat(verdicts(BROKEN, "conserved-quantity")).containsEntry("dc-dt-zero", REFUTED);
        assertThat(verdicts(BROKEN, "bias-solution")).containsEntry("bias-solution", REFUTED);
        Map<String, ProofVerdict> ansatz = verdicts(BROKEN, "ansatz-reduction");
        assertThat(ansatz).containsEntry("a-closes", REFUTED).containsEntry("c-equation", REFUTED);
        assertThat(verdicts(BROKEN, "relative-coordinate")).containsEntry("dr-exact", REFUTED);
    }
}
