package org.geneft.dynamics;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CollisionProbabilityTest {
    static final double[] RATIOS = {1e-3, 1e-2, 0.1, 1, 10, 100, 1e3};
    static final double[] SIGMA_RATIOS = {0.5, 1, 2};
    /** A horizon of 1e6/min(eta): cheap in log coordinates, and it leaves fewer draws undecided. */
    static final IntegrationSettings MONTE_CARLO = IntegrationSettings.DEFAULT.withHorizonFactor(1e6);

    @Test
    void collisionProbabilityMatchesEq12WithinThreeStandardErrors() {
        // 2000 samples per cell: the standard error is sqrt(p(1-p)/2000) <= 0.0112 (at p = 1/2) and
        // 0.0019 at the smallest p (0.0071, ratio 1e-3 with sigma_a/sigma_c = 0.5). The seed is fixed,
        // so the test is deterministic; 21 cells at |z| < 3 would all pass by chance with probability ~0.94,
        // and they do for this seed.
        int samples = 2000;
        List<String> report = new ArrayList<>();
        for (double ratio : RATIOS) {
            for (double s : SIGMA_RATIOS) {
                double etaA = 1e-3, etaX = ratio * etaA;
                CollisionEstimate e = CollisionProbability.reduced(new ReducedReponSystem(etaA, etaX),
                        new InitialConditions(s, 1), samples, 7, MONTE_CARLO, true);
                report.add(String.format("ratio %g sigma %g: p_mc %.4f +- %.4f p_eq12 %.4f z %.2f undecided %d", ratio, s, e.pMc(),
                        e.stderr(), e.pTheory(), e.z(), e.undecided()));
                assertThat(Math.abs(e.z())).as(report.get(report.size() - 1)).isLessThan(3);
                // Draws within ~1e-6 of the separatrix need longer than the horizon to decide: stated, not guessed.
                System.out.println(report.get(report.size() - 1));
                assertThat(e.undecided()).as(report.get(report.size() - 1)).isLessThanOrEqualTo(samples / 200);
            }
        }
    }

    @Test
    void eq12DependsOnTheLearningRatesOnlyThroughTheirRatio() {
        assertThat(CollisionProbability.eq12(1e-3, 1e-2, 1, 1)).isCloseTo(CollisionProbability.eq12(1, 10, 1, 1), within(1e-15));
        // eta_x/(2 eta_A) = 1 and sigma_a = sigma_c: arctan(1) = pi/4, p = 1/2.
        assertThat(CollisionProbability.eq12(1, 2, 1, 1)).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void aSeedGivesTheSameCountsWhateverTheThreadCount() {
        ReducedReponSystem sys = new ReducedReponSystem(1e-3, 1e-2);
        InitialConditions init = new InitialConditions(1, 1);
        CollisionEstimate seq = CollisionProbability.reduced(sys, init, 500, 42, IntegrationSettings.DEFAULT, false);
        CollisionEstimate par = CollisionProbability.reduced(sys, init, 500, 42, IntegrationSettings.DEFAULT, true);
        assertThat(par).isEqualTo(seq);
        CollisionEstimate other = CollisionProbability.reduced(sys, init, 500, 43, IntegrationSettings.DEFAULT, true);
        assertThat(other.collisions()).isNotEqualTo(seq.collisions());
    }

    @Test
    void classificationByIntegrationAgreesWithTheSignOfCAwayFromTheSeparatrix() {
        ReducedReponSystem sys = new ReducedReponSystem(1e-3, 0.1);
        CollisionClassifier classifier = new CollisionClassifier(sys, IntegrationSettings.DEFAULT.stoppingAtOutcome());
        double[] ac = new InitialConditions(1, 1).draw(300, 3);
        ConservedQuantity cq = sys.conservedQuantity();
        for (int i = 0; i < 300; i++) {
            double a2 = ac[2 * i], c = ac[2 * i + 1];
            Outcome o = classifier.classify(a2, c).outcome();
            if (Math.abs(cq.value(a2, c)) > 1e-6 * cq.scale(a2, c))
                assertThat(o).isEqualTo(cq.value(a2, c) > 0 ? Outcome.COLLISION : Outcome.NO_COLLISION);
        }
    }

    @Test
    void theMonteCarloDecidingAtRhoOneInAMillionClassifiesEveryDrawAsDecidingAtOneInATrillionDoes() {
        // Near-separatrix draws included (σ chosen so that C is often small), over three rate ratios.
        for (double ratio : new double[] {1e-3, 1, 1e3}) {
            ReducedReponSystem sys = new ReducedReponSystem(1e-3, 1e-3 * ratio);
            IntegrationSettings settings = IntegrationSettings.DEFAULT.withHorizonFactor(1e6);
            CollisionClassifier strict = new CollisionClassifier(sys, settings.stoppingAtOutcome());
            CollisionClassifier fast = new CollisionClassifier(sys, CollisionProbability.monteCarlo(settings));
            double[] ac = new InitialConditions(1, Math.sqrt(ratio / 2)).draw(400, 11);
            int fewerSteps = 0;
            for (int i = 0; i < 400; i++) {
                CollisionResult s = strict.classify(ac[2 * i], ac[2 * i + 1]), f = fast.classify(ac[2 * i], ac[2 * i + 1]);
                assertThat(f.outcome()).as("draw %d at ratio %g", i, ratio).isEqualTo(s.outcome());
                if (f.steps() < s.steps()) fewerSteps++;
            }
            assertThat(fewerSteps).as("the earlier decision saves steps").isGreaterThan(200);
        }
    }

    @Test
    void badSamplingParametersAreRejectedNamingTheOption() {
        assertThatThrownBy(() -> new InitialConditions(0, 1)).hasMessageContaining("--sigma-a");
        assertThatThrownBy(() -> new InitialConditions(1, Double.NaN)).hasMessageContaining("--sigma-c");
        assertThatThrownBy(() -> new InitialConditions(1, 1).draw(0, 1)).hasMessageContaining("--samples");
    }
}
