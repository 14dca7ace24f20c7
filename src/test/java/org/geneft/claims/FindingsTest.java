package org.geneft.claims;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FindingsTest {

    private static Claim check(String id, String where, Method m, Verdict v) {
        return new Claim(id, "statement of " + id, where, m, v, "evidence");
    }

    @Test
    void oneMisprintCheckedThreeWaysIsOneFinding() {
        List<Claim> checks = List.of(
                check("bias-solution/eq14-as-printed", "Eq. 14", Method.SYMBOLIC, Verdict.REFUTED),
                check("bias-solution/eq15-needs-factor-2", "Eq. 14-15", Method.SYMBOLIC, Verdict.REFUTED),
                check("gradient-flow/dl-db-as-printed", "Eq. 14", Method.SYMBOLIC, Verdict.REFUTED),
                check("gradient-flow/dl-db-derived", "Eq. 14", Method.SYMBOLIC, Verdict.CONFIRMED));
        List<Finding> f = Findings.of(checks);
        // The misprint and the derived formula are two statements; the three misprint checks are one.
        assertThat(f).extracting(Finding::id).containsExactlyInAnyOrder("eq14-db-as-printed", "eq14-db-derived");
        Finding misprint = f.stream().filter(x -> x.id().equals("eq14-db-as-printed")).findFirst().orElseThrow();
        assertThat(misprint.checks()).hasSize(3);
        assertThat(misprint.verdict()).isEqualTo(Verdict.REFUTED);
    }

    @Test
    void theReadingsOfOneApproximationDependOnTheReadingAndAreRefutedOnlyUnderAll() {
        // Table 2's equivalence row: right at leading order, over 10 % at n = 30 for one graph and for the class.
        List<Finding> f = Findings.of(List.of(
                check("table2-equivalence-asymptotic", "Table 2", Method.STATIC, Verdict.CONFIRMED),
                check("table2-equivalence-n30", "Table 2", Method.STATIC, Verdict.REFUTED),
                check("description-lengths/table2-equivalence-n30", "Table 2", Method.NUMERIC, Verdict.REFUTED),
                check("table2-equivalence-class-n30", "Table 2", Method.STATIC, Verdict.REFUTED)));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.id()).isEqualTo("table2-equivalence");
            assertThat(x.readings()).isTrue();
            assertThat(x.verdict()).isEqualTo(Verdict.DEPENDS_ON_READING);
            assertThat(x.disagree()).isFalse();
            // Within one method the readings combine by the same rule (the report's columns are never empty).
            assertThat(x.byMethod()).containsEntry(Method.STATIC, Verdict.DEPENDS_ON_READING)
                    .containsEntry(Method.NUMERIC, Verdict.REFUTED);
        });
        // Refuted under every reading: refuted.
        assertThat(Findings.of(List.of(
                check("table2-equivalence-asymptotic", "Table 2", Method.STATIC, Verdict.REFUTED),
                check("table2-equivalence-n30", "Table 2", Method.STATIC, Verdict.REFUTED))).get(0).verdict())
                .isEqualTo(Verdict.REFUTED);
        // The text's total orders get the same readings as Table 2's rows, and the same rule.
        assertThat(Findings.of(List.of(
                check("sec3-total-order-text", "Sec. III (text)", Method.STATIC, Verdict.REFUTED),
                check("sec3-total-order-asymptotic", "Sec. III (text)", Method.STATIC, Verdict.CONFIRMED),
                check("sec3-total-order-n30", "Sec. III (text)", Method.STATIC, Verdict.CONFIRMED))).get(0).verdict())
                .isEqualTo(Verdict.DEPENDS_ON_READING);
    }

    @Test
    void methodsThatDisagreeAreShownNotAveraged() {
        List<Finding> f = Findings.of(List.of(
                check("collision-probability/eq12", "Eq. 12", Method.SYMBOLIC, Verdict.CONFIRMED),
                check("repon-eq12", "Theorem 3, Eq. 12", Method.NUMERIC, Verdict.REFUTED)));
        assertThat(f).hasSize(1);
        assertThat(f.get(0).disagree()).isTrue();
        assertThat(f.get(0).words()).isEqualTo("methods disagree");
        assertThat(f.get(0).byMethod()).containsEntry(Method.SYMBOLIC, Verdict.CONFIRMED)
                .containsEntry(Method.NUMERIC, Verdict.REFUTED);
        // Agreeing methods give the weaker confirmation, not a disagreement.
        Finding agree = Findings.of(List.of(
                check("collision-probability/eq12", "Eq. 12", Method.SYMBOLIC, Verdict.CONFIRMED),
                check("repon-eq12", "Theorem 3, Eq. 12", Method.NUMERIC, Verdict.CONFIRMED_UNDER_CONDITIONS))).get(0);
        assertThat(agree.verdict()).isEqualTo(Verdict.CONFIRMED_UNDER_CONDITIONS);
    }

    @Test
    void aCheckOutsideTheCatalogueIsItsOwnFindingAndTheTableFollowsThePaper() {
        List<Finding> f = Findings.of(List.of(
                check("fig8-wd-independent", "Fig. 8, Appendix F", Method.EMPIRICAL, Verdict.REFUTED),
                check("relative-coordinate/matrix-invariant", "beyond the paper", Method.SYMBOLIC, Verdict.CONFIRMED),
                check("fig6-eq12-bound", "Fig. 6, Theorem 3, Eq. 12", Method.EMPIRICAL, Verdict.REFUTED),
                check("appendix-d-upper-bound", "Appendix D, Fig. 2", Method.STATIC, Verdict.REFUTED),
                check("critical-fraction/eq4", "Eq. 4", Method.SYMBOLIC, Verdict.CONFIRMED),
                check("theorem1-collapse", "Sec. IV, Theorem 1", Method.SYMBOLIC, Verdict.VACUOUS),
                check("table2-generic", "Table 2", Method.STATIC, Verdict.CONFIRMED)));
        assertThat(f).extracting(Finding::id).containsExactly("critical-fraction/eq4", "table2-generic",
                "theorem1-collapse", "fig6-eq12-bound", "appendix-d-upper-bound", "fig8-wd-independent",
                "relative-coordinate/matrix-invariant");
        assertThat(f.get(0).statement()).isEqualTo("statement of critical-fraction/eq4");
        assertThat(PaperPlace.of("Fig. 6, Theorem 3, Eq. 12").partName()).isEqualTo("Sec. IV: dynamics");
        assertThat(PaperPlace.of("Eq. 14").partName()).isEqualTo("Appendices");
        assertThat(PaperPlace.of("Sec. III (text)").partName()).isEqualTo("Sec. III: statics");
    }

    /** Every check the catalogue names exists: a claim line of proofs/, or an id the code gives a claim. */
    @Test
    void theCatalogueNamesOnlyChecksThatExist() throws IOException {
        List<String> known = new ArrayList<>();
        try (Stream<Path> proofs = Files.list(Path.of("proofs"))) {
            for (Path p : proofs.filter(p -> p.toString().endsWith(".proof")).toList()) {
                String name = p.getFileName().toString().replace(".proof", "");
                for (String line : Files.readAllLines(p))
                    if (line.startsWith("claim ")) known.add(name + "/" + line.split("\\s+")[1]);
            }
        }
        StringBuilder code = new StringBuilder();
        try (Stream<Path> src = Files.walk(Path.of("src/main/java"))) {
            for (Path p : src.filter(p -> p.toString().endsWith(".java")).toList()) code.append(Files.readString(p));
        }
        for (Findings.Entry e : Findings.catalogue())
            for (String id : e.checks())
                assertThat(known.contains(id) || code.indexOf("\"" + id + "\"") >= 0)
                        .as("findings.tsv names %s under %s, which no proof or code gives", id, e.id()).isTrue();
        assertThat(Findings.catalogue()).extracting(Findings.Entry::id).doesNotHaveDuplicates();
        // consequence.tsv ranks findings: a catalogue id, or a check that stands alone.
        List<String> findingIds = Findings.catalogue().stream().map(Findings.Entry::id).toList();
        for (String id : Consequence.listed().keySet())
            assertThat(findingIds.contains(id) || known.contains(id) || code.indexOf("\"" + id + "\"") >= 0)
                    .as("consequence.tsv ranks %s, which is no finding", id).isTrue();
        assertThat(Findings.catalogue().stream().flatMap(e -> e.checks().stream())).doesNotHaveDuplicates();
    }
}
