package org.geneft.grokking;

import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Appendix G's three diagrams: their grids and draws, and the verdicts each pattern of phases gives. */
class AppendixGChecksTest {
    private static final PhaseDiagram.Phase C = PhaseDiagram.Phase.COMPREHENSION, G = PhaseDiagram.Phase.GROKKING,
            M = PhaseDiagram.Phase.MEMORIZATION, X = PhaseDiagram.Phase.CONFUSION;

    private static List<PhaseDiagram.Cell> grid(List<Double> xs, List<Double> ys, BiFunction<Double, Double, PhaseDiagram.Phase> f) {
        List<PhaseDiagram.Cell> out = new ArrayList<>();
        for (double y : ys) for (double x : xs) out.add(new PhaseDiagram.Cell(x, y, 1, 1, f.apply(x, y)));
        return out;
    }

    private static Map<String, Verdict> verdicts(String budget, BiFunction<Double, Double, PhaseDiagram.Phase> batch,
            BiFunction<Double, Double, PhaseDiagram.Phase> scale, BiFunction<Double, Double, PhaseDiagram.Phase> decay) {
        GrokkingBudget b = GrokkingBudget.parse(budget);
        Map<PhaseDiagram.Kind, List<List<Double>>> axes = AppendixGChecks.axes(b);
        Map<PhaseDiagram.Kind, List<PhaseDiagram.Cell>> d = new EnumMap<>(PhaseDiagram.Kind.class);
        d.put(PhaseDiagram.Kind.BATCH, grid(axes.get(PhaseDiagram.Kind.BATCH).get(0), axes.get(PhaseDiagram.Kind.BATCH).get(1), batch));
        d.put(PhaseDiagram.Kind.INIT_SCALE, grid(axes.get(PhaseDiagram.Kind.INIT_SCALE).get(0), axes.get(PhaseDiagram.Kind.INIT_SCALE).get(1), scale));
        d.put(PhaseDiagram.Kind.EMBEDDING_DECAY, grid(axes.get(PhaseDiagram.Kind.EMBEDDING_DECAY).get(0),
                axes.get(PhaseDiagram.Kind.EMBEDDING_DECAY).get(1), decay));
        Map<String, Verdict> out = new HashMap<>();
        for (Claim c : new AppendixGChecks(b, 1, ToyRun.Draw.AUTHORS, 1, null).check(d).claims()) out.put(c.id(), c.verdict());
        return out;
    }

    @Test
    void thePatternsTheAppendixDescribesAreConfirmedAndTheirOppositesNotReproduced() {
        // Fig. 13 as described: slow decoders grok at small batches and comprehend at large ones; fast ones memorize.
        BiFunction<Double, Double, PhaseDiagram.Phase> batch = (x, y) -> x > 1e-3 ? M : y < 25 ? G : C;
        // Fig. 14: small scales generalize, large ones memorize. Fig. 15: the decay changes nothing.
        BiFunction<Double, Double, PhaseDiagram.Phase> scale = (x, y) -> y < 0.3 ? C : M;
        BiFunction<Double, Double, PhaseDiagram.Phase> decay = (x, y) -> x > 1e-3 ? M : C;
        Map<String, Verdict> paper = verdicts("paper", batch, scale, decay);
        assertThat(paper).containsEntry("grok-appendix-g-batch", Verdict.CONFIRMED)
                .containsEntry("grok-appendix-g-init-scale", Verdict.CONFIRMED)
                .containsEntry("grok-appendix-g-embedding-decay", Verdict.CONFIRMED);
        assertThat(verdicts("quick", batch, scale, decay)).containsEntry("grok-appendix-g-batch", Verdict.REPRODUCED);
        // The opposites: grokking at large batches, large scales generalizing, the decay deciding everything.
        Map<String, Verdict> against = verdicts("paper", (x, y) -> x > 1e-3 ? M : y > 25 ? G : C,
                (x, y) -> y > 0.3 ? C : M, (x, y) -> y > 4 ? X : C);
        assertThat(against).containsEntry("grok-appendix-g-batch", Verdict.NOT_REPRODUCED)
                .containsEntry("grok-appendix-g-init-scale", Verdict.NOT_REPRODUCED)
                .containsEntry("grok-appendix-g-embedding-decay", Verdict.NOT_REPRODUCED);
        // Nothing generalizes anywhere: the diagrams do not tell about batches or scales; the decay indeed changes nothing.
        Map<String, Verdict> flat = verdicts("paper", (x, y) -> M, (x, y) -> M, (x, y) -> M);
        assertThat(flat).containsEntry("grok-appendix-g-batch", Verdict.UNDECIDED)
                .containsEntry("grok-appendix-g-init-scale", Verdict.UNDECIDED);
    }

    @Test
    void thePaperBudgetRunsSixteenRatesByElevenValuesOnTrainAddsDraw() {
        GrokkingBudget paper = GrokkingBudget.parse("paper");
        var axes = AppendixGChecks.axes(paper);
        assertThat(axes.get(PhaseDiagram.Kind.BATCH).get(1)).containsExactly(5.0, 9.0, 13.0, 17.0, 21.0, 25.0, 29.0, 33.0, 37.0, 41.0, 45.0);
        assertThat(axes.get(PhaseDiagram.Kind.INIT_SCALE).get(1)).hasSize(11).startsWith(Math.pow(10, -1.5)).contains(1.0).endsWith(10.0);
        assertThat(axes.get(PhaseDiagram.Kind.EMBEDDING_DECAY).get(1)).hasSize(11).startsWith(0.0).endsWith(10.0);
        List<ToyRun.Config> cells = AppendixGChecks.configs(paper, 1, ToyRun.Draw.AUTHORS);
        assertThat(cells).hasSize(3 * 16 * 11).allSatisfy(c -> {
            assertThat(c.draw()).isEqualTo(ToyRun.Draw.AUTHORS);
            assertThat(c.seed()).isEqualTo(58);
            assertThat(c.steps()).isEqualTo(100_000);
        });
        // each diagram varies its own setting: the batch, the embeddings' scale, the embeddings' weight decay
        assertThat(cells.stream().filter(c -> c.batch() < 45).count()).isEqualTo(16 * 10);
        assertThat(cells.stream().filter(c -> c.init().embeddingScale() != 1).count()).isEqualTo(16 * 10);
        assertThat(cells.stream().filter(c -> c.optimisers().wdEmbeddings() > 0).count()).isEqualTo(16 * 10);
        assertThat(AppendixGChecks.configs(GrokkingBudget.parse("smoke"), 1, ToyRun.Draw.AUTHORS)).isEmpty();
    }
}
