package org.geneft.report;

import java.util.Locale;

/** Numbers as the report prints them: fixed significant digits, from the run, never typed by hand. */
final class Fmt {
    private Fmt() { }

    /** {@code digits} decimals; "--" for NaN or infinite. */
    static String num(double x, int digits) {
        if (!Double.isFinite(x)) return "--";
        return String.format(Locale.ROOT, "%." + digits + "f", x);
    }

    /** Three significant digits, as %.3g. */
    static String sig(double x) {
        if (!Double.isFinite(x)) return "--";
        return String.format(Locale.ROOT, "%.3g", x);
    }

    /** A number where pgfplots reads it (a coordinate), in full precision. */
    static String coordinate(double x) {
        return Double.toString(x).replace('E', 'e');
    }

    /** A cell of a sweep's table, 4 significant digits if numeric. */
    static String cell(Object v) {
        return TableView.number(v).map(d -> String.format(Locale.ROOT, "%.4g", d)).orElse(v == null ? "--" : v.toString());
    }

    static String plusMinus(Object mean, Object stderr) {
        return cell(mean) + " ± " + cell(stderr);
    }
}
