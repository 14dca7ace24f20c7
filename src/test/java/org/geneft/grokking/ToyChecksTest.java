package org.geneft.grokking;

import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;
import org.geneft.training.SumDecoderModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The verdict rules of the toy model's claims, on synthetic runs with known gaps. */
class ToyChecksTest {

    private static List<ToyRun.Result> runs(double gap, double accuracyOverIdeal, int n) {
        List<ToyRun.Result> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ToyRun.Config c = ToyRun.Config.authors(30, SumDecoderModel.Loss.MSE, 5000, ToyRun.Stop.NEVER, i);
            double acc = 0.6 + 0.01 * i;
            out.add(new ToyRun.Result(c, 5000, 100, -1, -1, 1, 0.3, acc, 0.2, acc - gap, acc - accuracyOverIdeal, 1.0,
                    new double[10]));
        }
        return out;
    }

    private static Verdict verdict(String budget, List<ToyRun.Result> runs, String id) {
        return new ToyChecks(GrokkingBudget.parse(budget), 1, 1).check(runs).claims().stream()
                .filter(c -> c.id().equals(id)).map(Claim::verdict).findFirst().orElseThrow();
    }

    @Test
    void aSmallGapIsReproducedAtQuickBudgetAndConfirmedAtTheAuthorsProtocol() {
        assertThat(verdict("quick", runs(0.01, -0.1, 20), "grok-fig3-predicted-accuracy")).isEqualTo(Verdict.REPRODUCED);
        assertThat(verdict("paper", runs(0.01, -0.1, 20), "grok-fig3-predicted-accuracy")).isEqualTo(Verdict.CONFIRMED);
        assertThat(verdict("paper", runs(0.2, -0.1, 20), "grok-fig3-predicted-accuracy")).isEqualTo(Verdict.REFUTED);
        assertThat(verdict("quick", runs(0.2, -0.1, 20), "grok-fig3-predicted-accuracy")).isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(verdict("smoke", runs(0.01, -0.1, 20), "grok-fig3-predicted-accuracy")).isEqualTo(Verdict.NOT_CHECKED);
    }

    @Test
    void accuracyAboveTheIdealBeyondChanceInManyRunsBreaksTheAlexanderPrinciple() {
        // Ideal RQI 1 leaves no parallelogram to chance; the accuracy exceeds the ideal by 0.2 (11 pairs) with ideal 0.4
        // to 0.59: at most 33 open pairs, about 1.7 lucky guesses expected, far fewer than 11.
        assertThat(verdict("paper", runs(0.0, 0.2, 20), "grok-appendix-e-ideal-bounds")).isEqualTo(Verdict.REFUTED);
        assertThat(verdict("paper", runs(0.0, -0.05, 20), "grok-appendix-e-ideal-bounds")).isEqualTo(Verdict.CONFIRMED);
        // Within chance: one lucky pair (1/55) over the ideal is luck, not a violation.
        assertThat(verdict("paper", runs(0.0, 1 / 55.0, 20), "grok-appendix-e-ideal-bounds")).isEqualTo(Verdict.CONFIRMED);
    }
}
