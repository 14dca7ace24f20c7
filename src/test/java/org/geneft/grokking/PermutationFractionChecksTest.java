package org.geneft.grokking;

import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Fig. 18's verdict rules on given runs. */
class PermutationFractionChecksTest {
    private static final GrokkingBudget QUICK = GrokkingBudget.parse("quick");

    /** Quick-budget runs whose RQI step comes from {@code step} (-1: never), RQI m/36 and accuracies given. */
    private static List<ToyRun.Result> runs(ToLongFunction<Integer> step, double predictedOverReal) {
        List<ToyRun.Result> out = new ArrayList<>();
        for (ToyRun.Config c : PermutationFractionChecks.configs(QUICK, 1, ToyRun.Draw.AUTHORS)) {
            int m = c.trainPairs();
            double accuracy = Math.min(1, (m + 6) / 36.0);
            out.add(new ToyRun.Result(c, c.steps(), 100, 200, step.applyAsLong(m), 1, 0.5, accuracy, m / 36.0,
                    accuracy * predictedOverReal, Double.NaN, Double.NaN, new double[54], List.of()));
        }
        return out;
    }

    private static Map<String, Verdict> verdicts(GrokkingBudget b, List<ToyRun.Result> runs) {
        Map<String, Verdict> out = new LinkedHashMap<>();
        for (Claim c : new PermutationFractionChecks(b, 1, ToyRun.Draw.AUTHORS, 1, null).check(runs).claims())
            out.put(c.id(), c.verdict());
        return out;
    }

    @Test
    void aTransitionAndPredictionsBelowTheRealAccuracyAreReproduced() {
        // Sizes 8, 16, 24, 32: from 16 pairs on every size reaches RQI > 0.95, at 8 none does.
        Map<String, Verdict> v = verdicts(QUICK, runs(m -> m >= 16 ? 5_000 / m : -1, 0.9));
        assertThat(v).containsEntry("grok-s3-rqi-transition", Verdict.REPRODUCED)
                .containsEntry("grok-s3-predicted-lower-bound", Verdict.REPRODUCED);
    }

    @Test
    void noTransitionOrAPredictionAboveTheRealAccuracyIsNotReproduced() {
        // Every size reaches it: no transition within the sizes; none reaches it: none either.
        assertThat(verdicts(QUICK, runs(m -> 100, 1.0))).containsEntry("grok-s3-rqi-transition", Verdict.NOT_REPRODUCED)
                .containsEntry("grok-s3-predicted-lower-bound", Verdict.REPRODUCED);
        assertThat(verdicts(QUICK, runs(m -> 100, 1.05))).containsEntry("grok-s3-predicted-lower-bound", Verdict.NOT_REPRODUCED);
        assertThat(verdicts(QUICK, runs(m -> -1, 0.9))).containsEntry("grok-s3-rqi-transition", Verdict.NOT_REPRODUCED);
    }

    /** The same runs, each run at accuracy 1 given these six 9-dimensional embeddings. */
    private static List<ToyRun.Result> withEmbeddings(double[][] six) {
        double[] flat = new double[54];
        for (int g = 0; g < 6; g++) System.arraycopy(six[g], 0, flat, 9 * g, 9);
        List<ToyRun.Result> out = new ArrayList<>();
        for (ToyRun.Result r : runs(m -> m >= 16 ? 100 : -1, 0.9))
            out.add(new ToyRun.Result(r.config(), r.stepsRun(), r.trainStep(), r.testStep(), r.rqiStep(), 1, 1, 1,
                    r.rqi(), r.predicted(), r.ideal(), r.idealRqi(), flat, r.training()));
        return out;
    }

    /** Six points at these angles (degrees) on the unit circle in the first two coordinates, a little else. */
    private static double[][] planar(double... degrees) {
        double[][] m = new double[6][9];
        java.util.Random random = new java.util.Random(5);
        for (int g = 0; g < 6; g++) {
            m[g][0] = Math.cos(Math.toRadians(degrees[g]));
            m[g][1] = Math.sin(Math.toRadians(degrees[g]));
            for (int c = 2; c < 9; c++) m[g][c] = 0.05 * random.nextGaussian();
        }
        return m;
    }

    @Test
    void fig17sHexagonNeedsAPlaneSetApart() {
        assertThat(verdicts(QUICK, withEmbeddings(planar(0, 60, 120, 180, 240, 300))))
                .containsEntry("grok-s3-hexagon", Verdict.REPRODUCED);
        // A plane set apart with two triangles on it: a picture that is not a hexagon.
        assertThat(verdicts(QUICK, withEmbeddings(planar(0, 5, 120, 125, 240, 245))))
                .containsEntry("grok-s3-hexagon", Verdict.NOT_REPRODUCED);
        // S3's own representation: four equal variances, no plane set apart, so the runs cannot tell.
        assertThat(verdicts(QUICK, withEmbeddings(S3Picture.permutationMatrices())))
                .containsEntry("grok-s3-hexagon", Verdict.UNDECIDED);
    }

    @Test
    void theSmokeBudgetRunsNothingAndSaysSo() {
        GrokkingBudget smoke = GrokkingBudget.parse("smoke");
        assertThat(PermutationFractionChecks.configs(smoke, 1, ToyRun.Draw.AUTHORS)).isEmpty();
        assertThat(verdicts(smoke, List.of()).values()).containsOnly(Verdict.NOT_CHECKED);
        // The paper budget: nine sizes up to 35 of 36 pairs, the paper's 11 seeds, the notebook's seeds from 0.
        List<ToyRun.Config> paper = PermutationFractionChecks.configs(GrokkingBudget.parse("paper"), 1, ToyRun.Draw.AUTHORS);
        assertThat(paper).hasSize(99).allMatch(c -> c.task() == ToyTask.PERMUTATION && c.seed() >= 0 && c.seed() <= 10);
    }
}
