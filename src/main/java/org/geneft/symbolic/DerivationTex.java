package org.geneft.symbolic;

import java.util.List;

/** Typesets judged derivations as a LaTeX document: premises, claims, verdicts and conditions. */
public final class DerivationTex {

    /** A complete document, ready for pdflatex (amsmath only). */
    public String document(List<DerivationResult> results) {
        StringBuilder t = new StringBuilder();
        t.append("\\documentclass{article}\n\\usepackage{amsmath}\n\\usepackage[margin=2cm]{geometry}\n")
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

    /** Escapes plain text for LaTeX. */
    static String text(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{', '}', '$', '&', '#', '_', '%' -> b.append('\\').append(ch);
                case '^' -> b.append("\\^{}");
                case '~' -> b.append("\\~{}");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
