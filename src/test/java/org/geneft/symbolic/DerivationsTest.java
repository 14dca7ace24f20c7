package org.geneft.symbolic;

import org.geneft.report.DerivationTex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geneft.symbolic.ProofVerdict.PROVED;
import static org.geneft.symbolic.ProofVerdict.PROVED_UNDER;
import static org.geneft.symbolic.ProofVerdict.REFUTED;

/**
 * Regression test of every derivation in proofs/: the verdict of each claim; and each broken twin in
 * src/test/resources/proofs-broken/ (the same file with one deliberate error) coming out refuted, so
 * that every check is shown able to fail.
 */
class DerivationsTest {

    private static final ProofLibrary PROOFS = new ProofLibrary(Path.of("proofs"));
    private static final ProofLibrary BROKEN = new ProofLibrary(Path.of("src/test/resources/proofs-broken"));
    // Each file is run once: Symja takes seconds per derivation.
    private static final Map<String, DerivationResult> RESULTS = new HashMap<>();
    private static final Map<String, DerivationResult> TWINS = new HashMap<>();

    @BeforeAll
    static void runEverything() {
        DerivationRunner runner = new DerivationRunner();
        for (ProofFile f : PROOFS.loadAll()) RESULTS.put(f.id(), runner.run(f));
        // A twin is judged only on the claims its deliberate error must break: half the cost.
        for (ProofFile f : BROKEN.loadAll()) TWINS.put(f.id(), runner.run(f.only(Set.copyOf(BREAKS.get(f.id())))));
    }

    private static Map<String, ProofVerdict> verdicts(Map<String, DerivationResult> results, String id) {
        Map<String, ProofVerdict> m = new LinkedHashMap<>();
        for (ClaimResult c : results.get(id).claims()) m.put(c.spec().id(), c.verdict());
        return m;
    }

    private static ClaimResult claim(String id, String claim) {
        return RESULTS.get(id).claims().stream().filter(c -> c.spec().id().equals(claim)).findFirst().orElseThrow();
    }

    @Test
    void everyDerivationOfIssue3IsThereAndHasABrokenTwin() {
        List<String> ids = List.of("ansatz-reduction", "bias-solution", "collision-probability", "conserved-quantity",
                "critical-fraction", "description-lengths", "gradient-flow", "inductive-bias", "multi-repon",
                "relative-coordinate", "stirling");
        assertThat(PROOFS.ids()).containsExactlyElementsOf(ids);
        assertThat(BROKEN.ids()).containsExactlyElementsOf(ids);
    }

    @Test
    void noClaimIsLeftUnknown() {
        RESULTS.values().forEach(r -> assertThat(r.claims()).allMatch(c -> c.verdict() != ProofVerdict.UNKNOWN,
                r.proof().id() + ": decided"));
    }

    @Test
    void gradientFlowMatchesEq14ExceptItsBiasGradient() {
        assertThat(verdicts(RESULTS, "gradient-flow")).containsExactly(
                Map.entry("dl-da", PROVED), Map.entry("dl-dx", PROVED),
                Map.entry("dl-db-derived", PROVED), Map.entry("dl-db-as-printed", REFUTED));
    }

    @Test
    void biasSolutionOfEq15NeedsTheFactor2ThatEq14Omits() {
        assertThat(verdicts(RESULTS, "bias-solution")).containsExactly(
                Map.entry("gradient-b", PROVED), Map.entry("eq14-as-printed", REFUTED),
                // Eq. 15's equations need x1 + x2 = 0 at every t, which the flow keeps only once b = y: stated.
                Map.entry("bias-ode", PROVED_UNDER), Map.entry("bias-solution", PROVED),
                Map.entry("eq15-needs-factor-2", REFUTED), Map.entry("repon-ode", PROVED_UNDER));
        assertThat(claim("bias-solution", "eq14-as-printed").residual()).containsExactly("b1-y1", "b2-y2");
    }

    @Test
    void relativeCoordinateSpringIsExactButEq8NeedsTheCentreOfMassAtRest() {
        assertThat(verdicts(RESULTS, "relative-coordinate")).containsExactly(
                Map.entry("dr-exact", PROVED), Map.entry("ds-derived", PROVED),
                Map.entry("da-needs-s-zero", PROVED_UNDER), Map.entry("s-zero-preserved", PROVED_UNDER),
                Map.entry("matrix-invariant", PROVED), Map.entry("matrix-invariant-shapes", PROVED));
    }

    @Test
    void ansatzReductionFindsTheSingularVectorAndUnitGainConditions() {
        assertThat(verdicts(RESULTS, "ansatz-reduction")).containsExactly(
                Map.entry("a-closes", PROVED), Map.entry("c-equation", PROVED_UNDER),
                Map.entry("c-equation-rescaled", PROVED_UNDER));
        // The residual names both conditions: |A0 r0|^2 = 1 and the off-diagonal (A0^T A0)_12 = 0.
        assertThat(claim("ansatz-reduction", "c-equation").residual())
                .anyMatch(t -> t.contains("1-g11^2-g21^2")).anyMatch(t -> t.contains("g11*g12+g21*g22"));
    }

    @Test
    void conservedQuantityOfEq11HoldsAndTheLimitsOfTheorem2Follow() {
        assertThat(verdicts(RESULTS, "conserved-quantity")).containsExactly(
                Map.entry("dc-dt-zero", PROVED), Map.entry("fixed-points", PROVED),
                Map.entry("only-fixed-points", PROVED), Map.entry("positive-c-collides", PROVED),
                Map.entry("negative-c-separates", PROVED), Map.entry("a2-shrinks", PROVED),
                Map.entry("c-shrinks", PROVED));
    }

