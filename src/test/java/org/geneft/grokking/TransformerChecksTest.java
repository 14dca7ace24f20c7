package org.geneft.grokking;

import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransformerChecksTest {
    private static final GrokkingBudget QUICK = GrokkingBudget.parse("quick");
    private static final EmbeddingPca.Circle NOISE = new EmbeddingPca.Circle(3, 0.3, 0.5, 0.1),
            RING = new EmbeddingPca.Circle(6, 0.99, 0.05, 0.5),
            TICKET = new EmbeddingPca.Circle(6, 0.7, 0.4, Double.NaN);

    /** Decays e^-0.5 and e^(2/3) and dropout 1/2 of the authors' grids. */
    private static final double LOW = TransformerChecks.authorsDecay(9), HIGH = TransformerChecks.authorsDecay(12),
            HALF = TransformerChecks.authorsDropout(9);

    private static TransformerRun.Result run(long seed, double decay, long train, long test, double s0, double sTest,
            double sEnd, EmbeddingPca.Circle memory, EmbeddingPca.Circle end) {
        return run(seed, decay, 0, train, test, s0, sTest, sEnd, memory, end);
    }

    /** A run whose entropy goes s0 -> sTest (at the held-out 90 % step) -> sEnd, accuracies stepping at the marks. */
    private static TransformerRun.Result run(long seed, double decay, double dropout, long train, long test, double s0,
            double sTest, double sEnd, EmbeddingPca.Circle memory, EmbeddingPca.Circle end) {
        TransformerRun.Config c = TransformerChecks.config(decay, dropout, 4000, seed);
        long last = test >= 0 ? 2 * test : 4000;
        List<TransformerRun.Point> pts = new ArrayList<>();
        for (long s = 0; s <= last; s += 50) {
            double tr = train >= 0 && s >= train ? 1 : 0.1, te = test >= 0 && s >= test ? 1 : 0.02;
            double ent = test >= 0 && s > test ? sEnd : s == 0 ? s0 : sTest;
            pts.add(new TransformerRun.Point(s, tr, te, ent));
        }
        return new TransformerRun.Result(c, train, test, last, pts.get(pts.size() - 1).train(),
                pts.get(pts.size() - 1).test(), NOISE, memory, end, pts, end == RING ? TICKET : NOISE);
    }

    private static Map<String, Verdict> verdicts(List<TransformerRun.Result> runs) {
        return new TransformerChecks(QUICK, 1, 1, null).check(runs).claims().stream()
                .collect(Collectors.toMap(Claim::id, Claim::verdict));
    }

    /** The paper's picture, seed by seed: grokking alone, one decay much earlier (the other not), dropout comprehends. */
    private static List<TransformerRun.Result> picture(long dropTrain, long dropTest, double rate) {
        List<TransformerRun.Result> runs = new ArrayList<>();
        for (long seed = 1; seed <= 2; seed++) {
            runs.add(run(seed, 0, 150, 2500, 3.0, 3.2, 2.0, NOISE, RING));
            runs.add(run(seed, LOW, 150, 1500, 3.0, 3.1, 2.0, NOISE, RING));
            runs.add(run(seed, HIGH, 150, 600, 3.0, 3.1, 2.0, NOISE, RING));
            runs.add(run(seed, 0, rate, dropTrain, dropTest, 3.0, 3.1, 2.0, NOISE, RING));
        }
        return runs;
    }

    @Test
    void thePapersPictureIsReproduced() {
        Map<String, Verdict> v = verdicts(picture(300, 700, HALF));
        assertThat(v.get("grok-transformer-grokking")).isEqualTo(Verdict.REPRODUCED);
        assertThat(v.get("grok-transformer-decay")).isEqualTo(Verdict.REPRODUCED);
        assertThat(v.get("grok-transformer-dropout")).isEqualTo(Verdict.REPRODUCED);
        assertThat(v.get("grok-transformer-circle")).isEqualTo(Verdict.REPRODUCED);
        assertThat(v.get("grok-transformer-no-early-structure")).isEqualTo(Verdict.REPRODUCED);
        assertThat(v.get("grok-transformer-entropy")).isEqualTo(Verdict.REPRODUCED);
        assertThat(v.get("grok-transformer-lottery-ticket")).isEqualTo(Verdict.REPRODUCED);
        assertThat(v.get("grok-transformer-phases")).isEqualTo(Verdict.NOT_CHECKED);
    }

    /** The scans' tables: every decayed run once against its decay; the rest against their dropout rate (0 or not). */
    @Test
    void scansPlaceEveryRunOnce() {
        List<TransformerRun.Result> runs = new ArrayList<>(picture(300, 700, HALF));
        runs.set(1, run(1, LOW, 150, -1, 3.0, 3.1, 2.0, NOISE, RING)); // one decay that never generalizes
        Map<String, org.geneft.experiments.DataTable> t = new TransformerChecks(QUICK, 1, 1, null).check(runs).tables()
                .stream().collect(Collectors.toMap(org.geneft.experiments.DataTable::name, x -> x));
        assertThat(t.get("grok-transformer-decay-scan").rows()).hasSize(3);
        assertThat(t.get("grok-transformer-decay-scan-never").rows()).containsExactly(List.of(LOW, 1L, 4000L));
        assertThat(t.get("grok-transformer-dropout-scan").rows()).hasSize(4)
                .contains(List.of(0.0, 2L, 2500L), List.of(HALF, 1L, 700L));
        assertThat(t.get("grok-transformer-dropout-scan-never").rows()).isEmpty();
    }

    /** The lottery ticket's twins: the initial embeddings on the end's axes at another frequency, or too faint. */
    @Test
    void lotteryTicketTwinsAreNotReproduced() {
        for (EmbeddingPca.Circle start : List.of(new EmbeddingPca.Circle(5, 0.7, 0.4, Double.NaN),
                new EmbeddingPca.Circle(6, 0.35, 0.5, Double.NaN))) {
            List<TransformerRun.Result> runs = new ArrayList<>();
            for (TransformerRun.Result r : picture(300, 700, HALF))
                runs.add(new TransformerRun.Result(r.config(), r.trainStep(), r.testStep(), r.lastStep(), r.finalTrain(),
                        r.finalTest(), r.atStart(), r.atMemory(), r.atEnd(), r.trajectory(), start));
            assertThat(verdicts(runs).get("grok-transformer-lottery-ticket")).as("%s", start)
                    .isEqualTo(Verdict.NOT_REPRODUCED);
        }
    }

    /** Dropout's three parts, each broken alone: still grokking, not much earlier, a rate not significant. */
    @Test
    void dropoutTwinsAreNotReproduced() {
        assertThat(verdicts(picture(150, 1200, HALF)).get("grok-transformer-dropout"))
                .as("a gap over 10^3 steps: grokking has not vanished").isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(verdicts(picture(1300, 1500, HALF)).get("grok-transformer-dropout"))
                .as("comprehension, but later than half the plain step").isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(verdicts(picture(300, 700, 0.1)).get("grok-transformer-dropout"))
                .as("a rate of 0.1 is not significant").isEqualTo(Verdict.NOT_REPRODUCED);
    }

    /** Each claim's broken twin: a reduced scale reports "not reproduced", never a refutation. */
    @Test
    void eachPartMissingIsNotReproducedNeverRefuted() {
        List<TransformerRun.Result> runs = List.of(
                // Without decay the training set is fit and the held-out set never is: memorization, not grokking.
                run(1, 0, 150, -1, 3.0, 3.2, 2.0, RING, NOISE), run(2, 0, 150, -1, 3.0, 3.2, 2.0, RING, NOISE),
                // With decay: generalizes, entropy only falls, the picture a ring already at memorization, and at
                // the end no ring.
                run(1, HIGH, 150, 900, 3.0, 2.7, 2.4, RING, NOISE), run(2, HIGH, 150, 1200, 3.0, 2.6, 2.5, RING, NOISE));
        Map<String, Verdict> v = verdicts(runs);
        assertThat(v.get("grok-transformer-grokking")).isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(v.get("grok-transformer-decay")).isEqualTo(Verdict.REPRODUCED); // never without decay
        assertThat(v.get("grok-transformer-circle")).isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(v.get("grok-transformer-no-early-structure")).isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(v.get("grok-transformer-entropy")).isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(v.values()).doesNotContain(Verdict.CONFIRMED, Verdict.REFUTED);
    }

    @Test
    void decayThatIsNotMuchEarlierIsNotReproduced() {
        List<TransformerRun.Result> runs = List.of(
                run(1, 0, 150, 1000, 3.0, 3.2, 2.0, NOISE, RING), run(1, LOW, 150, 800, 3.0, 3.1, 2.0, NOISE, RING),
                run(1, HIGH, 150, 700, 3.0, 3.1, 2.0, NOISE, RING));
        assertThat(verdicts(runs).get("grok-transformer-decay")).isEqualTo(Verdict.NOT_REPRODUCED);
    }

    @Test
    void smokeBudgetRunsNothingAndSaysSo() {
        List<Claim> claims = new TransformerChecks(GrokkingBudget.parse("smoke"), 1, 1, null).check(List.of()).claims();
        // Seven claims of the runs and Fig. 7 (right)'s two.
        assertThat(claims).hasSize(9).allMatch(c -> c.verdict() == Verdict.NOT_CHECKED);
    }

    /** A real (short) run: seeded and exact, stored and read back equal, its steps where the model says. */
    @Test
    void runsAreSeededAndStoredExactly(@TempDir Path dir) {
        TransformerRun.Config c = config(0.2, 3);
        TransformerRun.Result a = TransformerRun.run(c), b = TransformerRun.run(c);
        assertThat(a).isEqualTo(b);
        assertThat(a.trajectory().get(0).step()).isZero();
        assertThat(a.lastStep()).isLessThanOrEqualTo(120);
        Path folder = dir.resolve("runs/grokking-quick-authors"); // not there yet, as on a first verify
        try (TransformerStore store = TransformerStore.open(folder)) {
            store.put(a);
        }
        try (TransformerStore store = TransformerStore.open(folder)) {
            assertThat(store.get(c)).contains(a);
            assertThat(store.get(config(0.2, 4))).isEmpty();
            assertThat(store.get(config(0, 3))).isEmpty();
        }
        assertThat(TransformerRun.run(config(0.2, 4))).isNotEqualTo(a);
        // Dropout's masks come from the seed: the same run twice is the same, and not the run without dropout.
        assertThat(TransformerRun.run(config(0, 3))).isNotEqualTo(a);
    }

    /**
     * A run whose decoder rate times decay is far above 2 (decoupled decay's factor 1 - rate * decay is -99, so the
     * weights' size grows ~99-fold a step) overflows: it stops at the first measurement with non-finite embeddings, long
     * before its budget, as confusion, and is stored and read back as it is (the grid's largest rate and decay met this).
     */
    @Test
    void aDivergedRunStopsAndIsStored(@TempDir Path dir) {
        TransformerRun.Config c = new TransformerRun.Config(7, 8, 2, 16, 2, 0, 0.6, 1e-2, 1.0, 0.01, 100, 5000, 20, 3);
        TransformerRun.Result r = TransformerRun.run(c);
        assertThat(r.diverged()).isTrue();
        assertThat(r.lastStep()).isLessThan(c.steps());
        assertThat(r.phase()).isEqualTo(PhaseDiagram.Phase.CONFUSION);
        assertThat(r.atEnd().isCircle()).isFalse();
        // Only the last point has non-finite embeddings: the run stopped at the first.
        List<TransformerRun.Point> t = r.trajectory();
        assertThat(t.subList(0, t.size() - 1)).allMatch(pt -> Double.isFinite(pt.entropy()));
        try (TransformerStore store = TransformerStore.open(dir)) {
            store.put(r);
        }
        try (TransformerStore store = TransformerStore.open(dir)) {
            assertThat(store.get(c)).contains(r);
        }
        assertThat(TransformerRun.run(config(0.2, 3)).diverged()).isFalse();
    }

    /**
     * Shards of a budget meet in one folder: each writes its own file under a lock, a whole store reads them all, and
     * two files holding different results for one run are an error naming both.
     */
    @Test
    void shardsMeetInOneFolder(@TempDir Path dir) throws Exception {
        TransformerRun.Result a = TransformerRun.run(config(0.2, 3)), b = TransformerRun.run(config(0.2, 4));
        try (TransformerStore one = TransformerStore.open(dir, new org.geneft.experiments.Shard(1, 2));
             TransformerStore two = TransformerStore.open(dir, new org.geneft.experiments.Shard(2, 2))) {
            one.put(a);
            two.put(b);
            assertThatThrownBy(() -> TransformerStore.open(dir, new org.geneft.experiments.Shard(2, 2)))
                    .hasMessageContaining("another sweep");
        }
        assertThat(dir.resolve("transformer-runs.shard-1-of-2.jsonl")).exists();
        try (TransformerStore all = TransformerStore.open(dir)) {
            assertThat(all.get(config(0.2, 3))).contains(a);
            assertThat(all.get(config(0.2, 4))).contains(b);
            assertThat(all.size()).isEqualTo(2);
        }
        // The same run with another result in a second file (another build, a damaged file): refused, naming both.
        String line = java.nio.file.Files.readAllLines(dir.resolve("transformer-runs.shard-1-of-2.jsonl")).get(0);
        String other = line.replaceFirst("\"finalTest\":[-0-9.eE]+", "\"finalTest\":0.123456");
        assertThat(other).isNotEqualTo(line);
        java.nio.file.Files.writeString(dir.resolve("transformer-runs.shard-1-of-3.jsonl"), other + "\n");
        assertThatThrownBy(() -> TransformerStore.open(dir)).hasMessageContaining("transformer-runs.shard-1-of-2.jsonl")
                .hasMessageContaining("transformer-runs.shard-1-of-3.jsonl");
    }

    private static TransformerRun.Config config(double dropout, long seed) {
        return new TransformerRun.Config(7, 8, 2, 16, 2, dropout, 0.6, 1e-2, 1e-2, 0.01, 1.0, 120, 20, seed);
    }
}
