package org.geneft.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in the paper a statement is made, read from a claim's "where" ("Sec. III", "Table 2", "Eq. 14",
 * "Fig. 6, Theorem 3, Eq. 12", "Appendix D"), as the paper's part and an order within it: so that the verdict table
 * follows the paper. The paper's layout: Sec. III (statics: Eq. 1-5, Table 2, Figs. 2-3), Sec. IV (dynamics:
 * Theorem 1, Eq. 6-13, Theorems 2-3, Figs. 4-6), then the appendices (C: Eq. 14-16; D; E: Fig. 7; F: Fig. 8).
 *
 * @param part  the part's rank: 0 Sec. III, 1 Sec. IV, 2 the appendices, 3 beyond the paper
 * @param order the place within the part
 */
public record PaperPlace(int part, double order) implements Comparable<PaperPlace> {
    public static final String[] PARTS = {"Sec. III: statics", "Sec. IV: dynamics", "Appendices", "Beyond the paper"};

    private static final Pattern FIRST = Pattern.compile(
            "(Sec\\.|Table|Eq\\.|Eqs\\.|Fig\\.|Theorem|Appendix|beyond)\\s*([A-Za-z0-9]*)");

    public String partName() {
        return PARTS[part];
    }

    /** The place of a "where": by its first reference. */
    public static PaperPlace of(String where) {
        Matcher m = FIRST.matcher(where);
        if (!m.find()) return new PaperPlace(3, 0);
        String kind = m.group(1), arg = m.group(2);
        return switch (kind) {
            case "beyond" -> new PaperPlace(3, 0);
            case "Sec." -> arg.equals("III") ? new PaperPlace(0, 0) : arg.equals("IV") ? new PaperPlace(1, 0)
                    : new PaperPlace(3, 0);
            case "Table" -> new PaperPlace(0, 6);
            case "Eq.", "Eqs." -> equation(number(arg));
            case "Fig." -> figure(number(arg));
            case "Theorem" -> new PaperPlace(1, switch ((int) number(arg)) { case 1 -> 5.5; case 2 -> 11.5; default -> 12.5; });
            case "Appendix" -> new PaperPlace(2, arg.isEmpty() ? 0 : arg.charAt(0) - 'A');
            default -> new PaperPlace(3, 0);
        };
    }

    private static PaperPlace equation(double k) {
        if (k <= 5) return new PaperPlace(0, k);
        if (k <= 13) return new PaperPlace(1, k);
        return new PaperPlace(2, 2 + (k - 14) / 10); // Appendix C holds Eq. 14-16
    }

    private static PaperPlace figure(double k) {
        if (k <= 3) return new PaperPlace(0, 6 + k);
        if (k <= 6) return new PaperPlace(1, 13 + k);
        return new PaperPlace(2, k == 7 ? 4 : 5); // Fig. 7 in Appendix E, Fig. 8 in Appendix F
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s.replaceAll("[^0-9].*$", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public int compareTo(PaperPlace o) {
        return part != o.part ? Integer.compare(part, o.part) : Double.compare(order, o.order);
    }
}
