package org.geneft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** geneft prove on a small folder of proofs: the real conserved-quantity file and a tiny refuted one. */
class ProveCommandTest {

    @TempDir
    Path dir;

    private Path proofs;

    @BeforeEach
    void proofs() throws IOException {
        proofs = Files.createDirectory(dir.resolve("proofs"));
        Files.copy(Path.of("proofs/conserved-quantity.proof"), proofs.resolve("conserved-quantity.proof"));
    }

    private CliRun prove(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "prove";
        all[1] = "--proofs";
        all[2] = proofs.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(all);
    }

    @Test
    void theTableListsEveryClaimWithItsVerdictAndExitsZeroWhenNothingIsRefuted() {
        CliRun r = prove();
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("conserved-quantity", "dc-dt-zero", "proved", "Eq. 11", "7 proved");
    }

    @Test
    void oneDerivationIsShownStepByStep() {
        CliRun r = prove("conserved-quantity");
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("premise", "Cq = a2^2/(2*etaA) - c^2/etax", "claim dc-dt-zero (Eq. 11)",
                "verdict: proved");
    }

    @Test
    void jsonCarriesVerdictsResidualsAndTex() throws IOException {
        Files.writeString(proofs.resolve("wrong.proof"), """
                derivation: wrong
                title: a wrong binomial
                paper: nowhere
                claim no-cross-term (Eq. 0): (x + y)^2 = x^2 + y^2
                  zero: (x + y)^2 - x^2 - y^2
                """);
        CliRun r = prove("--json", "wrong");
        assertThat(r.exit()).isEqualTo(ExitCode.REFUTED);
        JsonNode claim = Json.mapper().readTree(r.out()).get("derivations").get(0).get("claims").get(0);
        assertThat(claim.get("verdict").asText()).isEqualTo("refuted");
        assertThat(claim.get("residual").get(0).asText()).isEqualTo("2*x*y");
        assertThat(claim.get("residual_tex").get(0).asText()).isNotBlank();
        assertThat(claim.get("counterexample").asText()).contains("x ->");
    }

    @Test
    void texIsWrittenWhole() {
        Path tex = dir.resolve("proofs.tex");
        CliRun r = prove("--tex", tex.toString(), "conserved-quantity");
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        assertThat(tex).content().contains("\\documentclass", "conserved-quantity", "\\emph{proved}",
                "\\end{document}");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("proofs", "proofs.tex");
    }

    @Test
    void aMalformedProofFileIsBadInputWithFileAndLine() throws IOException {
        Files.writeString(proofs.resolve("broken.proof"), "derivation: broken\ntitle: t\npaper: p\nclam x (Eq. 1): y\n");
        CliRun r = prove();
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains(proofs.resolve("broken.proof") + ":4: expected");
    }

    @Test
    void anUnknownDerivationIsBadInputNamingTheKnownOnes() {
        CliRun r = prove("no-such-thing");
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("no derivation 'no-such-thing'", "conserved-quantity");
    }
}
