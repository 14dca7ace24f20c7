package org.geneft.symbolic;

import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Judges one claim with Symja: simplifies its residual, factors what remains into the terms that
 * must vanish, tries the claim's stated condition, and looks for a numeric counterexample.
 */
public final class ClaimJudge {

    /** Random points tried before a non-simplifying residual is called unknown. */
    private static final int PROBES = 5;
    /**
     * Above this |value| a residual counts as non-zero. Residuals are evaluated with 40 digits, so
     * cancellation of O(1) terms leaves about 1e-38, while genuine residuals such as y exp(-2 etaA t)
     * at the sampled points stay far above it.
     */
    private static final double NONZERO = 1e-25;
    /** A machine-precision residual this large cannot be rounding error of O(1) terms. */
    private static final double CLEARLY_NONZERO = 1e-6;

    // Helpers defined once in the session; names prefixed so that no proof file collides with them.
    // Select, not DeleteCases: Symja 3.0's DeleteCases[{0, 0}, 0] leaves {0, 0}.
    // A rational function (only +, ×, integer powers of symbols and numbers) put over one denominator by
    // Together[Expand[...]] is 0 exactly when its numerator expands to 0, so Simplify, which costs most of
    // a derivation's time on the non-zero polynomial residuals, adds nothing there: it runs only on terms
    // with other functions (Exp, Sin, Sqrt, ...), where identities such as Sin^2 + Cos^2 = 1 need it.
    private static final String HELPERS =
            "geneftRationalQ[u_] := FreeQ[u, h_[___] /; !MemberQ[{Plus, Times, Power, List, Rational, Complex}, h]] "
                    + "&& FreeQ[u, Power[_, e_] /; !IntegerQ[e]]; "
                    + "geneftSimplify[t_] := With[{u = Together[Expand[t]]}, If[u === 0 || geneftRationalQ[u], u, Simplify[u]]]; "
                    + "geneftTerms[x_] := Select[Map[geneftSimplify, Flatten[{x}]], #=!=0&]";

    /**
     * Seconds Symja may spend on one check before the claim is called unknown. Some numerics never
     * return in practice (Symja's arbitrary-precision Erf inside NIntegrate ran for minutes).
     */
    static final int BUDGET_SECONDS = 10;

    private final Symja symja;

    public ClaimJudge(Symja symja) {
        this.symja = symja;
        symja.eval(HELPERS);
    }

    /** Judges the claim; a claim Symja cannot even evaluate is malformed input. */
    public ClaimResult judge(ClaimSpec claim, String location) {
        long start = System.nanoTime();
        try {
            List<Shown> shows = new ArrayList<>();
            for (String s : claim.shows()) {
                IExpr value = symja.eval(s).value();
                shows.add(new Shown(s, value.toString(), symja.tex(value)));
            }
            ClaimResult r = claim.kind() == CheckKind.ZERO ? zero(claim, shows) : statement(claim, shows);
            return r.timed((System.nanoTime() - start) / 1_000_000);
        } catch (SymjaException e) {
            throw new IllegalArgumentException(location + ": Symja could not evaluate claim '" + claim.id()
                    + "': " + e.getMessage(), e);
        }
    }

    private ClaimResult zero(ClaimSpec claim, List<Shown> shows) {
        Symja.Result general = symja.eval("geneftTerms[" + claim.check() + "]", BUDGET_SECONDS);
        if (timedOut(general)) return outOfTime(claim, shows);
        String terms = general.value().toString();
        if (isEmptyList(general.value()))
            return result(claim, ProofVerdict.PROVED, "the residual simplifies to 0", List.of(), List.of(), "", shows,
                    general.messages());
        List<IExpr> factoredTerms = factored(terms);
        List<String> factored = factoredTerms.stream().map(IExpr::toString).toList();
        List<String> tex = factoredTerms.stream().map(symja::tex).toList();
        String remaining = terms;
        if (claim.under().isPresent()) {
            Symja.Result under = symja.eval("geneftTerms[" + terms + " /. (" + claim.under().get() + ")]", BUDGET_SECONDS);
            if (timedOut(under)) return outOfTime(claim, shows);
            if (isEmptyList(under.value()))
                return result(claim, ProofVerdict.PROVED_UNDER, "holds only if " + String.join(", ", factored)
                                + " = 0, which holds when " + claim.condition(), factored, tex, "", shows,
                        general.messages() + under.messages());
            remaining = under.value().toString();
        }
        String where = claim.under().isPresent() ? " even when " + claim.condition() : "";
        String counterexample = counterexample(remaining);
        if (!counterexample.isEmpty())
            return result(claim, ProofVerdict.REFUTED, "non-zero residual " + String.join(", ", factored)
                    + where + "; at " + counterexample, factored, tex, counterexample, shows, general.messages());
        return result(claim, ProofVerdict.UNKNOWN, "Symja left the residual " + String.join(", ", factored)
                + " and found no counterexample at " + PROBES + " random points (it may be 0 in disguise)",
                factored, tex, "", shows, general.messages());
    }

