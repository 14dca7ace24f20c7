package org.geneft.symbolic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProofFileParserTest {

    @TempDir
    Path dir;

    private static final String GOOD = """
            # a comment
            derivation: tiny
            title: a tiny derivation
            paper: Eq. 1

            premise (Eq. 1): f = x^2
            define: g[z_] := z + 1
            claim square (Eq. 1): the derivative of x^2 is 2x
              zero: D[f, x] - \\
                    2*x
              show: D[f, x]
            claim shifted (Eq. 2): g shifts by one
              true: g[1] == 2
              under: {x -> 0}
              condition: x vanishes
              method: numeric
            """;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsPremisesDefinitionsAndClaimsWithTheirLines() throws IOException {
        ProofFile f = new ProofFileParser().parse(write("tiny.proof", GOOD));
        assertThat(f.id()).isEqualTo("tiny");
        assertThat(f.statements()).extracting(Statement::symbol).containsExactly("f", "g");
        assertThat(f.statements().get(0).premise()).isTrue();
        assertThat(f.claims()).hasSize(2);
        ClaimSpec square = f.claims().get(0);
        assertThat(square.line()).isEqualTo(8);
        assertThat(square.check()).isEqualTo("D[f, x] - 2*x"); // the backslash joins the lines
        assertThat(square.shows()).containsExactly("D[f, x]");
        ClaimSpec shifted = f.claims().get(1);
        assertThat(shifted.kind()).isEqualTo(CheckKind.TRUE);
        assertThat(shifted.under()).contains("{x -> 0}");
        assertThat(shifted.numeric()).isTrue();
    }

    @Test
    void anUnknownLineIsReportedWithFileAndLine() throws IOException {
        Path p = write("tiny.proof", GOOD.replace("define: g[z_] := z + 1", "defne: g[z_] := z + 1"));
        assertThatThrownBy(() -> new ProofFileParser().parse(p))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(p + ":7: expected 'derivation:'");
    }

    @Test
    void aBinaryFileIsReportedWithItsLineNotAsADecoderError() throws IOException {
        Path p = write("bin.proof", "derivation: x\ntitle: t\n");
        java.nio.file.Files.write(p, new byte[] {'a', '\n', (byte) 0xff, 0x00}, java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> new ProofFileParser().parse(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(p + ":4: not UTF-8 text (byte 0xff at offset 25)");
    }

    @Test
    void anUnbalancedBracketIsReportedWithFileAndLine() throws IOException {
        Path p = write("tiny.proof", GOOD.replace("show: D[f, x]", "show: D[f, x"));
        assertThatThrownBy(() -> new ProofFileParser().parse(p))
                .hasMessageStartingWith(p + ":11: unclosed '['");
    }

    @Test
    void aClaimWithoutACheckIsReportedAtTheClaim() throws IOException {
        Path p = write("tiny.proof", GOOD.replace("  true: g[1] == 2\n", ""));
        assertThatThrownBy(() -> new ProofFileParser().parse(p))
                .hasMessageStartingWith(p + ":12: claim 'shifted' has no 'zero:' or 'true:' check");
    }

    @Test
    void aPremiseMustBeAnAssignment() throws IOException {
        Path p = write("tiny.proof", GOOD.replace("premise (Eq. 1): f = x^2", "premise (Eq. 1): x^2 == f"));
        assertThatThrownBy(() -> new ProofFileParser().parse(p))
                .hasMessageStartingWith(p + ":6: a premise must assign a symbol");
    }

    @Test
    void underNeedsItsConditionInWords() throws IOException {
        Path p = write("tiny.proof", GOOD.replace("  condition: x vanishes\n", ""));
        assertThatThrownBy(() -> new ProofFileParser().parse(p))
                .hasMessageStartingWith(p + ":14: claim 'shifted': 'under:' needs a 'condition:'");
    }

    @Test
    void theFileIsNamedAfterItsDerivation() throws IOException {
        Path p = write("other.proof", GOOD);
        assertThatThrownBy(() -> new ProofFileParser().parse(p))
                .hasMessageStartingWith(p + ":1: derivation 'tiny' must live in a file named tiny.proof");
    }

    @Test
    void aDuplicateClaimIdIsRejected() throws IOException {
        Path p = write("tiny.proof", GOOD.replace("claim shifted", "claim square"));
        assertThatThrownBy(() -> new ProofFileParser().parse(p))
                .hasMessageStartingWith(p + ":12: claim 'square' is defined twice");
    }
}
