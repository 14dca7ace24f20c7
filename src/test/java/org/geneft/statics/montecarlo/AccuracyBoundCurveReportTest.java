package org.geneft.statics.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.geneft.graph.RelationClass;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Experiment-scale runs that print the measured curves (Appendix D bound vs exact Bayes) for the
 * report; run with {@code -DexcludedTestGroups=none -Dtest=AccuracyBoundCurveReportTest}.
 */
@Tag("slow")
class AccuracyBoundCurveReportTest {

    private static final double[] FRACTIONS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    /** Below 0.1, where the mod 3 curve at n = 30 rises (its scale b/n² ≈ 0.05). */
    private static final double[] LOW_FRACTIONS = {0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09};

    @Test
    void printsSmallNComparisonTables() {
        print("mod:3 n=9", Relations.mod(3, 9), 200, BoundSettings.defaults());
        print("mod:3 n=12", Relations.mod(3, 12), 200, BoundSettings.defaults());
        print("K_{3,6}", Relations.bipartite(3, 9), 200, BoundSettings.defaults());
        print("gt n=8 (exact p_u)", Relations.gt(8), 200, BoundSettings.defaults());
        for (int n = 8; n <= 10; n++) {
            print("gt n=" + n + " (1000 sampled sequences)", Relations.gt(n), 100,
                    BoundSettings.defaults().withMode(LinearExtensionMode.SAMPLED));
        }
    }

    @Test
    void printsPaperScaleCurves() {
        print("mod:3 n=30, 20 samplings", Relations.mod(3, 30), 20, BoundSettings.defaults());
        print("gt n=30, 3 samplings", Relations.gt(30), 3, BoundSettings.defaults());
        print("gt n=30, 3 samplings, always 1000 sampled sequences", Relations.gt(30), 3,
                BoundSettings.defaults().withMode(LinearExtensionMode.SAMPLED));
        print("mod:3 n=30, 20 samplings, low fractions", Relations.mod(3, 30), LOW_FRACTIONS, 20, BoundSettings.defaults());
        print("gt n=30, 3 samplings, low fractions", Relations.gt(30), LOW_FRACTIONS, 3, BoundSettings.defaults());
        print("K_{15,15} n=30, 20 samplings, low fractions", Relations.bipartite(15, 30), LOW_FRACTIONS, 20,
                BoundSettings.defaults());
    }

    private static void print(String title, RelationClass rel, int samplings, BoundSettings settings) {
        print(title, rel, FRACTIONS, samplings, settings);
    }

    private static void print(String title, RelationClass rel, double[] fractions, int samplings,
            BoundSettings settings) {
        long start = System.nanoTime();
        List<CurvePoint> points = AccuracyBoundCurve.compute(rel, fractions, samplings, 20250101L,
                EnumSet.allOf(Method.class), settings, Runtime.getRuntime().availableProcessors());
        System.out.printf("%n## %s (%.1f s)%n", title, (System.nanoTime() - start) / 1e9);
        System.out.println("| fraction | m | Appendix D | exact Bayes | D − Bayes (paired) | Bayes feasible |");
        System.out.println("|---|---|---|---|---|---|");
        for (CurvePoint p : points) {
            System.out.printf("| %.2f | %d | %s | %s | %s | %d/%d |%n", p.fraction(), p.trainingSize(),
                    fmt(p.appendixD()), fmt(p.exactBayes()), fmt(p.appendixDMinusBayes()), p.bayesFeasible(), p.samplings());
        }
        assertThat(points).hasSize(fractions.length);
    }

    private static String fmt(Estimate e) {
        return e == null ? "—" : String.format("%.4f ± %.4f", e.mean(), e.standardError());
    }
}
