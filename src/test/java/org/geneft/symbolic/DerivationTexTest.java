package org.geneft.symbolic;

import org.geneft.report.DerivationTex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The TeX of judged derivations compiles, whatever characters the proof file and Symja put into it. */
class DerivationTexTest {

    private static final Symja SYMJA = Symja.session();

    @Test
    void symbolNamesWithDollarsAndStringCharactersAreEscapedButTeXFormsOwnMathIsKept() {
        // Module's local symbols and $Failed carry a $ that would end the math.
        assertThat(SYMJA.tex(SYMJA.eval("Module[{x}, x^2 + y]").value())).matches("\\{x\\\\\\$\\d+\\}\\^\\{2\\} \\+ y");
        assertThat(SYMJA.tex(SYMJA.eval("$Failed").value())).isEqualTo("\\$Failed");
        // TeXForm's own $...$ around a slot stays.
        assertThat(SYMJA.tex(SYMJA.eval("Slot[1]^2").value())).contains("\\text{$\\#$1}");
        // Inside strings TeXForm escapes % _ & # but not ^ ~ $.
        assertThat(SYMJA.tex(SYMJA.eval("\"50% of a_b ^ c$ ~\"").value()))
                .isEqualTo("\\textnormal{50\\% of a\\_b \\^{} c\\$ \\~{}}");
    }

    @Test
    void smallMachineNumbersKeepTheirDigitsInsteadOfPrintingAsZero() {
        // Symja's TeXForm prints 1.5*10^-20 as 0.0, which would read as a vanishing residual.
        String tex = SYMJA.tex(SYMJA.eval("{a, 1.5*10^-20, -3.25*10^-7, 0.5}").value());
        assertThat(tex).doesNotContain("0.0,").contains("1.5").contains("{10}^{20}").contains("3.25").contains("{10}^{7}")
                .contains("0.5");
        // And through the TeX path the value is the value, not a re-parsed 6.7·e − 4.
        assertThat(SYMJA.tex(SYMJA.eval("6.709252558050239*^-4").value())).isEqualTo("0.000670925");
    }

    @Test
    void aDerivationWithEveryAwkwardCharacterCompilesAndReadsRight(@TempDir Path dir) throws Exception {
        PdfLatex.assumeInstalled();
        ClaimSpec spec = new ClaimSpec("odd-claim_1", "Eq. 12 & 13", "η_x/η_A ≠ 1, |A0 r0| < 2 > 0, 50% of $5 "
                + "at #3 with {braces} ~ ^ \\ and C ≥ 0 ± 1 → ∞ ℵ", CheckKind.ZERO, "x", Optional.of("x -> 0"),
                "sigma_x -> sigma_c & |y| < 1", List.of("Module[{x}, x]"), false, 7);
        Shown odd = new Shown("Module[{x}, x]", "x$1", SYMJA.tex(SYMJA.eval("{Module[{x}, x^2], $Failed, 1.5*10^-20, "
                + "\"a^b ~ c$\", Slot[1]}").value()));
        ClaimResult claim = new ClaimResult(spec, ProofVerdict.PROVED_UNDER, "evidence", List.of("x$1"),
                List.of(SYMJA.tex(SYMJA.eval("Module[{z}, z - 1]").value())), "{x -> 1/2} the residual is {6.7E-4}",
                List.of(odd), "", 3);
        ProofFile file = new ProofFile(Path.of("proofs/odd.proof"), "odd", "a title with _ & % # $ { } ~ ^ \\ | < >",
                "Sec. IV, Eq. 8", List.of(), List.of(spec));
        PdfLatex.Run run = PdfLatex.compile(dir, new DerivationTex().document(List.of(new DerivationResult(file,
                List.of(claim), 3))));

        assertThat(run.exitCode()).as(PdfLatex.firstError(run.log())).isZero();
        assertThat(run.log()).doesNotContain("Missing character");
        String text = PdfLatex.text(run.pdf());
        if (text == null) return; // no pdftotext: compiling is what was checked
        // T1 prints < > | as themselves (OT1 turned them into ¡ ¿ —); the paper's symbols survive as math.
        assertThat(text).contains("|A0 r0| < 2 > 0").contains("50% of $5").contains("{braces}").contains("η")
                .contains("≥").contains("→").contains("∞").contains("[U+2135]").contains("1.5");
        assertThat(Files.size(run.pdf())).isPositive();
    }
}
