package org.geneft.report;

import java.util.Map;

/**
 * The one place that turns plain text into LaTeX: the ten special characters escaped, and the
 * Unicode the claims are written in (η, σ, ², √, ...) mapped to commands pdflatex knows, so that a
 * graph named {@code my_kg%v2} or a claim about η_x/η_A typesets as written.
 */
public final class Latex {

    private static final Map<Character, String> UNICODE = Map.ofEntries(
            Map.entry('η', "\\ensuremath{\\eta}"), Map.entry('σ', "\\ensuremath{\\sigma}"),
            Map.entry('ρ', "\\ensuremath{\\rho}"), Map.entry('λ', "\\ensuremath{\\lambda}"),
            Map.entry('π', "\\ensuremath{\\pi}"), Map.entry('ε', "\\ensuremath{\\varepsilon}"),
            Map.entry('Σ', "\\ensuremath{\\Sigma}"), Map.entry('ℓ', "\\ensuremath{\\ell}"),
            Map.entry('α', "\\ensuremath{\\alpha}"), Map.entry('θ', "\\ensuremath{\\theta}"),
            Map.entry('κ', "\\ensuremath{\\kappa}"), Map.entry('μ', "\\ensuremath{\\mu}"),
            Map.entry('δ', "\\ensuremath{\\delta}"), Map.entry('Δ', "\\ensuremath{\\Delta}"),
            Map.entry('−', "\\ensuremath{-}"), Map.entry('–', "--"), Map.entry('—', "---"),
            Map.entry('²', "\\ensuremath{^2}"), Map.entry('³', "\\ensuremath{^3}"), Map.entry('⁴', "\\ensuremath{^4}"),
            Map.entry('⁻', "\\ensuremath{^{-}}"),
            Map.entry('ᵀ', "\\ensuremath{^{\\mathsf{T}}}"), Map.entry('₇', "\\ensuremath{_7}"),
            Map.entry('₈', "\\ensuremath{_8}"), Map.entry('√', "\\ensuremath{\\surd}"),
            Map.entry('±', "\\ensuremath{\\pm}"), Map.entry('×', "\\ensuremath{\\times}"),
            Map.entry('·', "\\ensuremath{\\cdot}"), Map.entry('∞', "\\ensuremath{\\infty}"),
            Map.entry('→', "\\ensuremath{\\to}"), Map.entry('∈', "\\ensuremath{\\in}"),
            Map.entry('≠', "\\ensuremath{\\neq}"), Map.entry('≥', "\\ensuremath{\\geq}"),
            Map.entry('≤', "\\ensuremath{\\leq}"), Map.entry('≈', "\\ensuremath{\\approx}"),
            Map.entry('≲', "\\ensuremath{\\lesssim}"), Map.entry('∥', "\\ensuremath{\\parallel}"),
            Map.entry('…', "\\ldots{}"), Map.entry('½', "\\ensuremath{\\tfrac12}"),
            Map.entry('⪰', "\\ensuremath{\\succeq}"), Map.entry('≻', "\\ensuremath{\\succ}"),
            Map.entry('∂', "\\ensuremath{\\partial}"), Map.entry('‖', "\\ensuremath{\\|}"),
            Map.entry('é', "\\'e"), Map.entry('è', "\\`e"), Map.entry('ü', "\\\"u"), Map.entry('ö', "\\\"o"),
            Map.entry('ä', "\\\"a"), Map.entry('\u00a0', "~"),
            Map.entry('⟨', "\\ensuremath{\\langle}"), Map.entry('⟩', "\\ensuremath{\\rangle}"));

    private Latex() { }

    /**
     * Plain text as LaTeX. Other characters outside ASCII (pdflatex cannot typeset them without
     * fonts the report does not load) become a visible {@code [U+XXXX]}, never an error.
     */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{', '}', '$', '&', '#', '_', '%' -> b.append('\\').append(ch);
                case '^' -> b.append("\\textasciicircum{}");
                case '~' -> b.append("\\textasciitilde{}");
                case '<' -> b.append("\\textless{}");
                case '>' -> b.append("\\textgreater{}");
                case '|' -> b.append("\\textbar{}");
                case '\u0302' -> { } // a combining hat (as in p̂): the base letter alone reads well enough
                case '\n', '\r', '\t' -> b.append(' ');
                // "--budget" must not become an en dash (a ligature of the T1 fonts, typewriter included).
                case '-' -> b.append(i + 1 < s.length() && s.charAt(i + 1) == '-' ? "-{}" : "-");
                default -> {
                    if (ch < 0x80) b.append(ch);
                    else {
                        String mapped = UNICODE.get(ch);
                        if (mapped != null) b.append(mapped);
                        else b.append(String.format("[U+%04X]", s.codePointAt(i)));
                        if (Character.isHighSurrogate(ch)) i++;
                    }
                }
            }
        }
        return b.toString();
    }

    /** A label usable in \label and \ref: letters, digits and '-' only (claim ids hold '/'). */
    public static String label(String prefix, String id) {
        return prefix + ":" + id.replaceAll("[^A-Za-z0-9-]", "-");
    }
}
