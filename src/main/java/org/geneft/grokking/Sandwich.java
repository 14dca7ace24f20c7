package org.geneft.grokking;

import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Readings;
import org.geneft.claims.Verdict;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Sec. 4.1's (iv), "grokking is sandwiched between comprehension and memorization", judged on weight-decay diagrams
 * under its two readings (claims.Readings): on the regions' borders (PhaseBorders) and in order along the weight decay
 * (PhaseOrder). Both hold on the authors' own data of Fig. 6(b)-(d), which the evidence reads the same ways.
 */
final class Sandwich {
    private Sandwich() { }

    /**
     * The claim on geneft's panels (label to cells), beside the authors' own (label to cells). {@code holds} is the
     * verdict of a reading that holds on every panel; a split that cannot generalize makes a miss not checkable.
     */
    static Claim claim(String id, String statement, String where, Map<String, List<PhaseDiagram.Cell>> ours,
            Map<String, List<PhaseDiagram.Cell>> authors, Verdict holds, boolean splitCanGeneralize, String impossible,
            String basis) {
        Readings readings = new Readings();
        add(readings, "the regions' borders (grokking borders comprehension and borders memorization, each over more "
                + "cell edges, neighbours along either axis, than those two border each other)", ours, holds,
                PhaseBorders::of, PhaseBorders::sandwiched, PhaseBorders::words);
        add(readings, "the order along the weight decay", ours, holds, PhaseOrder::alongDecay, PhaseOrder::sandwiched,
                PhaseOrder::words);
        Verdict v = readings.verdict();
        boolean missed = v != holds;
        if (v == Verdict.NOT_REPRODUCED && !splitCanGeneralize) v = Verdict.NOT_CHECKABLE;
        StringBuilder theirs = new StringBuilder();
        for (Map.Entry<String, List<PhaseDiagram.Cell>> e : authors.entrySet())
            theirs.append(theirs.length() == 0 ? "" : "; ").append("(").append(e.getKey()).append(") ")
                    .append(PhaseBorders.of(e.getValue()).words()).append(", ")
                    .append(PhaseOrder.alongDecay(e.getValue()).words());
        String each = readings.evidence().replaceAll(";$", ""); // "under R: verdict (...); ..." without the last ';'
        return new Claim(id, statement, where, Method.EMPIRICAL, v,
                (v == Verdict.NOT_CHECKABLE ? impossible + " " : "") + each + ". The authors' own data, "
                        + "read the same ways: " + theirs + "." + (missed && v != Verdict.NOT_CHECKABLE
                        ? " " + PhaseChecks.ONE_SPLIT : ""), basis);
    }

    private static <T> void add(Readings readings, String name, Map<String, List<PhaseDiagram.Cell>> panels,
            Verdict holds, Function<List<PhaseDiagram.Cell>, T> read, Predicate<T> sandwiched, Function<T, String> words) {
        boolean all = true;
        StringBuilder evidence = new StringBuilder();
        for (Map.Entry<String, List<PhaseDiagram.Cell>> e : panels.entrySet()) {
            T t = read.apply(e.getValue());
            all &= sandwiched.test(t);
            evidence.append(evidence.length() == 0 ? "" : "; ").append("(").append(e.getKey()).append(") ")
                    .append(words.apply(t)).append(sandwiched.test(t) ? ", sandwiched" : ", not sandwiched");
        }
        readings.add(name, all ? holds : Verdict.NOT_REPRODUCED, evidence.toString());
    }
}
