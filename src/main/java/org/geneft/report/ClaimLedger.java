package org.geneft.report;

import org.geneft.claims.Claim;
import org.geneft.claims.Finding;
import org.geneft.claims.Findings;
import org.geneft.claims.Verdict;
import org.geneft.experiments.SweepSummary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every claim of the paper, once, with the section of the report that holds its evidence: the checked
 * ones, the sweeps' (or "not checked" where a sweep is missing) and the ones geneft does not check.
 */
public record ClaimLedger(List<Entry> entries) {

    /**
     * A claim and where its evidence is.
     *
     * @param claim   the verdict
     * @param label   the LaTeX label of the evidence section
     * @param section that section's title, for verdicts.json
     */
    public record Entry(Claim claim, String label, String section) {
        public Entry {
            Objects.requireNonNull(claim);
            Objects.requireNonNull(label);
            Objects.requireNonNull(section);
        }
    }

    /** The report's evidence sections: label and title. */
    static final Map<String, String> SECTIONS = Map.ofEntries(
            Map.entry("sec:description-length", "Description lengths and automorphism groups"),
            Map.entry("sec:fig2", "Figure 2: the accuracy upper bound"),
            Map.entry("sec:fig3", "Figure 3: accuracy against training fraction"),
            Map.entry("sec:theorem1", "Theorem 1: representations grouped by class"),
            Map.entry("sec:fig4", "Figure 4: the repon phase portrait"),
            Map.entry("sec:theorem3", "Theorem 3: collision probability by Monte Carlo"),
            Map.entry("sec:fig5", "Figure 5: phase diagrams over the learning rates"),
            Map.entry("sec:fig6", "Figure 6: probability of generalization against the ratio"),
            Map.entry("sec:fig7", "Figure 7: the Goldilocks depth"),
            Map.entry("sec:fig8", "Figure 8: weight decay"),
            Map.entry("sec:derivations", "Derivations"),
            Map.entry("sec:not-checked", "What geneft does not check"),
            Map.entry("sec:evidence", "Evidence, claim by claim"));

    public ClaimLedger {
        entries = List.copyOf(entries);
    }

    /** The ledger of one run: checked claims first, in their order, then the sweeps', then the unchecked ones. */
    public static ClaimLedger of(List<Claim> checked, List<SweepSummary> sweeps, String budget) {
        List<Claim> all = new ArrayList<>(checked);
        all.addAll(EmpiricalClaims.of(sweeps, budget));
        Set<String> seen = new LinkedHashSet<>();
        List<Entry> entries = new ArrayList<>();
        for (Claim c : all) {
            if (!seen.add(c.id())) throw new IllegalArgumentException("claim id '" + c.id() + "' is given twice");
            entries.add(entry(c));
        }
        // A catalogue entry that some check now covers (same id) is dropped: the check's verdict stands.
        for (Claim c : UncheckedClaims.ALL) if (seen.add(c.id())) entries.add(entry(c));
        return new ClaimLedger(entries);
    }

    private static Entry entry(Claim c) {
        String label = sectionOf(c);
        String title = label.startsWith("deriv:") ? "Derivation " + c.id().substring(0, c.id().indexOf('/'))
                : SECTIONS.get(label);
        return new Entry(c, label, title);
    }

    static String sectionOf(Claim c) {
        String id = c.id();
        int slash = id.indexOf('/');
        if (slash > 0) return Latex.label("deriv", id.substring(0, slash));
        if (UncheckedClaims.ALL.stream().anyMatch(u -> u.id().equals(id)) && c.verdict() == Verdict.NOT_CHECKED)
            return "sec:not-checked";
        if (id.startsWith("aut-") || id.startsWith("table2-") || id.startsWith("sec3-")) return "sec:description-length";
        if (id.equals("eq5-upper-bound") || id.startsWith("fig2-") || id.startsWith("appendix-d-") || id.startsWith("p-star-"))
            return "sec:fig2";
        if (id.startsWith("theorem1-")) return "sec:theorem1";
        if (id.equals("sec4-collision-necessary")) return "sec:theorem3";
        if (id.equals("repon-conserved-quantity") || id.startsWith("sec4-")) return "sec:fig4";
        if (id.startsWith("repon-")) return "sec:theorem3";
        return EmpiricalClaims.figureOf(id).map(f -> "sec:" + f).orElse("sec:evidence");
    }

    /** How many claims got each verdict (every verdict present, possibly 0). */
    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> m = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) m.put(v, 0);
        for (Entry e : entries) m.merge(e.claim().verdict(), 1, Integer::sum);
        return m;
    }

    /** The findings: the ledger's checks grouped by the statement of the paper they address, in the paper's order. */
    public List<Finding> findings() {
        return Findings.of(entries.stream().map(Entry::claim).toList());
    }

    /**
     * How many findings got each verdict, in the verdicts' order, then "methods disagree" and "checks disagree"
     * (every one present, possibly 0): what the summary counts, so that one statement checked three ways counts once.
     */
    public Map<String, Integer> findingCounts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) m.put(v.words(), 0);
        m.put("methods disagree", 0);
        m.put("checks disagree", 0);
        for (Finding f : findings()) m.merge(f.words(), 1, Integer::sum);
        return m;
    }

    /** The section holding a check's evidence. */
    public String labelOf(Claim c) {
        return entries.stream().filter(e -> e.claim().id().equals(c.id())).map(Entry::label).findFirst()
                .orElse("sec:evidence");
    }

    public boolean anyRefuted() {
        return entries.stream().anyMatch(e -> e.claim().verdict() == Verdict.REFUTED);
    }
}
