package org.geneft.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LatexTest {

    private static final String HOSTILE = "my_kg 100% & #1 $5 {a} \\b ~c ^d --out";

    @Test
    void everySpecialCharacterIsEscaped() {
        assertThat(Latex.escape("_ % & # $ { } \\ ~ ^"))
                .isEqualTo("\\_ \\% \\& \\# \\$ \\{ \\} \\textbackslash{} \\textasciitilde{} \\textasciicircum{}");
    }

    @Test
    void theClaimsUnicodeBecomesMathAndUnknownCharactersStayVisible() {
        assertThat(Latex.escape("η_x → 0")).isEqualTo("\\ensuremath{\\eta}\\_x \\ensuremath{\\to} 0");
        assertThat(Latex.escape("a\u2603b")).isEqualTo("a[U+2603]b");
    }

    @Test
    void labelsKeepOnlyWhatLabelsMayHold() {
        assertThat(Latex.label("deriv", "bias-solution/eq14_x")).isEqualTo("deriv:bias-solution-eq14-x");
    }

    /** The real test of escaping: pdflatex typesets the hostile name and the PDF shows it back, character for character. */
    @Test
    void aHostileNameTypesetsAsWritten(@TempDir Path dir) throws Exception {
        PdfText.assumeLatex();
        Path tex = dir.resolve("t.tex");
        Files.writeString(tex, String.join("\n", List.of("\\documentclass{article}", "\\usepackage[T1]{fontenc}",
                "\\usepackage{lmodern}", "\\begin{document}", "BEGIN " + Latex.escape(HOSTILE) + " END",
                "\\texttt{" + Latex.escape(HOSTILE) + "}",
                "\\end{document}", "")));
        LatexRunner.Outcome o = LatexRunner.find(60).orElseThrow().compile(tex);
        assertThat(o.ok()).as(o.error()).isTrue();
        assertThat(PdfText.of(o.pdf())).contains("BEGIN " + HOSTILE + " END " + HOSTILE);
    }

    @Test
    void aFailedRunNamesTheFirstErrorAndItsLine(@TempDir Path dir) throws Exception {
        PdfText.assumeLatex();
        Path tex = dir.resolve("broken.tex");
        Files.writeString(tex, "\\documentclass{article}\n\\begin{document}\nfine\n\\undefinedmacro\n\\end{document}\n");
        Optional<LatexRunner> latex = LatexRunner.find(60);
        LatexRunner.Outcome o = latex.orElseThrow().compile(tex);
        assertThat(o.ok()).isFalse();
        assertThat(o.error()).isEqualTo("broken.tex:4: ! Undefined control sequence.");
        assertThat(tex).exists();
        assertThat(o.log()).exists();
    }
}
