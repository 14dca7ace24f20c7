package org.geneft.symbolic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The four verdicts on tiny claims whose truth is known by hand. */
class ClaimJudgeTest {

    @TempDir
    Path dir;

    private DerivationResult run(String claims) throws IOException {
        Path p = dir.resolve("judged.proof");
        Files.writeString(p, "derivation: judged\ntitle: t\npaper: p\npremise (Eq. 1): f = (x + y)^2\n" + claims);
        return new DerivationRunner().run(new ProofFileParser().parse(p));
    }

    @Test
    void anIdentityIsProved() throws IOException {
        ClaimResult c = run("claim square (Eq. 1): binomial\n  zero: f - x^2 - 2*x*y - y^2\n").claims().get(0);
        assertThat(c.verdict()).isEqualTo(ProofVerdict.PROVED);
        assertThat(c.residual()).isEmpty();
    }

    @Test
    void aWrongIdentityIsRefutedWithItsFactoredResidualAndACounterexample() throws IOException {
        ClaimResult c = run("claim square (Eq. 1): no cross term\n  zero: f - x^2 - y^2\n").claims().get(0);
        assertThat(c.verdict()).isEqualTo(ProofVerdict.REFUTED);
        assertThat(c.residual()).containsExactly("2*x*y");
        assertThat(c.residualTex()).hasSize(1);
        assertThat(c.counterexample()).contains("x ->").contains("y ->");
    }

    @Test
    void aClaimThatHoldsOnlyUnderItsConditionIsProvedUnderIt() throws IOException {
        ClaimResult c = run("claim square (Eq. 1): no cross term\n  zero: f - x^2 - y^2\n  under: {y -> 0}\n"
                + "  condition: y = 0\n").claims().get(0);
        assertThat(c.verdict()).isEqualTo(ProofVerdict.PROVED_UNDER);
        assertThat(c.evidence()).contains("2*x*y").contains("y = 0");
    }

    @Test
    void aConditionThatDoesNotHelpStillRefutes() throws IOException {
        ClaimResult c = run("claim square (Eq. 1): no cross term\n  zero: f - x^2 - y^2\n  under: {y -> x}\n"
                + "  condition: y = x\n").claims().get(0);
        assertThat(c.verdict()).isEqualTo(ProofVerdict.REFUTED);
    }

    @Test
    void whatSymjaCannotDecideIsUnknownNeverProved() throws IOException {
        // An undefined function h: no simplification and no numeric value, so no evidence either way.
        ClaimResult c = run("claim opaque (Eq. 1): unknown function\n  zero: h[x] - h[y]\n"
                + "claim undecided (Eq. 1): a statement left unevaluated\n  true: h[x] > 0\n").claims().get(0);
        assertThat(c.verdict()).isEqualTo(ProofVerdict.UNKNOWN);
    }

    @Test
    void aStatementIsJudgedByItsTruthValue() throws IOException {
        DerivationResult r = run("claim yes (Eq. 1): t\n  true: Expand[f] == x^2 + 2*x*y + y^2\n"
                + "claim no (Eq. 1): f\n  true: 1 > 2\n"
                + "claim undecided (Eq. 1): u\n  true: h[x] > 0\n");
        assertThat(r.claims()).extracting(ClaimResult::verdict)
                .containsExactly(ProofVerdict.PROVED, ProofVerdict.REFUTED, ProofVerdict.UNKNOWN);
    }

    @Test
    void aPremiseSymjaRejectsIsAFileLineError() throws IOException {
        Path p = dir.resolve("judged.proof");
        // C is a protected Symja built-in: assigning it must not silently do nothing.
        Files.writeString(p, "derivation: judged\ntitle: t\npaper: p\npremise (Eq. 1): C = 1\n"
                + "claim c (Eq. 1): c\n  zero: 0\n");
        ProofFile f = new ProofFileParser().parse(p);
        assertThatThrownBy(() -> new DerivationRunner().run(f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(p + ":4: Symja");
    }

    @Test
    void derivationsDoNotSeeEachOthersDefinitions() throws IOException {
        run("claim square (Eq. 1): binomial\n  zero: f - (x + y)^2\n");
        Path p = dir.resolve("judged.proof");
        Files.writeString(p, "derivation: judged\ntitle: t\npaper: p\ndefine: g = 1\n"
                + "claim fresh (Eq. 1): f is a bare symbol again\n  true: f === Symbol[\"f\"]\n");
        ClaimResult c = new DerivationRunner().run(new ProofFileParser().parse(p)).claims().get(0);
        assertThat(c.verdict()).isEqualTo(ProofVerdict.PROVED);
    }
}
