package org.geneft.report;

import org.geneft.claims.Claim;
import org.geneft.claims.Consequence;
import org.geneft.claims.Finding;
import org.geneft.claims.Method;
import org.geneft.claims.PaperPlace;
import org.geneft.claims.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report's first section, generated from the verdicts: what the paper gets wrong or leaves unsaid, ranked by
 * consequence, one short entry each; confirmations in one sentence per part of the paper. The ranking rule
 * (README.md, "Principal findings"): first by kind (refuted; then the readings, methods or hypotheses that decide
 * nothing: depends on the reading, vacuous, methods disagree; then conditions the paper omits), then by consequence
 * (Consequence: a law before a derivation step, a figure's pattern, a formula, a misprint), then in the paper's
 * order. What geneft checks beyond the paper is not the paper's finding and stays out.
 */
final class PrincipalFindings {
    /** How long the decisive excerpt of an entry's evidence may be, in characters: two lines of the page. */
    static final int DECISIVE = 180;

    /** One principal finding. */
    record Entry(Finding finding, int kind, Consequence consequence, PaperPlace place) { }

    private PrincipalFindings() { }

    /** The principal findings, ranked. */
    static List<Entry> ranked(List<Finding> findings) {
        List<Entry> out = new ArrayList<>();
        for (Finding f : findings) {
            PaperPlace place = PaperPlace.of(f.where());
            int kind = kind(f);
            if (kind < 0 || place.part() == 3) continue;
            out.add(new Entry(f, kind, Consequence.of(f), place));
        }
        out.sort(Comparator.comparingInt(Entry::kind).thenComparing(Entry::consequence).thenComparing(Entry::place));
        return out;
    }

    /** 0 refuted, 1 decided by nothing (a reading, a vacuous hypothesis, disagreeing checks), 2 a condition; else -1. */
    static int kind(Finding f) {
        Verdict v = f.verdict();
        if (v == null) return 1;
        return switch (v) {
            case REFUTED -> 0;
            case DEPENDS_ON_READING, VACUOUS -> 1;
            case CONFIRMED_UNDER_CONDITIONS -> 2;
            default -> -1;
        };
    }

    /**
     * The decisive part of a finding's evidence: the opening of the check whose verdict is the finding's (a static
     * or numeric measurement before an empirical one, before a symbolic residual), cut at a clause boundary.
     */
    static String decisive(Finding f) {
        List<Method> preference = List.of(Method.STATIC, Method.NUMERIC, Method.EMPIRICAL, Method.SYMBOLIC);
        Claim best = f.checks().stream()
                .sorted(Comparator.comparing((Claim c) -> c.verdict() != f.verdict())
                        .thenComparing(c -> preference.indexOf(c.method())))
                .findFirst().orElseThrow();
        return decisive(best);
    }

    /** One check's decisive line: its evidence without the budget's preamble, cut at a clause near 180 characters. */
    static String decisive(Claim best) {
        String e = best.evidence()
                .replaceFirst("^seen at the \\S+ budget; only the paper's protocol confirms\\. ", "")
                .replaceFirst("^not reproduced at the \\S+ budget, which is not evidence against the claim: [^.]*\\. ", "")
                .replaceFirst("^(refuted|proved-under): ", "");
        // A derivation's condition: the condition in words, not Symja's residual it comes from.
        int when = e.indexOf(", which holds when ");
        if (when >= 0) e = "needs " + e.substring(when + ", which holds when ".length()).replaceFirst(" \\(proofs/[^)]*\\)$", "");
        if (e.length() <= DECISIVE) return e;
        int cut = Math.max(e.lastIndexOf("; ", DECISIVE), e.lastIndexOf(". ", DECISIVE));
        if (cut < DECISIVE / 3) cut = e.lastIndexOf(' ', DECISIVE);
        return e.substring(0, cut) + " ...";
    }

    /** The confirmations of each part of the paper, in one sentence each: "Sec. III: statics": 12 (Eq. 1, ...). */
    static List<Map<String, Object>> confirmations(List<Finding> findings) {
        Map<String, List<Finding>> byPart = new LinkedHashMap<>();
        for (String part : PaperPlace.PARTS) byPart.put(part, new ArrayList<>());
        for (Finding f : findings)
            if ((f.verdict() == Verdict.CONFIRMED || f.verdict() == Verdict.REPRODUCED) && PaperPlace.of(f.where()).part() < 3)
                byPart.get(PaperPlace.of(f.where()).partName()).add(f);
        List<Map<String, Object>> out = new ArrayList<>();
        byPart.forEach((part, fs) -> {
            if (fs.isEmpty()) return;
            Set<String> places = new LinkedHashSet<>();
            fs.stream().sorted(Comparator.comparing(f -> PaperPlace.of(f.where()))).forEach(f -> places.add(f.where()));
            long reproduced = fs.stream().filter(f -> f.verdict() == Verdict.REPRODUCED).count();
            out.add(Map.of("part", part, "count", Integer.toString(fs.size()), "reproduced", Long.toString(reproduced),
                    "places", String.join("; ", places)));
        });
        return out;
    }
}
