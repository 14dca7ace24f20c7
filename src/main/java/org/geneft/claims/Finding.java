package org.geneft.claims;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One statement of the paper and the checks that address it, possibly by several methods: what the summary counts,
 * so that one misprint checked three ways is one finding, not three.
 *
 * @param id        the finding's id (a check's own id when it stands alone)
 * @param where     where the paper makes the statement
 * @param statement the statement
 * @param checks    the checks behind it, in the order they ran
 * @param readings  whether the checks judge different readings of the statement (Table 2's "≈" at leading order,
 *                  at n = 30, for the class): then their verdicts combine by the reading policy ({@link Readings}),
 *                  and a mixture "depends on the reading" instead of "checks disagree"
 */
public record Finding(String id, String where, String statement, List<Claim> checks, boolean readings) {
    private static final Set<Verdict> FOR = EnumSet.of(Verdict.CONFIRMED, Verdict.CONFIRMED_UNDER_CONDITIONS,
            Verdict.REPRODUCED);
    private static final Set<Verdict> AGAINST = EnumSet.of(Verdict.REFUTED, Verdict.NOT_REPRODUCED);

    /** A finding whose checks all judge the same reading. */
    public Finding(String id, String where, String statement, List<Claim> checks) {
        this(id, where, statement, checks, false);
    }

    public Finding {
        checks = List.copyOf(checks);
        if (checks.isEmpty()) throw new IllegalArgumentException("finding " + id + " has no check");
    }

    /**
     * The verdict of each method that checked it: the combined verdict of that method's checks (see verdict()); null
     * when they disagree, never for a finding of readings.
     */
    public Map<Method, Verdict> byMethod() {
        Map<Method, Verdict> m = new EnumMap<>(Method.class);
        for (Method method : Method.values()) {
            List<Claim> of = checks.stream().filter(c -> c.method() == method).toList();
            if (!of.isEmpty()) m.put(method, readings ? byReadings(of) : combine(of));
        }
        return m;
    }

    /**
     * The finding's verdict when its checks agree: the common verdict; among confirmations the weakest; among
     * verdicts against the claim, refuted only if every check refutes. Null when they disagree (one check for the
     * statement, one against it, or any other mixture), which the report must explain, never average. For a
     * finding of several readings, the reading policy's verdict (never null).
     */
    public Verdict verdict() {
        return readings ? byReadings(checks) : combine(checks);
    }

    private static Verdict byReadings(List<Claim> claims) {
        Readings r = new Readings();
        for (Claim c : claims) r.add(c.id(), c.verdict(), "");
        return r.verdict();
    }

    /** Whether the checks (by one method or several) disagree: see verdict(). */
    public boolean disagree() {
        return verdict() == null;
    }

    /** The finding's verdict in words: "methods disagree" (or "checks disagree" within one method) when they do. */
    public String words() {
        Verdict v = verdict();
        if (v != null) return v.words();
        return byMethod().size() > 1 ? "methods disagree" : "checks disagree";
    }

    private static Verdict combine(List<Claim> claims) {
        Set<Verdict> seen = EnumSet.noneOf(Verdict.class);
        for (Claim c : claims) seen.add(c.verdict());
        if (seen.size() == 1) return seen.iterator().next();
        if (FOR.containsAll(seen))
            return seen.contains(Verdict.REPRODUCED) ? Verdict.REPRODUCED : Verdict.CONFIRMED_UNDER_CONDITIONS;
        if (AGAINST.containsAll(seen)) return Verdict.NOT_REPRODUCED;
        return null;
    }
}
