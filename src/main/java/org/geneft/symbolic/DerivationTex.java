package org.geneft.symbolic;

import java.util.List;

/** Typesets judged derivations as a LaTeX document: premises, claims, verdicts and conditions. */
public final class DerivationTex {

    /** A complete document, ready for pdflatex (amsmath only). */
    public String document(List<DerivationResult> results) {
        StringBuilder t = new StringBuilder();
        // T1 so that < > | print as themselves in text and \{ \} exist in \texttt (OT1 has neither);
        // lmodern for scalable T1 fonts.
        t.append("\\documentclass{article}\n\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n\\usepackage{amsmath}\n")
                .append("\\usepackage[margin=2cm]{geometry}\n")
                .append("\\begin{document}\n\\section*{Symbolic derivations (geneft prove)}\n");
        for (DerivationResult r : results) section(t, r);
        return t.append("\\end{document}\n").toString();
    }

    private void section(StringBuilder t, DerivationResult r) {
        ProofFile p = r.proof();
        t.append("\\subsection*{").append(text(p.id())).append(": ").append(text(p.title())).append("}\n")
                .append("Checks ").append(text(p.where())).append(".\n\\begin{itemize}\n");
        for (ClaimResult c : r.claims()) {
            ClaimSpec s = c.spec();
            t.append("\\item \\textbf{").append(text(s.id())).append("} (").append(text(s.where())).append("): ")
                    .append(text(s.statement())).append(" --- \\emph{").append(c.verdict().words()).append("}")
                    .append(s.numeric() ? " (numeric)" : " (symbolic)").append(".\n");
            for (Shown step : c.shows())
                t.append("\\[ ").append(step.tex()).append(" \\]\n");
            if (!c.residualTex().isEmpty()) {
                t.append("Residual terms that must vanish:\n");
                for (String term : c.residualTex()) t.append("\\[ ").append(term).append(" = 0 \\]\n");
            }
            if (c.verdict() == ProofVerdict.PROVED_UNDER)
                t.append("Holds when ").append(text(s.condition())).append(".\n");
            if (!c.counterexample().isEmpty())
                t.append("Counterexample: \\texttt{").append(text(c.counterexample())).append("}.\n");
        }
        t.append("\\end{itemize}\n");
    }

    /** Characters of the paper's notation that pdflatex's UTF-8 input does not know, as math. */
    private static final java.util.Map<Character, String> MATH = java.util.Map.ofEntries(
            java.util.Map.entry('η', "\\eta"), java.util.Map.entry('σ', "\\sigma"), java.util.Map.entry('λ', "\\lambda"),
            java.util.Map.entry('ρ', "\\rho"), java.util.Map.entry('π', "\\pi"), java.util.Map.entry('α', "\\alpha"),
            java.util.Map.entry('θ', "\\theta"), java.util.Map.entry('ℓ', "\\ell"), java.util.Map.entry('≈', "\\approx"),
            java.util.Map.entry('≠', "\\neq"), java.util.Map.entry('≤', "\\leq"), java.util.Map.entry('≥', "\\geq"),
            java.util.Map.entry('→', "\\to"), java.util.Map.entry('∞', "\\infty"), java.util.Map.entry('√', "\\surd"),
            java.util.Map.entry('∂', "\\partial"), java.util.Map.entry('∈', "\\in"), java.util.Map.entry('⟨', "\\langle"),
            java.util.Map.entry('⟩', "\\rangle"), java.util.Map.entry('−', "-"), java.util.Map.entry('ᵀ', "^{T}"),
            java.util.Map.entry('²', "^{2}"), java.util.Map.entry('⁻', "^{-}"), java.util.Map.entry('⁴', "^{4}"));

    /** Latin-1 letters and signs pass (T1 and UTF-8 input cover them); math symbols become math; others their code. */
    private static String nonAscii(char ch) {
        if (MATH.containsKey(ch)) return "\\ensuremath{" + MATH.get(ch) + "}";
        if (ch <= 0xFF) return String.valueOf(ch);
        return String.format("[U+%04X]", (int) ch);
    }

    /** Escapes plain text for LaTeX. */
    static String text(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{', '}', '$', '&', '#', '_', '%' -> b.append('\\').append(ch);
                case '^' -> b.append("\\^{}");
                case '~' -> b.append("\\~{}");
                default -> b.append(ch < 0x80 ? String.valueOf(ch) : nonAscii(ch));
            }
        }
        return b.toString();
    }
}
