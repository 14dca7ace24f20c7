package org.geneft.training;

import org.geneft.graph.RelationFamily;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TrainerTest {

    private static TrainResult withoutWallTime(TrainResult r) {
        return new TrainResult(r.config(), r.n(), r.trainPairs(), r.testPairs(), r.phase(), r.trainAcc(), r.testAcc(),
                r.fullAcc(), r.trainLoss(), r.stepsTrain(), r.stepsTest(), r.stepsRun(), 0);
    }

    @Test
    void theSameConfigurationAndSeedGiveBitIdenticalResults() {
        TrainConfig c = TrainConfig.builder().steps(200).earlyStop(false).seed(7).build();
        var g = RelationFamily.parse("gt").graph(12);
        TrainResult a = Trainer.train(g, c), b = Trainer.train(g, c);
        // Records compare doubles by their bits (Double.compare), so equality here is bit-identity.
        assertThat(withoutWallTime(a)).isEqualTo(withoutWallTime(b));
        TrainResult other = Trainer.train(g, c.toBuilder().seed(8).build());
        assertThat(other.trainLoss()).isNotEqualTo(a.trainLoss());
    }

    @Test
    void modThreeWithTable3DefaultsGeneralizesAndStopsOnceDecided() {
        TrainResult r = Trainer.train(RelationFamily.parse("mod:3").graph(30), TrainConfig.defaults());
        assertThat(r.trainPairs()).isEqualTo(675);
        assertThat(r.testPairs()).isEqualTo(225);
        assertThat(r.phase()).isEqualTo(Phase.GENERALIZATION);
        // Early stop: the run ends at the step where the second accuracy crossed 0.9.
        assertThat(r.stepsRun()).isEqualTo(Math.max(r.stepsTrain().getAsLong(), r.stepsTest().getAsLong()));
        assertThat(r.testAcc()).isGreaterThan(0.9);
        assertThat(r.fullAcc()).isCloseTo((675 * r.trainAcc() + 225 * r.testAcc()) / 900, within(1e-12));
    }

    /**
     * Issue 16's rule for stopping before the budget: a run stops only once both accuracies have crossed 0.9, when
     * Table 4's phase can no longer change. Held to full-length runs of the same seeds across the phases (a small
     * decoder on n = 12, learning rates from too small to too large): the same phase and the same first steps.
     */
    @Test
    void stoppingOnceDecidedGivesTheFullLengthRunsPhase() {
        var g = RelationFamily.parse("mod:3").graph(12);
        java.util.Set<Phase> seen = java.util.EnumSet.noneOf(Phase.class);
        for (double etaDec : new double[] {1e-4, 1e-3, 1e-2, 1e-1})
            for (double frac : new double[] {0.3, 0.75})
                for (long seed = 1; seed <= 3; seed++) {
                    TrainConfig c = TrainConfig.builder().depth(1).width(8).steps(3000).etaDec(etaDec).trainFraction(frac)
                            .seed(seed).build();
                    TrainResult stopped = Trainer.train(g, c), full = Trainer.train(g, c.toBuilder().earlyStop(false).build());
                    assertThat(stopped.phase()).as(c.toString()).isEqualTo(full.phase());
                    assertThat(stopped.stepsTrain()).isEqualTo(full.stepsTrain());
                    assertThat(stopped.stepsTest()).isEqualTo(full.stepsTest());
                    assertThat(stopped.stepsRun()).isLessThanOrEqualTo(full.stepsRun());
                    seen.add(full.phase());
                }
        // The comparison covers runs that stop early and runs that do not.
        assertThat(seen).contains(Phase.GENERALIZATION).containsAnyOf(Phase.MEMORIZATION, Phase.CONFUSION);
    }

    @Test
    void withoutEarlyStopTheWholeBudgetRuns() {
        TrainConfig c = TrainConfig.builder().steps(30).earlyStop(false).build();
        TrainResult r = Trainer.train(RelationFamily.parse("mod:3").graph(9), c);
        assertThat(r.stepsRun()).isEqualTo(30);
        assertThat(r.trainLoss()).isFinite();
    }

    @Test
    void theTrainingSetIsASeededUniformSubsetOfRoundedSize() {
        boolean[][] r = new boolean[10][10];
        TrainingSplit a = TrainingSplit.sample(r, 0.333, new SplittableRandom(3));
        TrainingSplit b = TrainingSplit.sample(r, 0.333, new SplittableRandom(3));
        assertThat(a.trainPairs()).isEqualTo(33);
        assertThat(a.pairs()).isEqualTo(100);
        boolean[] seen = new boolean[100];
        for (int p = 0; p < 100; p++) {
            int id = a.left(p) * 10 + a.right(p);
            assertThat(seen[id]).isFalse();
            seen[id] = true;
            assertThat(b.left(p) * 10 + b.right(p)).isEqualTo(id);
        }
        // Uniformity: over many seeds each pair is in the training set with probability 0.33.
        int[] hits = new int[100];
        SplittableRandom rng = new SplittableRandom(5);
        int draws = 3000;
        for (int s = 0; s < draws; s++) {
            TrainingSplit t = TrainingSplit.sample(r, 0.333, rng.split());
            for (int p = 0; p < t.trainPairs(); p++) hits[t.left(p) * 10 + t.right(p)]++;
        }
        // Binomial(3000, 0.33): sd ≈ 25.8; 5 sd over 100 pairs fails by chance with probability < 1e-4.
        for (int h : hits) assertThat((double) h).isCloseTo(990, within(5 * 25.8));
    }

    @Test
    void initialisationFollowsPyTorchsLinearDefaultAndTheInitScale() {
        TrainConfig c = TrainConfig.builder().initScale(0.1).embeddingDim(2).build();
        Autoencoder m = Autoencoder.initialise(300, c, new SplittableRandom(1), new SplittableRandom(2));
        for (int l = 0; l <= m.depth(); l++) {
            double bound = 1 / Math.sqrt(m.size(l));
            for (double[] row : m.weights[l]) for (double w : row) assertThat(Math.abs(w)).isLessThanOrEqualTo(bound);
            for (double b : m.biases[l]) assertThat(Math.abs(b)).isLessThanOrEqualTo(bound);
        }
        double s2 = 0;
        for (double e : m.embeddings) s2 += e * e;
        // 600 draws of N(0, 0.01): the sample variance has relative sd √(2/600) ≈ 0.058; 4 sd.
        assertThat(s2 / m.embeddings.length).isCloseTo(0.01, within(0.01 * 4 * 0.058));
    }

    @Test
    void badInputFailsWithAMessageNamingTheOption() {
        assertThatThrownBy(() -> TrainConfig.builder().depth(-1).build()).hasMessageContaining("--depth");
        assertThatThrownBy(() -> TrainConfig.builder().trainFraction(1).build()).hasMessageContaining("--train-frac");
        assertThatThrownBy(() -> DecoderInput.parse("product")).hasMessageContaining("concat, diff or sqdiff");
        assertThatThrownBy(() -> Trainer.train(new boolean[2][2], TrainConfig.builder().trainFraction(0.1).build()))
                .hasMessageContaining("no training pair");
        assertThatThrownBy(() -> Trainer.train(new boolean[Trainer.MAX_DENSE_N + 1][0], TrainConfig.defaults()))
                .hasMessageContaining("too large");
    }

    @Test
    void computingOnlyTheTrainingPairsOnceTheTestHasPassedChangesNoBit() {
        // Generalizing and memorizing runs, each arithmetic, with and without early stopping: the same run to the bit.
        boolean[][] mod3 = RelationFamily.parse("mod:3").matrix(30);
        int generalized = 0;
        for (Precision precision : Precision.values())
            for (DecoderInput mode : new DecoderInput[] {DecoderInput.SQDIFF, DecoderInput.CONCAT})
                for (boolean early : new boolean[] {false, true}) {
                    // sqdiff without a hidden layer generalizes within the budget; concat 1 x 8 at 0.1 does not.
                    TrainConfig c = TrainConfig.builder().mode(mode).depth(mode == DecoderInput.SQDIFF ? 0 : 1).width(8)
                            .trainFraction(mode == DecoderInput.SQDIFF ? 0.5 : 0.1).steps(3000).etaEnc(1e-2).etaDec(1e-2)
                            .earlyStop(early).seed(3).build();
                    Trainer.Trained fast = Trainer.trainModel(mod3, c, precision, true);
                    Trainer.Trained plain = Trainer.trainModel(mod3, c, precision, false);
                    TrainResult a = fast.result(), b = plain.result();
                    String what = precision + " " + mode + (early ? " early stop" : "");
                    assertThat(a.phase()).as(what).isEqualTo(b.phase());
                    assertThat(new double[] {a.trainAcc(), a.testAcc(), a.fullAcc(), a.trainLoss()}).as(what)
                            .containsExactly(b.trainAcc(), b.testAcc(), b.fullAcc(), b.trainLoss());
                    assertThat(a.stepsTrain()).as(what).isEqualTo(b.stepsTrain());
                    assertThat(a.stepsTest()).as(what).isEqualTo(b.stepsTest());
                    assertThat(a.stepsRun()).as(what).isEqualTo(b.stepsRun());
                    assertThat(fast.embeddings()).as(what).containsExactly(plain.embeddings());
                    if (a.stepsTest().isPresent() && a.stepsRun() > a.stepsTest().getAsLong()) generalized++;
                }
        // Some run went on past its test threshold, so the shortcut was taken at all.
        assertThat(generalized).isPositive();
    }
}
