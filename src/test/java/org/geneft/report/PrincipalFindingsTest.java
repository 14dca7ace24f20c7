package org.geneft.report;

import org.geneft.claims.Claim;
import org.geneft.claims.Findings;
import org.geneft.claims.Method;
import org.geneft.claims.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PrincipalFindingsTest {

    private static Claim check(String id, String where, Method m, Verdict v, String evidence) {
        return new Claim(id, "statement of " + id, where, m, v, evidence);
    }

    private static List<String> ranked(Claim... checks) {
        return PrincipalFindings.ranked(Findings.of(List.of(checks))).stream().map(e -> e.finding().id()).toList();
    }

    @Test
    void refutationsFirstThenUndecidedThenConditionsEachByConsequenceThenPaperOrder() {
        List<String> order = ranked(
                check("bias-solution/eq14-as-printed", "Eq. 14", Method.SYMBOLIC, Verdict.REFUTED, "residual"),
                check("table2-equivalence-n30", "Table 2", Method.STATIC, Verdict.REFUTED, "+19.6%"),
                check("relative-coordinate/da-needs-s-zero", "Eq. 8, 16", Method.SYMBOLIC,
                        Verdict.CONFIRMED_UNDER_CONDITIONS, "s = 0"),
                check("theorem1-collapse", "Sec. IV, Theorem 1", Method.SYMBOLIC, Verdict.DEPENDS_ON_READING, "r"),
                check("fig8-wd-independent", "Fig. 8, Appendix F", Method.EMPIRICAL, Verdict.REFUTED, "moves"),
                check("eq5-upper-bound", "Sec. III, Eq. 5", Method.STATIC, Verdict.REFUTED, "Bayes above"),
                check("critical-fraction/eq4", "Eq. 4", Method.SYMBOLIC, Verdict.CONFIRMED, "ok"),
                check("fig5-slope", "Fig. 5, Sec. IV", Method.EMPIRICAL, Verdict.NOT_REPRODUCED, "slope 0"),
                check("description-lengths/k-aa-count", "beyond the paper, which excludes a = c", Method.SYMBOLIC,
                        Verdict.REFUTED, "-3"));
        // A law (Eq. 5) before a figure's pattern (Fig. 8), before a formula (Table 2), before a misprint (Eq. 14);
        // then the undecided, then the omitted condition. Confirmations, what is not reproduced at a reduced
        // budget and what lies beyond the paper are not principal findings.
        assertThat(order).containsExactly("eq5-upper-bound", "fig8-wd-independent", "table2-equivalence",
                "eq14-db-as-printed", "theorem1-collapse", "relative-coordinate/da-needs-s-zero");
    }

    @Test
    void theDecisiveLineIsTheMeasurementNotTheResidualAndIsShort() {
        var findings = Findings.of(List.of(
                check("table2-equivalence-n30", "Table 2", Method.STATIC, Verdict.REFUTED,
                        "mod 3: exact b = 39.7509 bits, n log2 k = 47.5489, relative error +19.6%; " + "x".repeat(400)),
                check("description-lengths/table2-equivalence-n30", "Table 2", Method.NUMERIC, Verdict.REFUTED,
                        "refuted: evaluates to False")));
        String d = PrincipalFindings.decisive(findings.get(0));
        assertThat(d).startsWith("mod 3: exact b = 39.7509 bits").endsWith("+19.6% ...")
                .hasSizeLessThanOrEqualTo(PrincipalFindings.DECISIVE + 4);
        var below = Findings.of(List.of(check("fig5-slope", "Fig. 5", Method.EMPIRICAL, Verdict.REPRODUCED,
                "seen at the quick budget; only the paper's protocol confirms. slope 1.375 +- 0.432")));
        assertThat(PrincipalFindings.decisive(below.get(0))).isEqualTo("slope 1.375 +- 0.432");
        var condition = Findings.of(List.of(check("relative-coordinate/s-zero-preserved", "Appendix C", Method.SYMBOLIC,
                Verdict.CONFIRMED_UNDER_CONDITIONS, "proved-under: holds only if etax*(-a11*b1) = 0, which holds when "
                        + "b = y (the bias has converged) (proofs/relative-coordinate.proof, line 35)")));
        assertThat(PrincipalFindings.decisive(condition.get(0))).isEqualTo("needs b = y (the bias has converged)");
    }
}
