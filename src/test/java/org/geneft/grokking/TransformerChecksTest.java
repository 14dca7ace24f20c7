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

class TransformerChecksTest {
    private static final GrokkingBudget QUICK = GrokkingBudget.parse("quick");
    private static final EmbeddingPca.Circle NOISE = new EmbeddingPca.Circle(3, 0.3, 0.5, 0.1),
            RING = new EmbeddingPca.Circle(6, 0.99, 0.05, 0.5);

    /** A run whose entropy goes s0 -> sTest (at the held-out 90 % step) -> sEnd, accuracies stepping at the marks. */
    private static TransformerRun.Result run(long seed, double decay, long train, long test, double s0, double sTest,
            double sEnd, EmbeddingPca.Circle memory, EmbeddingPca.Circle end) {
        TransformerRun.Config c = new TransformerRun.Config(47, 32, 4, 128, 0.6, 3e-3, decay, 4000, 50, seed);
        long last = test >= 0 ? 2 * test : 4000;
        List<TransformerRun.Point> pts = new ArrayList<>();
        for (long s = 0; s <= last; s += 50) {
            double tr = train >= 0 && s >= train ? 1 : 0.1, te = test >= 0 && s >= test ? 1 : 0.02;
            double ent = test >= 0 && s > test ? sEnd : s == 0 ? s0 : sTest;
            pts.add(new TransformerRun.Point(s, tr, te, ent));
        }
        return new TransformerRun.Result(c, train, test, last, pts.get(pts.size() - 1).train(),
                pts.get(pts.size() - 1).test(), NOISE, memory, end, pts);
    }

    private static Map<String, Verdict> verdicts(List<TransformerRun.Result> runs) {
        return new TransformerChecks(QUICK, 1, 1, null).check(runs).claims().stream()
                .collect(Collectors.toMap(Claim::id, Claim::verdict));
    }

    @Test
    void thePapersPictureIsReproduced() {
        List<TransformerRun.Result> runs = List.of(
                run(1, 0, 150, 2500, 3.0, 3.2, 2.0, NOISE, RING), run(1, 1, 150, 600, 3.0, 3.1, 2.0, NOISE, RING),
                run(2, 0, 200, 3000, 3.0, 3.3, 2.2, NOISE, RING), run(2, 1, 150, 700, 3.0, 3.1, 1.9, NOISE, RING));
        Map<String, Verdict> v = verdicts(runs);
        assertThat(v.get("grok-transformer-grokking")).isEqualTo(Verdict.REPRODUCED);
        assertThat(v.get("grok-transformer-decay")).isEqualTo(Verdict.REPRODUCED);
        assertThat(v.get("grok-transformer-circle")).isEqualTo(Verdict.REPRODUCED);
        assertThat(v.get("grok-transformer-no-early-structure")).isEqualTo(Verdict.REPRODUCED);
        assertThat(v.get("grok-transformer-entropy")).isEqualTo(Verdict.REPRODUCED);
        assertThat(v.get("grok-transformer-dropout")).isEqualTo(Verdict.NOT_CHECKED);
    }

    /** Each claim's broken twin: a reduced scale reports "not reproduced", never a refutation. */
    @Test
    void eachPartMissingIsNotReproducedNeverRefuted() {
        List<TransformerRun.Result> runs = List.of(
                // Without decay the training set is fit and the held-out set never is: memorization, not grokking.
                run(1, 0, 150, -1, 3.0, 3.2, 2.0, RING, NOISE), run(2, 0, 150, -1, 3.0, 3.2, 2.0, RING, NOISE),
                // With decay: generalizes, entropy only falls, the picture a ring already at memorization, and at
                // the end no ring.
                run(1, 1, 150, 900, 3.0, 2.7, 2.4, RING, NOISE), run(2, 1, 150, 1200, 3.0, 2.6, 2.5, RING, NOISE));
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
                run(1, 0, 150, 1000, 3.0, 3.2, 2.0, NOISE, RING), run(1, 1, 150, 800, 3.0, 3.1, 2.0, NOISE, RING));
        assertThat(verdicts(runs).get("grok-transformer-decay")).isEqualTo(Verdict.NOT_REPRODUCED);
    }

    @Test
    void smokeBudgetRunsNothingAndSaysSo() {
        List<Claim> claims = new TransformerChecks(GrokkingBudget.parse("smoke"), 1, 1, null).check(List.of()).claims();
        assertThat(claims).hasSize(7).allMatch(c -> c.verdict() == Verdict.NOT_CHECKED);
    }

    /** A real (short) run: seeded and exact, stored and read back equal, its steps where the model says. */
    @Test
    void runsAreSeededAndStoredExactly(@TempDir Path dir) {
        TransformerRun.Config c = new TransformerRun.Config(7, 8, 2, 16, 0.6, 1e-2, 1.0, 120, 20, 3);
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
            assertThat(store.get(new TransformerRun.Config(7, 8, 2, 16, 0.6, 1e-2, 1.0, 120, 20, 4))).isEmpty();
        }
        assertThat(TransformerRun.run(new TransformerRun.Config(7, 8, 2, 16, 0.6, 1e-2, 1.0, 120, 20, 4)))
                .isNotEqualTo(a);
    }
}
