package org.geneft.claims;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The verdict policy for a claim whose words admit several reasonable readings (which sigma the paper means, which
 * class of relations a row counts): each reading is judged on its own, and the claim's verdict follows one rule.
 * Refuted only if refuted under every reading, confirmed only if confirmed under every reading; when the readings
 * disagree, "depends on the reading", with each reading's verdict in the evidence. Never an average of readings.
 */
public final class Readings {
    /** Verdicts that side with the claim. */
    private static final Set<Verdict> FOR = EnumSet.of(Verdict.CONFIRMED, Verdict.CONFIRMED_UNDER_CONDITIONS,
            Verdict.REPRODUCED);
    /** Verdicts that side against it. */
    private static final Set<Verdict> AGAINST = EnumSet.of(Verdict.REFUTED, Verdict.NOT_REPRODUCED);

    /** One reading of a claim and what was found under it. */
    public record Reading(String name, Verdict verdict, String evidence) {
        public Reading {
            if (name.isBlank()) throw new IllegalArgumentException("a reading needs a name");
        }
    }

    private final List<Reading> readings = new ArrayList<>();

    /** Adds a reading's verdict; returns this. */
    public Readings add(String name, Verdict verdict, String evidence) {
        readings.add(new Reading(name, verdict, evidence));
        return this;
    }

    public List<Reading> readings() {
        return List.copyOf(readings);
    }

    /**
     * The claim's verdict: the common verdict when all readings agree; among verdicts that all side with the claim
     * the weakest (confirmed, then confirmed under conditions, then reproduced at this budget); among verdicts that
     * all side against it, refuted only if every one is refuted; any other mixture depends on the reading.
     */
    public Verdict verdict() {
        if (readings.isEmpty()) throw new IllegalStateException("no reading judged");
        Set<Verdict> seen = EnumSet.noneOf(Verdict.class);
        for (Reading r : readings) seen.add(r.verdict());
        if (seen.size() == 1) return seen.iterator().next();
        if (FOR.containsAll(seen))
            return seen.contains(Verdict.REPRODUCED) ? Verdict.REPRODUCED : Verdict.CONFIRMED_UNDER_CONDITIONS;
        if (AGAINST.containsAll(seen)) return Verdict.NOT_REPRODUCED;
        return Verdict.DEPENDS_ON_READING;
    }

    /** Each reading's verdict and evidence, in the order judged: "under READING: verdict (evidence); ...". */
    public String evidence() {
        StringBuilder b = new StringBuilder();
        for (Reading r : readings)
            b.append(String.format(Locale.ROOT, "under %s: %s%s; ", r.name(), r.verdict().words(),
                    r.evidence().isEmpty() ? "" : " (" + r.evidence() + ")"));
        return b.toString().trim();
    }
}
