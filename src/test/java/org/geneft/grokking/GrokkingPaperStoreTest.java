package org.geneft.grokking;

import org.geneft.experiments.Shard;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The committed paper-budget stores of the grokking paper's toy runs on geneft's draws (seed 1, and seed 4 for a second
 * training split of the phase diagrams) read cleanly and hold only that budget's Fig. 3 runs and the phase-diagram
 * cells of the repository's protocol they were run with (toy/produce_figure_data.py: 10 x 10 and 10 x 11 grids, 10^4
 * steps; the paper budget now runs the published figure's grids for 10^5 steps, in grokking-paper-authors/).
 */
class GrokkingPaperStoreTest {
    static Path store(long seed) {
        return Path.of("reports/paper/grokking/grokking-paper-seed" + seed);
    }

    static Path report(long seed) {
        return Path.of(seed == 1 ? "reports/paper/grokking-verification/verdicts.json"
                : "reports/paper/grokking-verification-seed" + seed + "/verdicts.json");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 4})
    void everyCommittedRunBelongsToThePaperBudget(long seed) throws Exception {
        Path dir = store(seed);
        assumeTrue(Files.isDirectory(dir), "no grokking paper-budget store committed");
        GrokkingBudget paper = GrokkingBudget.parse("paper");
        Set<String> keys = new HashSet<>();
        for (ToyRun.Config c : fullBatchToyRuns(seed)) keys.add(ToyRunStore.key(c));
        for (ToyRun.Config c : repositoryDiagrams(seed)) keys.add(ToyRunStore.key(c));
        // 353 configurations, 343 runs: panel (a)'s column at the embeddings' rate 10^-3 is panel (b)'s row without
        // weight decay, the same runs (the store keeps each once).
        assertThat(keys).hasSize(11 * 3 + 10 * 10 + 2 * 10 * 11 - 10);
        Path copy = copyOfStore(dir);
        try (ToyRunStore store = ToyRunStore.open(copy, Shard.ALL)) {
            assertThat(store.notes()).isEmpty();
            assertThat(store.size()).isPositive().isLessThanOrEqualTo(keys.size());
            for (Path f : Files.list(copy).filter(p -> p.toString().endsWith(".jsonl")).toList())
                for (String line : Files.readAllLines(f))
                    assertThat(keys).contains(ToyRunStore.key(ToyRunStore.parse(line).config()));
        }
    }

    /**
     * The paper-budget store on the authors' own draws (grokking-paper-authors/, committed shard by shard as the sweep
     * finishes them) reads cleanly and holds only that budget's runs: Fig. 3's, the published Fig. 6 grids' and
     * Appendix G's, and the permutation group's (Fig. 6(d), Fig. 18), each on the authors' draw.
     */
    @org.junit.jupiter.api.Test
    void theAuthorsDrawStoreHoldsOnlyThePaperBudgetsRuns() throws Exception {
        Path dir = Path.of("reports/paper/grokking/grokking-paper-authors");
        assumeTrue(Files.isDirectory(dir), "no store of the authors' draws committed");
        GrokkingBudget paper = GrokkingBudget.parse("paper");
        Set<String> keys = new HashSet<>();
        for (ToyRun.Config c : ToyChecks.configs(paper, 1, ToyRun.Draw.AUTHORS)) keys.add(ToyRunStore.key(c));
        for (ToyRun.Config c : PhaseChecks.configs(paper, 1, ToyRun.Draw.AUTHORS)) keys.add(ToyRunStore.key(c));
        for (ToyRun.Config c : AppendixGChecks.configs(paper, 1, ToyRun.Draw.AUTHORS)) keys.add(ToyRunStore.key(c));
        for (ToyRun.Config c : PermutationChecks.configs(paper, 1, ToyRun.Draw.AUTHORS)) keys.add(ToyRunStore.key(c));
        for (ToyRun.Config c : PermutationFractionChecks.configs(paper, 1, ToyRun.Draw.AUTHORS)) keys.add(ToyRunStore.key(c));
        // Fig. 3's 33, the published grids' 13 x 13 + 2 x 16 x 11 and Appendix G's 3 x 16 x 11, less the runs two
        // diagrams share: (a)'s column at the embeddings' 10^-3 meets (b)'s row without decay at the 4 decoder rates
        // both grids hold (10^-5, -4, -3, -2), and Appendix G's batch 45, scale 1 and decay 0 rows are one run each;
        // then S3's Fig. 6(d), 16 x 11, and Fig. 18, 9 sizes x 11 seeds.
        assertThat(keys).hasSize(33 + 169 + 2 * 176 - 4 + 3 * 176 - 2 * 16 + 176 + 99);
        Path copy = copyOfStore(dir);
        try (ToyRunStore store = ToyRunStore.open(copy, Shard.ALL)) {
            assertThat(store.notes()).isEmpty();
            for (Path f : Files.list(copy).filter(p -> p.getFileName().toString().startsWith(ToyRunStore.PREFIX)).toList())
                for (String line : Files.readAllLines(f)) {
                    ToyRun.Config c = ToyRunStore.parse(line).config();
                    assertThat(keys).contains(ToyRunStore.key(c));
                    assertThat(c.draw()).isNotEqualTo(ToyRun.Draw.GENEFT);
                }
        }
    }

    /**
     * The transformer's paper-budget runs on the authors' folder (Sec. 4.2 at the reduced scale) read cleanly, belong
     * to the budget (in any of the folder's transformer-runs*.jsonl, shards included), one result a run.
     */
    @org.junit.jupiter.api.Test
    void theTransformerStoreHoldsThePaperBudgetsRuns() throws Exception {
        Path folder = Path.of("reports/paper/grokking/grokking-paper-authors");
        java.util.List<Path> files;
        try (var list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().startsWith(TransformerStore.PREFIX)).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "no transformer runs committed");
        GrokkingBudget paper = GrokkingBudget.parse("paper");
        Set<String> keys = new HashSet<>();
        for (TransformerRun.Config c : TransformerChecks.configs(paper, 1)) keys.add(c.key());
        // The authors' 3 seeds x (unregularized, 7 decays, 3 dropout rates), and Fig. 7 (right)'s 5 x 4 grid.
        assertThat(keys).hasSize(33 + 20);
        java.util.List<TransformerRun.Result> runs = new java.util.ArrayList<>();
        java.util.Map<String, TransformerRun.Result> byKey = new java.util.LinkedHashMap<>();
        for (Path file : files)
            for (String line : Files.readAllLines(file)) {
                TransformerRun.Result r = TransformerStore.parse(line);
                assertThat(keys).as(file.toString()).contains(r.config().key());
                TransformerRun.Result before = byKey.putIfAbsent(r.config().key(), r);
                assertThat(before == null || before.equals(r)).as("one result per run").isTrue();
            }
        runs.addAll(byKey.values());
        // The scans' 33 runs decide seven claims; the grid's cells, stored after them, the other two.
        if (runs.stream().filter(r -> r.config().decoderLr() == TransformerChecks.LR).count() < 33) return;
        // The nine verdicts, as reports/paper/README.md states them: the scans' seven once their 33 runs are in, the
        // grid's two once its 24 cells are (the store is complete for both, so a change here is a change of the model,
        // the trainer or a claim's reading, to be explained there). The grid has no comprehension cell: four phases
        // not found, and no comprehension cell to measure "closer" against.
        java.util.Map<String, String> scans = java.util.Map.of(
                "grok-transformer-grokking", "not reproduced at this budget",
                "grok-transformer-decay", "reproduced at this budget",
                "grok-transformer-dropout", "not reproduced at this budget",
                "grok-transformer-circle", "not reproduced at this budget",
                "grok-transformer-no-early-structure", "reproduced at this budget",
                "grok-transformer-lottery-ticket", "not reproduced at this budget",
                "grok-transformer-entropy", "not reproduced at this budget");
        java.util.Map<String, String> grid = java.util.Map.of(
                "grok-transformer-phases", "not reproduced at this budget",
                "grok-transformer-grokking-near-memorization", "undecided by the data");
        long gridCells = runs.stream().filter(r -> TransformerPhases.cell(r.config(), 1) != null).count();
        for (var c : new TransformerChecks(paper, 1, 1, null).check(runs).claims())
            if (scans.containsKey(c.id()))
                assertThat(c.verdict().words()).as(c.id()).isEqualTo(scans.get(c.id()));
            else
                assertThat(c.verdict().words()).as(c.id())
                        .isEqualTo(gridCells < 24 ? "not checked at this budget" : grid.get(c.id()));
        if (gridCells == 24) assertThat(runs.stream().filter(TransformerRun.Result::diverged).map(r -> r.config().decoderLr()
                + "/" + r.config().decay())).containsExactly(0.1 + "/" + Math.exp(3));
    }

    /** The committed paper-budget report's toy-model verdicts follow from the committed store (nothing is trained). */
    @ParameterizedTest
    @ValueSource(longs = {1, 4})
    void theCommittedReportsToyVerdictsFollowFromTheStore(long seed) throws Exception {
        Path report = report(seed), dir = store(seed);
        assumeTrue(Files.isDirectory(dir) && Files.exists(report), "no grokking paper-budget report committed");
        Path copy = copyOfStore(dir);
        java.util.Map<String, String> committed = new java.util.HashMap<>();
        for (var c : new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile()).get("claims"))
            committed.put(c.get("id").asText(), c.get("verdict").asText());
        GrokkingBudget paper = GrokkingBudget.parse("paper");
        java.util.List<org.geneft.claims.Claim> claims = new java.util.ArrayList<>();
        try (ToyRunStore store = ToyRunStore.open(copy, Shard.ALL)) {
            java.util.List<ToyRun.Result> runs = new java.util.ArrayList<>();
            for (ToyRun.Config c : fullBatchToyRuns(seed)) {
                assertThat(store.get(c)).as("stored: %s", ToyRunStore.key(c)).isNotNull();
                runs.add(store.get(c));
            }
            claims.addAll(new ToyChecks(paper, seed, 2, store).check(runs).claims());
        }
        assertThat(claims).extracting(org.geneft.claims.Claim::id).containsExactlyInAnyOrder("grok-fig3-predicted-accuracy",
                "grok-appendix-e-ideal-bounds", "grok-fig4b-rqi-transition", "grok-fig5b-grokking-steps");
        for (var c : claims) assertThat(c.verdict().words()).as(c.id()).isEqualTo(committed.get(c.id()));
    }

    /**
     * The paper-budget report on the authors' draws (grokking-verification-authors/, rendered once the authors' store
     * is complete): its toy-model verdicts (Figs. 3-6, Appendix G, S3) and its nine transformer verdicts follow from
     * the committed store, read without training.
     */
    @org.junit.jupiter.api.Test
    void theAuthorsReportsVerdictsFollowFromTheStore() throws Exception {
        Path report = Path.of("reports/paper/grokking-verification-authors/verdicts.json"),
                dir = Path.of("reports/paper/grokking/grokking-paper-authors");
        assumeTrue(Files.exists(report), "no report on the authors' draws committed");
        java.util.Map<String, String> committed = new java.util.HashMap<>();
        for (var c : new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile()).get("claims"))
            committed.put(c.get("id").asText(), c.get("verdict").asText());
        GrokkingBudget paper = GrokkingBudget.parse("paper");
        java.util.List<org.geneft.claims.Claim> claims = new java.util.ArrayList<>();
        Path copy = copyOfStore(dir);
        try (ToyRunStore store = ToyRunStore.open(copy, Shard.ALL)) {
            java.util.List<ToyRun.Result> runs = new java.util.ArrayList<>();
            for (ToyRun.Config c : ToyChecks.configs(paper, 1, ToyRun.Draw.AUTHORS)) {
                assertThat(store.get(c)).as("stored: %s", ToyRunStore.key(c)).isNotNull();
                runs.add(store.get(c));
            }
            claims.addAll(new ToyChecks(paper, 1, ToyRun.Draw.AUTHORS, 2, store).check(runs).claims());
            // The phase diagrams (Fig. 6, Appendix G, S3's Fig. 6(d) and Fig. 18): every cell stored, so run() trains
            // nothing and only reads.
            java.util.List<ToyRun.Config> cells = new java.util.ArrayList<>();
            cells.addAll(PhaseChecks.configs(paper, 1, ToyRun.Draw.AUTHORS));
            cells.addAll(AppendixGChecks.configs(paper, 1, ToyRun.Draw.AUTHORS));
            cells.addAll(PermutationChecks.configs(paper, 1, ToyRun.Draw.AUTHORS));
            cells.addAll(PermutationFractionChecks.configs(paper, 1, ToyRun.Draw.AUTHORS));
            for (ToyRun.Config c : cells) assertThat(store.get(c)).as("stored: %s", ToyRunStore.key(c)).isNotNull();
            claims.addAll(new PhaseChecks(paper, 1, ToyRun.Draw.AUTHORS, 2, store).run().claims());
            claims.addAll(new AppendixGChecks(paper, 1, ToyRun.Draw.AUTHORS, 2, store).run().claims());
            claims.addAll(new PermutationChecks(paper, 1, ToyRun.Draw.AUTHORS, 2, store).run().claims());
            claims.addAll(new PermutationFractionChecks(paper, 1, ToyRun.Draw.AUTHORS, 2, store).run().claims());
        }
        try (TransformerStore store = TransformerStore.open(copy)) {
            java.util.List<TransformerRun.Result> runs = new java.util.ArrayList<>();
            for (TransformerRun.Config c : TransformerChecks.configs(paper, 1)) runs.add(store.get(c).orElseThrow());
            claims.addAll(new TransformerChecks(paper, 1, 1, null).check(runs).claims());
        }
        // Figs. 3-5 (4), Fig. 6 (5), Appendix G (3), S3 (3 + 3), the transformer (9): every empirical claim.
        assertThat(claims).hasSize(4 + 5 + 3 + 6 + 9);
        for (var c : claims) assertThat(c.verdict().words()).as(c.id()).isEqualTo(committed.get(c.id()));
    }

    /**
     * Fig. 3's runs as these stores hold them: full batch at every size (the paper budget now takes train_add's
     * minibatches of 45 at 50 and 54 pairs).
     */
    static java.util.List<ToyRun.Config> fullBatchToyRuns(long seed) {
        return ToyChecks.configs(GrokkingBudget.parse("paper"), seed).stream().map(c -> c.withBatch(c.trainPairs())).toList();
    }

    /** The phase-diagram cells of toy/produce_figure_data.py's grids on the split from {@code seed}, 10^4 steps. */
    static java.util.List<ToyRun.Config> repositoryDiagrams(long seed) {
        long split = PhaseChecks.splitSeed(seed);
        java.util.List<Double> rates = PhaseChecks.rates(10), decays = PhaseChecks.decays(11);
        java.util.List<ToyRun.Config> out = new java.util.ArrayList<>(PhaseDiagram.configs(PhaseDiagram.Kind.RATES, rates,
                rates, split, PhaseDiagram.STEPS));
        out.addAll(PhaseDiagram.configs(PhaseDiagram.Kind.DECAY_MSE, rates, decays, split, PhaseDiagram.STEPS));
        out.addAll(PhaseDiagram.configs(PhaseDiagram.Kind.DECAY_CE, rates, decays, split, PhaseDiagram.STEPS));
        return out;
    }

    /** The committed store's files in a temporary folder: opening takes a lock and may mend a torn line. */
    private static Path copyOfStore(Path store) throws java.io.IOException {
        Path copy = Files.createTempDirectory("grok-store");
        try (var files = Files.list(store)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).toList())
                Files.copy(f, copy.resolve(f.getFileName()));
        }
        return copy;
    }
}
