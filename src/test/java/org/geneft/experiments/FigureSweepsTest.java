package org.geneft.experiments;

import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;
import org.geneft.training.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FigureSweepsTest {

    /** Counts the runs a sweep actually trains, and keeps its notes. */
    static final class Recorder implements SweepListener {
        int trained, planned, skipped;
        final List<String> notes = new ArrayList<>();

        @Override
        public void started(Grid grid, int planned, int done) {
            this.planned = planned;
            this.skipped = done;
        }

        @Override
        public void note(String message) {
            notes.add(message);
        }

        @Override
        public void runFinished(RunSpec spec, RunOutcome outcome, int finished, int toRun) {
            trained++;
        }
    }

    private static final Map<String, Map<String, List<String>>> CONTRACT = Map.of(
            "fig3", Map.of("fig3", List.of("relation", "decoder", "fraction", "seeds", "acc_mean", "acc_stderr"),
                    "fig3-bounds", List.of("relation", "fraction", "f_ub_eq5", "mc_bound", "mc_stderr", "transition")),
            "fig3-legend", Map.of("fig3-legend", List.of("relation", "mode", "mode_name", "hidden_layers", "fraction",
                            "seeds", "acc_mean", "acc_stderr", "mc_bound"),
                    "fig3-legend-gap", List.of("relation", "mode", "mode_name", "hidden_layers", "gap_mean", "gap_stderr"),
                    "fig3-legend-rise", List.of("relation", "mode", "mode_name", "hidden_layers", "half_level", "half_rise",
                            "half_rise_earliest", "half_rise_latest", "b_over_n2")),
            "fig5", Map.of("fig5-phases", List.of("relation", "eta_enc", "eta_dec", "seeds", "generalization", "grokking",
                            "memorization", "confusion", "phase", "p_gen"),
                    "fig5-fit", List.of("relation", "slope", "slope_stderr", "intercept", "intercept_stderr", "points",
                            "eq12_slope", "eq12_intercept")),
            "fig6", Map.of("fig6", List.of("init_scale", "ratio", "seeds", "generalized", "p_gen", "p_gen_stderr", "p_eq12")),
            "fig7", Map.of("fig7", List.of("depth", "seeds", "test_acc_mean", "test_acc_stderr", "generalization", "grokking",
                    "memorization", "confusion")),
            "fig8", Map.of("fig8-phases", List.of("wd_dec", "eta_dec", "seeds", "generalization", "grokking", "memorization",
                            "confusion", "phase", "p_gen"),
                    "fig8-boundary", List.of("wd_dec", "eta_dec_boundary")));

    private static final Map<String, List<String>> CLAIMS = Map.of(
            "fig3", List.of("fig3-bound", "fig3-inductive-bias", "fig3-delayed-rise"),
            "fig3-legend", List.of("fig3a-smallest-gap", "fig3b-smallest-gap", "eq4-pc-against-data"),
            "fig5", List.of("fig5-slope", "fig5-intercept", "fig5-rule-of-thumb"),
            "fig6", List.of("fig6-eq12-bound", "fig6-lower-limit"),
            "fig7", List.of("fig7-goldilocks"),
            "fig8", List.of("fig8-wd-independent"));

    @Test
    void smokeSummariesHaveEveryContractTableAndClaimAndJudgeNothing(@TempDir Path dir) {
        for (String figure : FigureSweeps.figures()) {
            SweepSummary s = FigureSweeps.run(figure, "smoke", 1, dir.resolve(figure), 2);
            assertThat(s.runsDone()).isEqualTo(s.runsPlanned()).isPositive();
            Map<String, List<String>> expected = CONTRACT.get(figure);
            assertThat(s.tables()).extracting(DataTable::name).containsExactlyInAnyOrderElementsOf(expected.keySet());
            for (DataTable t : s.tables()) {
                // The contract's columns first, in order; extra columns only after them.
                assertThat(t.columns().subList(0, expected.get(t.name()).size())).isEqualTo(expected.get(t.name()));
                assertThat(t.rows()).as(t.name()).isNotEmpty();
                for (List<Object> row : t.rows())
                    for (Object cell : row)
                        if (cell instanceof Double d) assertThat(d).as("%s: NaN or infinite cell", t.name()).isFinite();
            }
            assertThat(s.claims()).extracting(Claim::id).containsExactlyElementsOf(CLAIMS.get(figure));
            assertThat(s.claims()).allSatisfy(c -> {
                assertThat(c.verdict()).isEqualTo(Verdict.NOT_CHECKED);
                assertThat(c.evidence()).contains("not checked at this budget");
            });
        }
    }

    @Test
    void runAllKeepsOneStorePerFigureAndResumesThemAll(@TempDir Path dir) {
        List<SweepSummary> first = FigureSweeps.runAll("smoke", 1, dir, 2);
        assertThat(first).extracting(SweepSummary::figure).containsExactlyElementsOf(FigureSweeps.figures());
        for (String f : FigureSweeps.figures()) assertThat(dir.resolve(f).resolve("runs.jsonl")).exists();
        List<SweepSummary> again = FigureSweeps.runAll("smoke", 1, dir, 2);
        // Everything was stored: nothing runs, and the summaries are the same.
        assertThat(again).allSatisfy(s -> assertThat(s.wallSeconds()).isZero());
        for (int i = 0; i < first.size(); i++) assertThat(again.get(i).tables()).isEqualTo(first.get(i).tables());
    }

    @Test
    void resumeSkipsStoredRunsAndToleratesATornLastLine(@TempDir Path dir) throws IOException {
        SweepSummary whole = FigureSweeps.run("fig6", "smoke", 1, dir.resolve("a"), 1);
        Path store = dir.resolve("b").resolve("runs.jsonl");
        Files.createDirectories(store.getParent());
        List<String> lines = Files.readAllLines(dir.resolve("a").resolve("runs.jsonl"));
        assertThat(lines).hasSize(6);
        // Two complete runs, then a third cut in the middle, as a kill during a write leaves it.
        Files.writeString(store, lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2).substring(0, 40),
                StandardCharsets.UTF_8);
        Recorder r = new Recorder();
        SweepSummary resumed = FigureSweeps.run("fig6", "smoke", 1, dir.resolve("b"), 2, Shard.ALL, r);
        assertThat(r.skipped).isEqualTo(2);
        assertThat(r.trained).isEqualTo(4);
        assertThat(r.notes).singleElement().asString().contains("runs.jsonl:3").contains("incomplete");
        assertThat(resumed.tables()).isEqualTo(whole.tables());
        assertThat(resumed.claims()).isEqualTo(whole.claims());
        // The torn fragment was cut off: every line of the store parses, one per run.
        List<String> after = Files.readAllLines(store);
        assertThat(after).hasSize(6).allSatisfy(l -> RunStore.parse(l));
        Recorder again = new Recorder();
        FigureSweeps.run("fig6", "smoke", 1, dir.resolve("b"), 2, Shard.ALL, again);
        assertThat(again.trained).isZero();
        assertThat(again.notes).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameSummaryWhateverTheThreadCount(@TempDir Path dir) {
        SweepSummary one = FigureSweeps.run("fig5", "smoke", 5, dir.resolve("one"), 1);
        SweepSummary three = FigureSweeps.run("fig5", "smoke", 5, dir.resolve("three"), 3);
        assertThat(three.tables()).isEqualTo(one.tables());
        assertThat(three.claims()).isEqualTo(one.claims());
        SweepSummary other = FigureSweeps.run("fig5", "smoke", 6, dir.resolve("other"), 2);
        // Another seed draws other training sets and initialisations: some accuracy or phase differs.
        assertThat(other.tables()).isNotEqualTo(one.tables());
    }

    @Test
    void mergedShardsGiveTheWholeGridsSummary(@TempDir Path dir) {
        SweepSummary whole = FigureSweeps.run("fig8", "smoke", 1, dir.resolve("whole"), 2);
        Path shards = dir.resolve("shards");
        SweepSummary first = FigureSweeps.run("fig8", "smoke", 1, shards, 1, new Shard(1, 3), SweepListener.NONE);
        assertThat(first.runsDone()).isLessThan(first.runsPlanned());
        assertThat(first.claims()).allSatisfy(c -> assertThat(c.evidence()).contains("not checked"));
        FigureSweeps.run("fig8", "smoke", 1, shards, 1, new Shard(2, 3), SweepListener.NONE);
        FigureSweeps.run("fig8", "smoke", 1, shards, 1, new Shard(3, 3), SweepListener.NONE);
        FigureSweeps.Merged merged = FigureSweeps.merge(List.of(shards, dir.resolve("whole")), dir.resolve("merged"),
                SweepListener.NONE);
        assertThat(merged.summary().runsDone()).isEqualTo(whole.runsPlanned());
        assertThat(merged.summary().tables()).isEqualTo(whole.tables());
        assertThat(merged.summary().claims()).isEqualTo(whole.claims());
        assertThat(dir.resolve("merged").resolve("runs.jsonl")).exists();
    }

    @Test
    void aStoreOfAnotherGridIsRefusedBeforeAnythingRuns(@TempDir Path dir) throws IOException {
        FigureSweeps.run("fig7", "smoke", 1, dir, 1);
        String before = Files.readString(dir.resolve("runs.jsonl"));
        assertThatThrownBy(() -> FigureSweeps.run("fig7", "smoke", 2, dir, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fig7/smoke seed 1")
                .hasMessageContaining("fig7/smoke seed 2");
        assertThatThrownBy(() -> FigureSweeps.run("fig7", "quick", 1, dir, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fig7/quick seed 1");
        assertThat(Files.readString(dir.resolve("runs.jsonl"))).isEqualTo(before);
        assertThatThrownBy(() -> FigureSweeps.run("fig4", "smoke", 1, dir, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown figure 'fig4'");
    }

    @Test
    void aMalformedLineBeforeTheLastIsAnErrorNamingTheLine(@TempDir Path dir) throws IOException {
        FigureSweeps.run("fig7", "smoke", 1, dir, 1);
        Path store = dir.resolve("runs.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(store));
        lines.set(1, "{not json");
        Files.write(store, lines);
        assertThatThrownBy(() -> FigureSweeps.run("fig7", "smoke", 1, dir, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs.jsonl:2");
    }

    @Test
    void aFloat32SweepIsAGridOfItsOwnThatMergesAndResumesAsItself(@TempDir Path dir) throws IOException {
        Grid f64 = FigureSweeps.grid("fig8", "smoke", 1, Precision.FLOAT64);
        Grid f32 = FigureSweeps.grid("fig8", "smoke", 1, Precision.FLOAT32);
        // Double keys are those of the stores written before the arithmetic was a choice.
        assertThat(f64.runs()).allSatisfy(r -> assertThat(r.key()).doesNotContain("precision"));
        assertThat(f32.fingerprint()).isNotEqualTo(f64.fingerprint());
        SweepSummary whole = FigureSweeps.run("fig8", "smoke", 1, Precision.FLOAT32, dir.resolve("whole"), 2, Shard.ALL,
                SweepListener.NONE);
        assertThat(Files.readAllLines(dir.resolve("whole/runs.jsonl")))
                .allSatisfy(l -> assertThat(RunStore.parse(l).precision()).isEqualTo(Precision.FLOAT32));
        Path shards = dir.resolve("shards");
        FigureSweeps.run("fig8", "smoke", 1, Precision.FLOAT32, shards, 1, new Shard(1, 2), SweepListener.NONE);
        FigureSweeps.run("fig8", "smoke", 1, Precision.FLOAT32, shards, 1, new Shard(2, 2), SweepListener.NONE);
        FigureSweeps.Merged merged = FigureSweeps.merge(List.of(shards), dir.resolve("merged"), SweepListener.NONE);
        assertThat(merged.grid().precision()).isEqualTo(Precision.FLOAT32);
        assertThat(merged.summary().tables()).isEqualTo(whole.tables());
        // A double sweep into the float32 store is another grid, refused.
        assertThatThrownBy(() -> FigureSweeps.run("fig8", "smoke", 1, Precision.FLOAT64, dir.resolve("whole"), 1,
                Shard.ALL, SweepListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fig8/smoke seed 1");
    }

    @Test
    void aStoredLineWithoutPrecisionIsADoubleRun(@TempDir Path dir) throws IOException {
        FigureSweeps.run("fig7", "smoke", 1, Precision.FLOAT64, dir, 1, Shard.ALL, SweepListener.NONE);
        String line = Files.readAllLines(dir.resolve("runs.jsonl")).get(0);
        assertThat(line).contains("\"precision\":\"float64\"");
        assertThat(RunStore.parse(line.replace("\"precision\":\"float64\",", "")).precision()).isEqualTo(Precision.FLOAT64);
    }

    @Test
    void aMergeRefusesWhatWouldLoseOrMixRunsAndWritesNothing(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a");
        FigureSweeps.run("fig8", "smoke", 1, a, 1, new Shard(1, 2), SweepListener.NONE);
        FigureSweeps.run("fig8", "smoke", 1, a, 1, new Shard(2, 2), SweepListener.NONE);
        Path shard1 = a.resolve("runs.shard-1-of-2.jsonl");
        String before = Files.readString(shard1);
        // The same file twice, and one shard in two folders.
        assertThatThrownBy(() -> FigureSweeps.merge(List.of(a, a), dir.resolve("m"), SweepListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given twice");
        Path b = Files.createDirectory(dir.resolve("b"));
        Files.copy(shard1, b.resolve(shard1.getFileName()));
        assertThatThrownBy(() -> FigureSweeps.merge(List.of(a, b), dir.resolve("m"), SweepListener.NONE))
                .hasMessageContaining("the same shard is in");
        // One key with two different results.
        List<String> lines = Files.readAllLines(shard1);
        Files.delete(b.resolve(shard1.getFileName()));
        Files.writeString(b.resolve("runs.jsonl"), lines.get(0).replaceFirst("\"full_acc\":[0-9.eE-]+", "\"full_acc\":0.5") + "\n");
        assertThatThrownBy(() -> FigureSweeps.merge(List.of(a, b), dir.resolve("m"), SweepListener.NONE))
                .hasMessageContaining("different results").hasMessageContaining(b.resolve("runs.jsonl").toString());
        // An unrelated store where the merge would write.
        Path other = Files.createDirectory(dir.resolve("other"));
        Files.writeString(other.resolve("runs.jsonl"), "mine\n");
        assertThatThrownBy(() -> FigureSweeps.merge(List.of(a), other, SweepListener.NONE))
                .hasMessageContaining("is not one of the stores merged");
        assertThat(other.resolve("runs.jsonl")).hasContent("mine");
        assertThat(dir.resolve("m")).doesNotExist();
        assertThat(shard1).hasContent(before.strip());
        // Merging into the shards' folder, then again (the merged store is an input beside its shards), is fine.
        FigureSweeps.Merged once = FigureSweeps.merge(List.of(a), a, SweepListener.NONE);
        FigureSweeps.Merged twice = FigureSweeps.merge(List.of(a), a, SweepListener.NONE);
        assertThat(twice.summary().tables()).isEqualTo(once.summary().tables());
        assertThat(Files.readAllLines(a.resolve("runs.jsonl"))).hasSize(once.summary().runsDone());
    }

    @Test
    void oneWriterPerStoreAndTheLockDiesWithItsHolder(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("runs.jsonl");
        try (StoreLock held = StoreLock.acquire(store)) {
            assertThatThrownBy(() -> FigureSweeps.run("fig7", "smoke", 1, dir, 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another sweep is writing");
            assertThat(store).doesNotExist();
            // Another shard of the same folder is another store, and runs.
            FigureSweeps.run("fig7", "smoke", 1, dir, 1, new Shard(1, 2), SweepListener.NONE);
        }
        SweepSummary s = FigureSweeps.run("fig7", "smoke", 1, dir, 1);
        assertThat(s.runsDone()).isEqualTo(s.runsPlanned());
    }

    @Test
    void storedSweepsAreSummarisedWithoutTraining(@TempDir Path dir) throws IOException {
        SweepSummary whole = FigureSweeps.run("fig8", "smoke", 1, dir.resolve("whole"), 2);
        Path shards = dir.resolve("shards");
        FigureSweeps.run("fig8", "smoke", 1, shards, 1, new Shard(1, 2), SweepListener.NONE);
        FigureSweeps.run("fig8", "smoke", 1, shards, 1, new Shard(2, 2), SweepListener.NONE);
        SweepSummary read = FigureSweeps.stored("fig8", "smoke", 1, FigureSweeps.DEFAULT_PRECISION, shards);
        assertThat(read.tables()).isEqualTo(whole.tables());
        assertThat(read.claims()).isEqualTo(whole.claims());
        SweepSummary none = FigureSweeps.stored("fig8", "smoke", 1, FigureSweeps.DEFAULT_PRECISION, dir.resolve("absent"));
        assertThat(none.runsDone()).isZero();
        assertThat(dir.resolve("absent")).doesNotExist();
        assertThatThrownBy(() -> FigureSweeps.stored("fig8", "smoke", 2, FigureSweeps.DEFAULT_PRECISION, shards))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs.shard-1-of-2.jsonl");
    }
}
