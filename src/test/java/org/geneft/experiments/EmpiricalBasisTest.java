package org.geneft.experiments;

import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Verdict;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16's policy: what each kind of evidence at each budget may conclude. */
class EmpiricalBasisTest {
    private static final EmpiricalBasis.Kind PATTERN = EmpiricalBasis.Kind.PATTERN, COUNTER = EmpiricalBasis.Kind.COUNTEREXAMPLE;

    private static Claim claim(Verdict v) {
        return new Claim("x", "statement", "Fig. 0", Method.EMPIRICAL, v, "the numbers");
    }

    private static Verdict judged(Budget b, EmpiricalBasis.Kind k, boolean paperModel, Verdict v) {
        return new EmpiricalBasis(b, k, paperModel).judge(claim(v)).verdict();
    }

    @Test
    void aPatternIsRefutedOnlyAtThePapersProtocol() {
        assertThat(judged(Budget.PAPER, PATTERN, true, Verdict.REFUTED)).isEqualTo(Verdict.REFUTED);
        Claim quick = new EmpiricalBasis(Budget.QUICK, PATTERN, true).judge(claim(Verdict.REFUTED));
        assertThat(quick.verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(quick.evidence()).startsWith("not reproduced at the quick budget").endsWith("the numbers");
        assertThat(quick.basis()).isEqualTo("quick budget, paper's model, pattern");
    }

    @Test
    void aCounterexampleOnThePapersModelRefutesAtAnyBudgetAndOnAReducedOneDoesNot() {
        assertThat(judged(Budget.QUICK, COUNTER, true, Verdict.REFUTED)).isEqualTo(Verdict.REFUTED);
        assertThat(judged(Budget.QUICK, COUNTER, false, Verdict.REFUTED)).isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(judged(Budget.PAPER, COUNTER, true, Verdict.REFUTED)).isEqualTo(Verdict.REFUTED);
    }

    @Test
    void belowThePapersProtocolNothingIsConfirmedSoNothingContradictsIt() {
        // Whatever the paper budget finds later, a quick verdict is one it cannot contradict: reproduced, not reproduced
        // or not checked, or a counterexample's refutation, which more training cannot undo.
        Set<Verdict> allowed = EnumSet.of(Verdict.REPRODUCED, Verdict.NOT_REPRODUCED, Verdict.UNDECIDED, Verdict.NOT_CHECKED);
        for (EmpiricalBasis.Kind k : EmpiricalBasis.Kind.values())
            for (boolean model : new boolean[] {true, false})
                for (Verdict v : Verdict.values()) {
                    Verdict q = judged(Budget.QUICK, k, model, v);
                    if (k == COUNTER && model && v == Verdict.REFUTED) assertThat(q).isEqualTo(Verdict.REFUTED);
                    else if (v == Verdict.REPRODUCED || v == Verdict.NOT_REPRODUCED || v == Verdict.UNDECIDED
                            || v == Verdict.DEPENDS_ON_READING || v == Verdict.VACUOUS || v == Verdict.NOT_CHECKABLE)
                        // Each reading was judged by this basis already (Fig6Sweep), and the last two never
                        // come from a measurement: they pass unchanged.
                        assertThat(q).isEqualTo(v);
                    else assertThat(q).as(k + " " + model + " " + v).isIn(allowed);
                }
        assertThat(judged(Budget.QUICK, PATTERN, false, Verdict.CONFIRMED)).isEqualTo(Verdict.REPRODUCED);
        assertThat(judged(Budget.PAPER, PATTERN, true, Verdict.CONFIRMED)).isEqualTo(Verdict.CONFIRMED);
        assertThat(judged(Budget.SMOKE, PATTERN, false, Verdict.NOT_CHECKED)).isEqualTo(Verdict.NOT_CHECKED);
    }

    @Test
    void theSweepsSayWhatEachVerdictRestsOn() {
        assertThat(new Fig3Sweep().basis("fig3-bound", Budget.QUICK).kind()).isEqualTo(COUNTER);
        assertThat(new Fig3Sweep().basis("fig3-bound", Budget.QUICK).paperModel()).isTrue();
        assertThat(new Fig6Sweep().basis("fig6-eq12-bound", Budget.QUICK).paperModel()).isFalse();
        assertThat(new Fig8Sweep().basis("fig8-wd-independent", Budget.QUICK).kind()).isEqualTo(PATTERN);
        assertThat(new Fig7Sweep().basis("fig7-goldilocks", Budget.PAPER).words())
                .isEqualTo("paper budget, paper's model, pattern");
    }
}
