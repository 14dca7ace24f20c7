package org.geneft.dynamics;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CollisionClassifierTest {

    private static CollisionResult classify(double etaA, double etaX, double a2, double c) {
        return new CollisionClassifier(new ReducedReponSystem(etaA, etaX), IntegrationSettings.DEFAULT).classify(a2, c);
    }

    @ParameterizedTest(name = "etaA={0} etaX={1} a2={2} c={3}")
    @CsvSource({
        // both sides of C = 0, both learning-rate orders, and the example
        "1e-3, 1e-3, 0.8, 0.5",     // C > 0
        "1e-3, 1e-3, 0.5, 0.8",     // C < 0 (a2^2/(2eta) = 125 < c^2/eta = 640)
        "1e-3, 1,    0.01, 2",      // C < 0 (c^2/eta_x = 4 > a2^2/(2eta_A) = 0.05)
        "1,    1e-3, -2, 0.3",      // C < 0
        "1e-2, 1e-4, -1.5, -0.01",  // C > 0
        "0.1,  10,   0.3, -1.2",    // C < 0
    })
    void conservedQuantityDriftsLessThan1e9OverTheHorizonOnBothSidesOfTheSeparatrix(double etaA, double etaX, double a2,
            double c) {
        CollisionResult r = classify(etaA, etaX, a2, c);
        // The target: relative drift <= 1e-9 over 1e4/min(eta); relative to C's own size too,
        // since these points are far from C = 0 (|C| >= 0.1 of the scale of its two terms).
        ConservedQuantity cq = new ConservedQuantity(etaA, etaX);
        assertThat(Math.abs(r.c0())).isGreaterThan(0.1 * cq.scale(a2, c));
        assertThat(r.cDriftRel()).isLessThan(1e-9);
        assertThat(r.cDriftAbs() / Math.abs(r.c0())).isLessThan(1e-9);
        assertThat(r.tFinal()).isEqualTo(1e4 / Math.min(etaA, etaX));
        // Away from C = 0 the outcome is the sign of C (Theorem 2).
        assertThat(r.outcome()).isEqualTo(r.c0() > 0 ? Outcome.COLLISION : Outcome.NO_COLLISION);
    }

    @ParameterizedTest(name = "etaA={0} etaX={1} a2={2} c={3}")
    @CsvSource({"1e-3, 1e-3, 0.8, 0.5", "1e-3, 1, 0.01, 2", "1, 1e-3, -2, 0.3", "1e-2, 1e-4, -1.5, -0.01"})
    void limitsMatchTheorem2(double etaA, double etaX, double a2, double c) {
        CollisionResult r = classify(etaA, etaX, a2, c);
        // At the horizon the vanishing coordinate is exp(-O(1e4)) and the other equals its limit up to
        // the integration error in ln|a2| or ln|c| (1e-12 tolerances; 1e-9 leaves room for accumulation).
        if (r.outcome() == Outcome.COLLISION) {
            assertThat(r.a2Final()).isCloseTo(Math.copySign(Math.sqrt(2 * etaA * r.c0()), a2), within(1e-9 * Math.abs(r.a2Limit())));
            assertThat(r.a2Final()).isCloseTo(r.a2Limit(), within(1e-9 * Math.abs(r.a2Limit())));
            assertThat(Math.abs(r.cFinal())).isLessThan(1e-100);
        } else {
            assertThat(r.outcome()).isEqualTo(Outcome.NO_COLLISION);
            assertThat(r.cFinal()).isCloseTo(Math.copySign(Math.sqrt(-etaX * r.c0()), c), within(1e-9 * Math.abs(r.cLimit())));
            assertThat(Math.abs(r.a2Final())).isLessThan(1e-100);
        }
    }

    @ParameterizedTest(name = "etaA={0} etaX={1} a2={2} c={3} t={4}")
    @CsvSource({
        "1e-3, 1e-3, 0.8, 0.5, 2000",
        "1e-3, 1e-3, 0.5, 0.8, 2000",
        "1e-3, 1,    0.01, 2, 30",
        "1,    1e-3, -2, 0.3, 3",
        "0.1,  10,   0.3, -1.2, 0.5",
    })
    void integrationAgreesWithTheClosedFormSolution(double etaA, double etaX, double a2, double c, double t) {
        ReducedReponSystem sys = new ReducedReponSystem(etaA, etaX);
        ClosedFormRepon exact = new ClosedFormRepon(sys, a2, c);
        // Integrate Eq. 10 as written (linear coordinates), independently of the classifier's log form.
        double[] y = new DormandPrince853Integrator(0, t, 1e-14, 1e-12)
                .integrate(sys, new ODEState(0, new double[] {a2, c}), t).getPrimaryState();
        // 1e-9 relative: 1e-12 local tolerance, O(100) steps, and an O(1) decay — a generous margin.
        assertThat(y[0]).isCloseTo(exact.a2(t), within(1e-9 * Math.abs(a2)));
        assertThat(y[1]).isCloseTo(exact.c(t), within(1e-9 * Math.abs(c)));
        assertThat(exact.a2(0)).isCloseTo(a2, within(1e-15 * Math.abs(a2)));
        assertThat(exact.c(0)).isCloseTo(c, within(1e-14 * Math.abs(c)));
    }

    @Test
    void decisionTimeIsWhereTheLinearLogRatioCrossesTheThreshold() {
        double etaA = 1e-3, etaX = 1e-3, a2 = 0.8, c = 0.5;
        ReducedReponSystem sys = new ReducedReponSystem(etaA, etaX);
        CollisionResult r = new CollisionClassifier(sys, IntegrationSettings.DEFAULT.stoppingAtOutcome()).classify(a2, c);
        ClosedFormRepon exact = new ClosedFormRepon(sys, a2, c);
        // ln rho(t) = ln rho(0) - 4 eta_A eta_x C t, so the decision time is known exactly.
        double expected = (exact.logRatio(0) - Math.log(1e-12)) / (4 * etaA * etaX * r.c0());
        assertThat(r.outcome()).isEqualTo(Outcome.COLLISION);
        assertThat(r.tDecision()).isCloseTo(expected, within(1e-8 * expected));
        assertThat(r.tFinal()).isCloseTo(expected, within(1e-8 * expected));
        assertThat(r.a2Final()).isCloseTo(r.a2Limit(), within(1e-11 * r.a2Limit()));
    }

    @Test
    void onTheSeparatrixTheOutcomeIsUndecidedNeverAGuess() {
        // a2^2/(2 eta) = c^2/eta exactly for a2 = sqrt(2) c up to rounding: C is ~1e-16 of its scale.
        double c = 0.5, a2 = Math.sqrt(2) * c;
        CollisionResult r = classify(1e-3, 1e-3, a2, c);
        assertThat(r.outcome()).isEqualTo(Outcome.UNDECIDED);
        // Just off the separatrix the horizon ends first: 4 eta^2 |C| T = 4e-6 * 1e-9 * 250 * 1e7 << ln(1e12).
        CollisionResult near = classify(1e-3, 1e-3, a2 * (1 + 1e-9), c);
        assertThat(near.outcome()).isEqualTo(Outcome.UNDECIDED);
        assertThat(near.c0()).isPositive();
    }

    @Test
    void fixedSetsAreClassifiedWithoutIntegration() {
        assertThat(classify(1, 1, 1, 0).outcome()).isEqualTo(Outcome.COLLISION);
        assertThat(classify(1, 1, 0, 1).outcome()).isEqualTo(Outcome.NO_COLLISION);
        assertThat(classify(1, 1, 0, 0).outcome()).isEqualTo(Outcome.UNDECIDED);
    }

    @Test
    void badParametersNameTheOption() {
        assertThatThrownBy(() -> new ReducedReponSystem(0, 1)).hasMessageContaining("--eta-a");
        assertThatThrownBy(() -> new ReducedReponSystem(1, Double.NaN)).hasMessageContaining("--eta-x");
        assertThatThrownBy(() -> new ReducedReponSystem(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> classify(1, 1, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