    private ClaimResult statement(ClaimSpec claim, List<Shown> shows) {
        Symja.Result r = symja.eval(claim.check(), BUDGET_SECONDS);
        if (timedOut(r)) return outOfTime(claim, shows);
        if (r.value().isTrue())
            return result(claim, ProofVerdict.PROVED, "evaluates to True", List.of(), List.of(), "", shows, r.messages());
        if (claim.under().isPresent()) {
            Symja.Result u = symja.eval("(" + claim.check() + ") /. (" + claim.under().get() + ")", BUDGET_SECONDS);
            if (timedOut(u)) return outOfTime(claim, shows);
            if (u.value().isTrue())
                return result(claim, ProofVerdict.PROVED_UNDER, "True only when " + claim.condition(),
                        List.of(), List.of(), "", shows, r.messages() + u.messages());
        }
        if (r.value().isFalse())
            return result(claim, ProofVerdict.REFUTED, "evaluates to False", List.of(), List.of(), "", shows, r.messages());
        return result(claim, ProofVerdict.UNKNOWN, "Symja left it undecided: " + r.value(), List.of(), List.of(), "",
                shows, r.messages());
    }

    private static boolean timedOut(Symja.Result r) {
        return r.timedOut();
    }

    private static ClaimResult outOfTime(ClaimSpec claim, List<Shown> shows) {
        return result(claim, ProofVerdict.UNKNOWN, "Symja did not finish within " + BUDGET_SECONDS + " s",
                List.of(), List.of(), "", shows, "");
    }

    private List<IExpr> factored(String terms) {
        // Factoring is for the reader; a residual too large to factor in time is shown as it is.
        Symja.Result r = symja.eval("Map[Factor, " + terms + "]", BUDGET_SECONDS);
        IExpr list = timedOut(r) ? symja.eval(terms).value() : r.value();
        List<IExpr> out = new ArrayList<>();
        if (list.isList()) ((IAST) list).forEach(e -> out.add(e));
        else out.add(list);
        return out;
    }

    /**
     * A point (positive rationals, as the paper's rates, scales and sizes are positive) where some
     * residual term is numerically non-zero; empty when none of the probes finds one.
     */
    private String counterexample(String terms) {
        Set<String> atoms = new TreeSet<>();
        collectAtoms(symja.eval(terms).value(), atoms);
        Random random = new Random(20250101L); // fixed: verdicts and reports must be reproducible
        for (int p = 0; p < PROBES; p++) {
            List<String> rules = new ArrayList<>();
            for (String a : atoms) rules.add(a + " -> " + rational(1 + random.nextInt(12), 2 + random.nextInt(4)));
            String point = "{" + String.join(", ", rules) + "}";
            // Machine precision first: a clearly non-zero residual needs no 40-digit arithmetic.
            // Each probe has the claim's time limit: one that runs out counts as no counterexample there.
            Symja.Result machine = symja.eval("N[Abs[" + terms + " /. " + point + "]]", BUDGET_SECONDS);
            if (timedOut(machine)) continue;
            double largest = largestAbs(machine.value());
            if (largest < CLEARLY_NONZERO) {
                Symja.Result precise = symja.eval("N[Abs[" + terms + " /. " + point + "], 40]", BUDGET_SECONDS);
                if (timedOut(precise)) continue;
                largest = largestAbs(precise.value());
            }
            if (largest > NONZERO)
                return (atoms.isEmpty() ? "every point" : point) + " the residual is " + symja.text("N[" + terms + " /. " + point + ", 6]");
        }
        return "";
    }

    /** p/q in lowest terms, so that a printed counterexample reads as the user would write it. */
    private static String rational(int p, int q) {
        int g = java.math.BigInteger.valueOf(p).gcd(java.math.BigInteger.valueOf(q)).intValue();
        return q / g == 1 ? Integer.toString(p / g) : (p / g) + "/" + (q / g);
    }

    private static double largestAbs(IExpr values) {
        double max = 0;
        if (values.isList()) {
            for (IExpr v : (IAST) values) max = Math.max(max, largestAbs(v));
            return max;
        }
        if (!values.isNumber()) return 0; // still symbolic: no evidence either way
        try {
            return values.evalDouble();
        } catch (RuntimeException notReal) {
            return 0; // Abs made every number real; anything else carries no evidence
        }
    }

    /**
     * Free variables: the user's symbols. An application of an undefined function, h[x], is left
     * alone: giving it a number would "refute" what merely cannot be evaluated.
     */
    private static void collectAtoms(IExpr e, Set<String> out) {
        if (e.isSymbol()) {
            if (!e.isBuiltInSymbol()) out.add(e.toString());
            return;
        }
        if (e.isAST()) {
            for (IExpr arg : (IAST) e) collectAtoms(arg, out);
        }
    }

    private static boolean isEmptyList(IExpr e) {
        return e.isList() && e.argSize() == 0;
    }

    private static ClaimResult result(ClaimSpec c, ProofVerdict v, String evidence, List<String> residual,
                                      List<String> tex, String counterexample, List<Shown> shows, String msgs) {
        return new ClaimResult(c, v, evidence, residual, tex, counterexample, shows, msgs.strip(), 0);
    }
}