    @Test
    void collisionProbabilityOfEq12IsTheWedgeMeasureWithSigmaXReadAsSigmaC() {
        assertThat(verdicts(RESULTS, "collision-probability")).containsExactly(
                Map.entry("wedge", PROVED), Map.entry("radial", PROVED), Map.entry("angular", PROVED),
                Map.entry("eq12", PROVED), Map.entry("eq12-quadrature", PROVED),
                Map.entry("sigma-x-typo", PROVED_UNDER), Map.entry("region-as-printed", REFUTED));
    }

    @Test
    void multiReponGivesEq13sFactorAndEq12AtNEqualsOne() {
        assertThat(verdicts(RESULTS, "multi-repon")).containsExactly(
                Map.entry("da-multi", PROVED), Map.entry("dr-multi", PROVED), Map.entry("conserved-multi", PROVED),
                Map.entry("eq13-at-one", PROVED), Map.entry("cluster-centre-kept", PROVED_UNDER));
    }

    @Test
    void criticalFractionEq1To4FollowFromCounting() {
        assertThat(verdicts(RESULTS, "critical-fraction")).containsExactly(
                Map.entry("eq1-counted", PROVED), Map.entry("eq2", PROVED), Map.entry("eq3", PROVED),
                Map.entry("eq4", PROVED));
    }

    @Test
    void stirlingSupportsTable2sNLog2NOverEButNotSecIIIsNLog2NOver2() {
        assertThat(verdicts(RESULTS, "stirling")).containsExactly(
                Map.entry("table2-stirling", PROVED), Map.entry("table2-per-element", PROVED),
                Map.entry("sec3-per-element", REFUTED));
    }

    @Test
    void modeThreeWithReluIsSymmetricAndReflexiveButTransitiveOnlyOnAClusteredEmbedding() {
        assertThat(verdicts(RESULTS, "inductive-bias")).containsExactly(
                Map.entry("symmetric", PROVED), Map.entry("reflexive", PROVED),
                Map.entry("transitive-any-embedding", REFUTED), Map.entry("transitive-clustered", PROVED));
    }

    @Test
    void descriptionLengthsCountedByBruteForceAgainstTable2() {
        assertThat(verdicts(RESULTS, "description-lengths")).containsExactly(
                Map.entry("mod-k-count", PROVED), Map.entry("table2-equivalence-asymptotic", PROVED),
                Map.entry("table2-equivalence-n30", REFUTED),
                // The class reading: S(n, k) by brute force; at n = 30, +5.7 % for k = 3 but +11.0 % for k = 5.
                Map.entry("equivalence-class-count", PROVED), Map.entry("table2-equivalence-class-n30", REFUTED),
                Map.entry("k-ac-count", PROVED), Map.entry("k-aa-count", REFUTED), Map.entry("k-aa-swap", PROVED),
                Map.entry("table2-bipartite-asymptotic", PROVED_UNDER),
                // 2^(n-1) - 1 relations by brute force; log2(2^29 - 1) = 29.0 against n = 30: +3.4 %.
                Map.entry("bipartite-class-count", PROVED), Map.entry("table2-bipartite-class-n30", PROVED),
                Map.entry("total-order-count", PROVED));
    }

    @Test
    void theTexOfEveryDerivationAndTwinCompilesWithPdflatex(@TempDir Path dir) throws Exception {
        PdfLatex.assumeInstalled();
        List<DerivationResult> all = new ArrayList<>(new TreeMap<>(RESULTS).values());
        all.addAll(new TreeMap<>(TWINS).values());
        PdfLatex.Run run = PdfLatex.compile(dir, new DerivationTex().document(all));
        assertThat(run.exitCode()).as(PdfLatex.firstError(run.log())).isZero();
        assertThat(run.log()).doesNotContain("Missing character");
        // Every derivation made it into the document, with its residuals typeset.
        String text = PdfLatex.text(run.pdf());
        if (text != null)
            assertThat(text).contains(PROOFS.ids().toArray(String[]::new)).contains("Residual terms that must vanish");
    }

    /** For each broken twin, the claims its deliberate error must refute. */
    private static final Map<String, List<String>> BREAKS = Map.ofEntries(
            Map.entry("conserved-quantity", List.of("dc-dt-zero")),              // sign of C's c^2 term flipped
            Map.entry("bias-solution", List.of("bias-solution")),                // factor 2 dropped from b(t)
            Map.entry("ansatz-reduction", List.of("a-closes", "c-equation")),    // r0 = (1, 1): wrong ansatz
            Map.entry("relative-coordinate", List.of("dr-exact", "matrix-invariant-shapes")), // spring's sign flipped
            Map.entry("gradient-flow", List.of("dl-da", "dl-dx")),               // the 1/2 of Eq. 6 dropped
            Map.entry("collision-probability", List.of("eq12")),                 // 2 etaA -> etaA
            Map.entry("multi-repon", List.of("da-multi", "eq13-at-one")),        // cluster factor halved
            Map.entry("critical-fraction", List.of("eq1-counted")),              // exponent m -> m - 1
            Map.entry("stirling", List.of("table2-stirling")),                   // log2(2 pi n)/2 dropped
            Map.entry("description-lengths", List.of("mod-k-count", "table2-equivalence-asymptotic")), // k! of the classes dropped
            Map.entry("inductive-bias", List.of("symmetric")));                  // mode 2's difference for mode 3's square

    @Test
    void brokenTwinsAreRefuted() {
        BREAKS.forEach((id, claims) -> assertThat(verdicts(TWINS, id)).as(id)
                .containsOnlyKeys(claims).allSatisfy((claim, v) -> assertThat(v).as(id + " " + claim).isEqualTo(REFUTED)));
    }
}
