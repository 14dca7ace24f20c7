package org.geneft.experiments;

import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;

/**
 * What an empirical verdict rests on, and the verdict that evidence supports (issue 16's policy). Two kinds of
 * refutation differ: a counterexample that more training cannot undo (a measured accuracy or probability above a
 * claimed upper bound, on the paper's model, its error stated) refutes at any budget; a pattern the paper reports but
 * the runs do not show (a boundary's slope, a collapse, where a phase begins, independence of a parameter) is
 * refuted only at the paper's protocol. Below it a pattern not seen reads "not reproduced at this budget", and any
 * claim seen reads "reproduced at this budget", never "confirmed": so a reduced budget never contradicts the paper's.
 *
 * @param budget     the budget the runs had
 * @param kind       what a refutation of the claim would be
 * @param paperModel whether the runs trained the paper's model (Table 3's decoder), which a counterexample needs
 */
public record EmpiricalBasis(Budget budget, Kind kind, boolean paperModel) {

    /** What a refutation of the claim would be. */
    public enum Kind {
        /** A measurement beyond a claimed bound, which more training cannot undo. */
        COUNTEREXAMPLE,
        /** A shape, a boundary, an independence the paper reports. */
        PATTERN
    }

    /** In a few words, for the verdict table and verdicts.json: "quick budget, reduced model, pattern". */
    public String words() {
        return budget.spec() + " budget, " + (paperModel ? "paper's model" : "reduced model") + ", "
                + (kind == Kind.COUNTEREXAMPLE ? "counterexample" : "pattern");
    }

    /**
     * The verdict this basis supports for one found below the paper's protocol: a confirmation reads "reproduced at
     * this budget", a refutation "not reproduced at this budget" unless it is a counterexample on the paper's model.
     */
    public Verdict supports(Verdict v) {
        if (budget == Budget.PAPER || budget == Budget.SMOKE) return v;
        return switch (v) {
            case CONFIRMED, CONFIRMED_UNDER_CONDITIONS -> Verdict.REPRODUCED;
            case REFUTED -> kind == Kind.COUNTEREXAMPLE && paperModel ? Verdict.REFUTED : Verdict.NOT_REPRODUCED;
            default -> v;
        };
    }

    /** The claim with the verdict its evidence supports, and this basis. */
    public Claim judge(Claim c) {
        Verdict v = supports(c.verdict());
        String evidence = c.evidence();
        if (v != c.verdict() && v == Verdict.REPRODUCED)
            evidence = "seen at the " + budget.spec() + " budget; only the paper's protocol confirms. " + evidence;
        else if (v != c.verdict() && v == Verdict.NOT_REPRODUCED)
            evidence = "not reproduced at the " + budget.spec() + " budget, which is not evidence against the claim: a "
                    + (kind == Kind.PATTERN ? "pattern" : "bound measured on a reduced model")
                    + " is refuted only at the paper's protocol. " + evidence;
        return new Claim(c.id(), c.statement(), c.where(), c.method(), v, evidence, words());
    }
}
