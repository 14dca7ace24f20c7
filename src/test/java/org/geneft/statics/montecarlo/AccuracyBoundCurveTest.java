package org.geneft.statics.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import org.geneft.graph.RelationClass;
import org.junit.jupiter.api.Test;

class AccuracyBoundCurveTest {

    private static final BoundSettings SAMPLED = BoundSettings.defaults().withMode(LinearExtensionMode.SAMPLED);
    private static final EnumSet<Method> BOTH = EnumSet.allOf(Method.class);

    @Test
    void theSameSeedGivesIdenticalNumbers() {
        double[] fractions = {0.2, 0.5};
        assertThat(AccuracyBoundCurve.compute(Relations.mod(3, 12), fractions, 8, 42L))
                .isEqualTo(AccuracyBoundCurve.compute(Relations.mod(3, 12), fractions, 8, 42L));
        assertThat(AccuracyBoundCurve.compute(Relations.mod(3, 12), fractions, 8, 42L))
                .isNotEqualTo(AccuracyBoundCurve.compute(Relations.mod(3, 12), fractions, 8, 43L));
    }

    @Test
    void theThreadCountDoesNotChangeTheNumbers() {
        double[] fractions = {0.1, 0.4};
        for (RelationClass rel : List.of(Relations.gt(8), Relations.mod(3, 12), Relations.bipartite(3, 9))) {
            List<CurvePoint> one = AccuracyBoundCurve.compute(rel, fractions, 6, 7L, BOTH, SAMPLED, 1);
            List<CurvePoint> two = AccuracyBoundCurve.compute(rel, fractions, 6, 7L, BOTH, SAMPLED, 2);
            List<CurvePoint> three = AccuracyBoundCurve.compute(rel, fractions, 6, 7L, BOTH, SAMPLED, 3);
            assertThat(two).isEqualTo(one);
            assertThat(three).isEqualTo(one);
        }
    }

    @Test
    void fractionOneGivesAccuracyOneExactlyForBothMethods() {
        for (RelationClass rel : List.of(Relations.gt(30), Relations.mod(3, 30), Relations.bipartite(12, 30))) {
            CurvePoint p = AccuracyBoundCurve.compute(rel, new double[] {1.0}, 2, 1L).get(0);
            assertThat(p.appendixD().mean()).isEqualTo(1.0);
            assertThat(p.exactBayes().mean()).isEqualTo(1.0);
        }
    }

    @Test
    void fractionZeroGivesThePriorAccuracies() {
        // Equivalence, profile s: Appendix D uses 1/k off the diagonal, Bayes the prior
        // q = Σ s(s−1)/(n(n−1)); total order: P(i before j) = 1/2 for both; diagonal certain.
        int n = 12;
        CurvePoint mod = AccuracyBoundCurve.compute(Relations.mod(3, n), new double[] {0.0}, 1, 1L).get(0);
        double q = 3 * 4 * 3 / (double) (n * (n - 1));
        assertThat(mod.appendixD().mean()).isCloseTo((n + n * (n - 1) * (2.0 / 3)) / (n * n), within(1e-12));
        assertThat(mod.exactBayes().mean()).isCloseTo((n + n * (n - 1) * Math.max(q, 1 - q)) / (n * n), within(1e-12));
        CurvePoint gt = AccuracyBoundCurve.compute(Relations.gt(n), new double[] {0.0}, 1, 1L).get(0);
        assertThat(gt.appendixD().mean()).isCloseTo((n + n * (n - 1) * 0.5) / (n * n), within(1e-12));
        assertThat(gt.exactBayes().mean()).isCloseTo((n + n * (n - 1) * 0.5) / (n * n), within(1e-12));
    }

