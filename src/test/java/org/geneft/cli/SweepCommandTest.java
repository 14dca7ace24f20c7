package org.geneft.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SweepCommandTest {

    @Test
    void smokeSweepWritesTheStoreTheSummaryAndOneCsvPerTable(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("fig7");
        CliRun r = CliRun.of("sweep", "fig7", "--budget", "smoke", "--out", out.toString(), "--threads", "2");
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("fig7-goldilocks").contains("not checked at this budget");
        assertThat(Files.readAllLines(out.resolve("runs.jsonl"))).hasSize(3);
        assertThat(Files.readAllLines(out.resolve("fig7.csv")).get(0))
                .startsWith("depth,seeds,test_acc_mean,test_acc_stderr,generalization,grokking,memorization,confusion");
        var summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("runs_done").asInt()).isEqualTo(3);
        assertThat(summary.get("claims").get(0).get("id").asText()).isEqualTo("fig7-goldilocks");
        // Not a terminal here: plain progress lines on stderr.
        assertThat(r.err()).contains("geneft sweep:").contains("3 runs");

        CliRun again = CliRun.of("sweep", "fig7", "--budget", "smoke", "--out", out.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("--resume");
        CliRun resumed = CliRun.of("sweep", "fig7", "--budget", "smoke", "--out", out.toString(), "--resume");
        assertThat(resumed.exit()).isEqualTo(0);
        assertThat(resumed.err()).contains("3 already stored, 0 to run");
    }

    @Test
    void shardsThenMergeGiveTheSummary(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("fig8");
        for (String shard : new String[] {"1/2", "2/2"}) {
            CliRun r = CliRun.of("sweep", "fig8", "--budget", "smoke", "--out", out.toString(), "--shard", shard);
            assertThat(r.exit()).as(r.err()).isEqualTo(0);
            assertThat(r.out()).contains("geneft sweep merge");
        }
        assertThat(out.resolve("runs.shard-1-of-2.jsonl")).exists();
        assertThat(out.resolve("summary.json")).doesNotExist();
        CliRun m = CliRun.of("sweep", "merge", out.toString());
        assertThat(m.exit()).as(m.err()).isEqualTo(0);
        assertThat(m.out()).contains("4 of 4 runs stored");
        assertThat(out.resolve("fig8-boundary.csv")).exists();
    }

    @Test
    void badInputExitsTwoWithAMessageAndWritesNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("x");
        CliRun unknown = CliRun.of("sweep", "fig4", "--budget", "smoke", "--out", out.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown figure 'fig4'").contains("fig3, fig3-legend, fig5, fig6, fig7, fig8");
        for (String shard : new String[] {"0/4", "5/4", "two/4"}) {
            CliRun r = CliRun.of("sweep", "fig5", "--budget", "smoke", "--out", out.toString(), "--shard", shard);
            assertThat(r.exit()).as(shard).isEqualTo(2);
            assertThat(r.err()).contains("--shard");
        }
        CliRun budget = CliRun.of("sweep", "fig5", "--budget", "huge", "--out", out.toString());
        assertThat(budget.exit()).isEqualTo(2);
        assertThat(budget.err()).contains("--budget");
        assertThat(out).doesNotExist();

        Path store = dir.resolve("s");
        assertThat(CliRun.of("sweep", "fig7", "--budget", "smoke", "--out", store.toString()).exit()).isEqualTo(0);
        String before = Files.readString(store.resolve("runs.jsonl"));
        CliRun other = CliRun.of("sweep", "fig7", "--budget", "quick", "--out", store.toString(), "--resume");
        assertThat(other.exit()).isEqualTo(2);
        assertThat(other.err()).contains("runs.jsonl").contains("fig7/smoke seed 1").contains("fig7/quick seed 1");
        assertThat(Files.readString(store.resolve("runs.jsonl"))).isEqualTo(before);
        CliRun merge = CliRun.of("sweep", "merge", dir.resolve("nothing-here").toString());
        assertThat(merge.exit()).isEqualTo(2);
        assertThat(merge.err()).contains("nothing-here");
    }
}
