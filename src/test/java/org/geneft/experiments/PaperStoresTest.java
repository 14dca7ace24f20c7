package org.geneft.experiments;

import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;
import org.geneft.training.Precision;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed paper-budget stores (reports/paper/FIGURE) stay readable by this code: every line parses, belongs to
 * the figure's paper grid as this code builds it (a changed grid would orphan days of computing, and must be a
 * deliberate, visible change), no run has two results, and a complete figure is judged at the paper's protocol.
 */
class PaperStoresTest {
    private static final Path PAPER = Path.of("reports/paper");

    @Test
    void everyCommittedStoreBelongsToItsPaperGridAndCompleteFiguresAreJudged() {
        for (String figure : FigureSweeps.figures()) {
            Path dir = PAPER.resolve(figure);
            if (!Files.isDirectory(dir)) continue;
            // Refuses runs of another grid and runs with two results, naming the file.
            SweepSummary s = FigureSweeps.stored(figure, "paper", 1, Precision.FLOAT32, dir);
            assertThat(s.runsDone()).as(figure).isPositive().isLessThanOrEqualTo(s.runsPlanned());
            Grid grid = FigureSweeps.grid(figure, "paper", 1, Precision.FLOAT32);
            int k = SweepStatus.shardCountOf(dir);
            assertThat(SweepStatus.of(dir, grid, k).stored()).isEqualTo(s.runsDone());
            List<Claim> claims = s.claims();
            for (Claim c : claims) {
                assertThat(c.basis()).as(c.id()).startsWith("paper budget");
                // At the paper's protocol a verdict is never a budget's ("reproduced at this budget") nor left unchecked;
                // it may be undecided by the data or depend on the reading.
                if (s.runsDone() == s.runsPlanned())
                    assertThat(c.verdict()).as(c.id()).isNotIn(Verdict.REPRODUCED, Verdict.NOT_REPRODUCED, Verdict.NOT_CHECKED);
                else assertThat(c.verdict()).as(c.id()).isEqualTo(Verdict.NOT_CHECKED);
            }
        }
        assertThat(PAPER.resolve("fig7/runs.jsonl")).isNotEmptyFile();
    }
}