    @Test
    void forTotalOrdersWithExactCountingAppendixDIsExactlyTheBayesAccuracy() {
        // The consistent orders are the linear extensions of the closure, so the two coincide.
        for (CurvePoint p : AccuracyBoundCurve.compute(Relations.gt(10), new double[] {0.1, 0.3, 0.6}, 20, 3L)) {
            assertThat(p.appendixDMinusBayes().mean()).isCloseTo(0.0, within(1e-12));
        }
    }

    @Test
    void forTotalOrdersThePapersThousandSampledSequencesAgreeWithBayesUpToAJensenBias() {
        // Unpaired, the sampled bound agrees with Bayes within 3 standard errors of the Bayes mean.
        // Paired, max(p̂, 1 − p̂) is convex in p̂, so the difference is ≥ 0 in expectation and at most
        // E|p̂ − p| ≤ 1/(2√1000) ≈ 0.016 per undetermined entry; we allow 3 paired standard errors
        // of noise either side.
        for (CurvePoint p : AccuracyBoundCurve.compute(Relations.gt(8), new double[] {0.2, 0.5}, 60, 5L, BOTH, SAMPLED, 2)) {
            assertThat(Math.abs(p.appendixD().mean() - p.exactBayes().mean()))
                    .isLessThanOrEqualTo(3 * p.exactBayes().standardError());
            Estimate diff = p.appendixDMinusBayes();
            assertThat(diff.mean()).isGreaterThanOrEqualTo(-3 * diff.standardError());
            assertThat(diff.mean()).isLessThanOrEqualTo(0.5 / Math.sqrt(1000) + 3 * diff.standardError());
        }
    }

    @Test
    void forModThreeOnNineElementsAppendixDFallsBelowTheBayesAccuracyAtLowFractions() {
        // A measured finding, not the paper's claim: the independent-uniform pos model ignores
        // the class sizes, so at fraction 0.1–0.2 it is several paired standard errors BELOW the
        // Bayes-optimal accuracy (hence not an upper bound there); both reach 1 by fraction 0.6.
        List<CurvePoint> points = AccuracyBoundCurve.compute(Relations.mod(3, 9), new double[] {0.1, 0.2, 0.6}, 100, 9L);
        for (CurvePoint p : points.subList(0, 2)) {
            assertThat(p.appendixDMinusBayes().mean()).isLessThan(-3 * p.appendixDMinusBayes().standardError());
        }
        assertThat(points.get(2).appendixD().mean()).isCloseTo(1.0, within(1e-3));
        assertThat(points.get(2).exactBayes().mean()).isCloseTo(1.0, within(1e-3));
    }

    @Test
    void forABalancedBipartiteGraphOnSparseTrainingSetsAppendixDExceedsTheBayesAccuracy() {
        // A measured finding: with two sides, any one observed entry pins both endpoints to their
        // reference side through pos[i], so pairs never linked by observations count as decided.
        // That leak puts the bound far ABOVE the Bayes-optimal accuracy at fraction 0.01–0.02
        // (≈ +0.05 and +0.10 measured with 20 samplings), while it falls below it from ≈ 0.04 on.
        List<CurvePoint> points = AccuracyBoundCurve.compute(Relations.bipartite(15, 30), new double[] {0.01, 0.02}, 20, 20250101L);
        for (CurvePoint p : points) {
            assertThat(p.appendixDMinusBayes().mean()).isGreaterThan(3 * p.appendixDMinusBayes().standardError());
        }
    }

    @Test
    void anInfeasibleBayesEnumerationIsReportedAsMissingNotAsANumber() {
        BoundSettings tiny = new BoundSettings(LinearExtensionMode.EXACT_WHEN_FEASIBLE, 10, 1.0, 100, 100);
        CurvePoint p = AccuracyBoundCurve.compute(Relations.mod(3, 30), new double[] {0.05}, 3, 1L, BOTH, tiny, 2).get(0);
        assertThat(p.exactBayes()).isNull();
        assertThat(p.appendixDMinusBayes()).isNull();
        assertThat(p.bayesFeasible()).isZero();
        assertThat(p.appendixD()).isNotNull();
    }
}
