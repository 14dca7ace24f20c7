package org.geneft.grokking;

import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Fig. 6(d)'s verdict rules on given cells, and the published panel shipped beside it. */
class PermutationChecksTest {
    private static Map<String, Claim> claims(String budget, List<PhaseDiagram.Cell> cells) {
        Map<String, Claim> out = new LinkedHashMap<>();
        for (Claim c : new PermutationChecks(GrokkingBudget.parse(budget), 1, ToyRun.Draw.AUTHORS, 1, null).check(cells).claims())
            out.put(c.id(), c);
        return out;
    }

    @Test
    void thePublishedPanelReadsAsTheAuthorsFileHoldsIt() {
        List<PhaseDiagram.Cell> p = PermutationChecks.published();
        assertThat(p).hasSize(16 * 11);
        Map<PhaseDiagram.Phase, Integer> n = new EnumMap<>(PhaseDiagram.Phase.class);
        for (PhaseDiagram.Cell c : p) n.merge(c.phase(), 1, Integer::sum);
        // Counted from data_perm_r.h5 with h5py and numpy, independently of this parser.
        assertThat(n).containsEntry(PhaseDiagram.Phase.COMPREHENSION, 73).containsEntry(PhaseDiagram.Phase.GROKKING, 31)
                .containsEntry(PhaseDiagram.Phase.MEMORIZATION, 62).containsEntry(PhaseDiagram.Phase.CONFUSION, 10);
    }

    @Test
    void thePublishedPanelItselfConfirmsBothClaimsAndMatchesItselfCellByCell() {
        // Our grid's rates (Math.pow) against the file's (numpy's 10**linspace): each of the 176 cells must be found.
        List<PhaseDiagram.Cell> published = PermutationChecks.published(), cells = new ArrayList<>();
        List<List<Double>> axes = PermutationChecks.axes(GrokkingBudget.parse("paper"));
        for (double y : axes.get(1))
            for (double x : axes.get(0)) {
                PhaseDiagram.Cell p = published.stream().filter(c -> Math.abs(c.x() - x) <= 1e-9 * x && c.y() == y)
                        .findFirst().orElseThrow();
                cells.add(new PhaseDiagram.Cell(x, y, p.trainStep(), p.testStep(), p.phase()));
            }
        Map<String, Claim> c = claims("paper", cells);
        assertThat(c.get("grok-s3-phases").verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(c.get("grok-s3-phases").evidence()).contains("the same phase in 176 of 176 cells");
        assertThat(c.get("grok-s3-corners").verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(c.get("grok-s3-grokking-sandwiched").verdict()).isEqualTo(Verdict.CONFIRMED);
    }

    @Test
    void aMissingPhaseOrAWrongCornerIsNotReproducedNeverRefuted() {
        List<PhaseDiagram.Cell> cells = new ArrayList<>();
        List<List<Double>> axes = PermutationChecks.axes(GrokkingBudget.parse("quick"));
        // Every cell comprehends: three phases missing, both corners wrong.
        for (double y : axes.get(1)) for (double x : axes.get(0)) cells.add(new PhaseDiagram.Cell(x, y, 10, 20, PhaseDiagram.Phase.COMPREHENSION));
        Map<String, Claim> c = claims("quick", cells);
        assertThat(c.get("grok-s3-phases").verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(c.get("grok-s3-corners").verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(c.get("grok-s3-grokking-sandwiched").verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
        // Four phases, the corners right: reproduced at the quick budget (confirmed needs the published protocol).
        cells.set(cells.size() - 1, new PhaseDiagram.Cell(axes.get(0).get(2), axes.get(1).get(2), -1, -1, PhaseDiagram.Phase.CONFUSION));
        cells.set(2, new PhaseDiagram.Cell(axes.get(0).get(2), axes.get(1).get(0), 10, -1, PhaseDiagram.Phase.MEMORIZATION));
        cells.set(4, new PhaseDiagram.Cell(axes.get(0).get(1), axes.get(1).get(1), 10, 5_000, PhaseDiagram.Phase.GROKKING));
        c = claims("quick", cells);
        assertThat(c.get("grok-s3-phases").verdict()).isEqualTo(Verdict.REPRODUCED);
        assertThat(c.get("grok-s3-corners").verdict()).isEqualTo(Verdict.REPRODUCED);
    }

    @Test
    void theQuickGridTakesThePublishedDecaysEndsAndMiddle() {
        assertThat(PermutationChecks.axes(GrokkingBudget.parse("quick")).get(1)).containsExactly(0.0, 10.0, 200.0);
        assertThat(PermutationChecks.axes(GrokkingBudget.parse("smoke"))).isEmpty();
        assertThat(PermutationChecks.configs(GrokkingBudget.parse("paper"), 1, ToyRun.Draw.AUTHORS)).hasSize(176)
                .allMatch(c -> c.task() == ToyTask.PERMUTATION && c.steps() == 100_000 && c.seed() == 0);
    }
}
