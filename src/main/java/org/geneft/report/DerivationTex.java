package org.geneft.report;

import org.geneft.symbolic.ClaimResult;
import org.geneft.symbolic.ClaimSpec;
import org.geneft.symbolic.DerivationResult;
import org.geneft.symbolic.ProofFile;
import org.geneft.symbolic.ProofVerdict;
import org.geneft.symbolic.Shown;

import java.util.List;

/**
 * Typesets judged derivations in LaTeX: premises, claims, Symja's steps in its own TeX, verdicts and
 * conditions. One typesetting for both {@code geneft prove --tex} (a whole document) and the
 * verification report (its derivations chapter).
 */
public final class DerivationTex {

    /** A complete document, ready for pdflatex (amsmath only). */
    public String document(List<DerivationResult> results) {
        StringBuilder t = new StringBuilder();
        // T1 so that < > | print as themselves in text and \{ \} exist in \texttt (OT1 has neither);
        // lmodern for scalable T1 fonts.
        t.append("\\documentclass{article}\n\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n\\usepackage{amsmath}\n")
                .append("\\usepackage[margin=2cm]{geometry}\n")
                .append("\\begin{document}\n\\section*{Symbolic derivations (geneft prove)}\n");
        for (DerivationResult r : results) section(t, r, "\\subsection*", false);
        return t.append("\\end{document}\n").toString();
    }

    /** The derivations as numbered subsections, each labelled {@code deriv:<id>} for the report's references. */
    public String sections(List<DerivationResult> results) {
        StringBuilder t = new StringBuilder();
        for (DerivationResult r : results) section(t, r, "\\subsection", true);
        return t.toString();
    }

    private void section(StringBuilder t, DerivationResult r, String heading, boolean labelled) {
        ProofFile p = r.proof();
        t.append(heading).append("{").append(text(p.id())).append(": ").append(text(p.title())).append("}\n");
        if (labelled) t.append("\\label{").append(Latex.label("deriv", p.id())).append("}\n");
        t.append("Checks ").append(text(p.where())).append(".\n\\begin{itemize}\n");
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

    private static String text(String s) {
        return Latex.escape(s);
    }
}
