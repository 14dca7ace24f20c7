package org.geneft.symbolic;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs Symja 3.0's TeXForm so that its output compiles with pdflatex and says what the value is:
 * small machine numbers (which TeXForm prints as 0.0) are held in scientific form before, and the
 * characters it leaves raw ($ in Module's symbols x$1 and in $Failed; ^ and ~ inside strings) are
 * escaped after.
 */
final class TexForm {

    /** Below this magnitude TeXForm's fixed-point printing of a machine number loses every digit. */
    private static final double SMALL = 1e-5;
    /** A $ that is part of a symbol's name (x$12, $Failed), not one of TeXForm's own math switches. */
    private static final Pattern SYMBOL_DOLLAR = Pattern.compile("(?<=[A-Za-z0-9])\\$|\\$(?=[A-Za-z])");
    private static final String STRING_OPEN = "\\textnormal{";

    private TexForm() { }

    /** The value with every small non-zero machine number m·10^e held as that product. */
    static IExpr beforeTeX(IExpr value) {
        return value.replaceAll(e -> {
            if (!e.isReal() || !e.isMachineNumber()) return F.NIL;
            double v = e.evalDouble();
            if (v == 0 || Math.abs(v) >= SMALL || !Double.isFinite(v)) return F.NIL;
            int exponent = (int) Math.floor(Math.log10(Math.abs(v)));
            double mantissa = v / Math.pow(10, exponent);
            return F.HoldForm(F.Times(F.num(mantissa), F.Power(F.ZZ(10), F.ZZ(exponent))));
        }).orElse(value);
    }

    /** TeXForm's output with the raw characters escaped. */
    static String afterTeX(String tex) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int open = tex.indexOf(STRING_OPEN, at);
            if (open < 0) break;
            int close = closingBrace(tex, open + STRING_OPEN.length());
            out.append(mathOutsideStrings(tex.substring(at, open))).append(STRING_OPEN)
                    .append(insideString(tex.substring(open + STRING_OPEN.length(), close))).append('}');
            at = close + 1;
        }
        return out.append(mathOutsideStrings(tex.substring(at))).toString();
    }

    private static String mathOutsideStrings(String s) {
        return SYMBOL_DOLLAR.matcher(s).replaceAll(Matcher.quoteReplacement("\\$"));
    }

    /** Inside a string TeXForm escapes % _ & # { } but not $ ^ ~. */
    private static String insideString(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean escaped = i > 0 && s.charAt(i - 1) == '\\';
            if (escaped) b.append(ch);
            else if (ch == '$') b.append("\\$");
            else if (ch == '^') b.append("\\^{}");
            else if (ch == '~') b.append("\\~{}");
            else b.append(ch);
        }
        return b.toString();
    }

    /** The index of the brace closing a group opened just before {@code from} (\{ and \} do not count). */
    private static int closingBrace(String s, int from) {
        int depth = 1;
        for (int i = from; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                i++;
                continue;
            }
            if (ch == '{') depth++;
            else if (ch == '}' && --depth == 0) return i;
        }
        return s.length() - 1; // unbalanced: TeXForm never does this; keep the text rather than fail
    }
}
