package org.geneft.grokking;

import org.geneft.training.SumDecoderModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RQI, the predicted and the ideal quantities of the toy model, against brute force, and one short run. */
class ToyRunTest {

    private static double[] linear(int p, double a, double b) {
        double[] e = new double[p];
        for (int k = 0; k < p; k++) e[k] = a + b * k;
        return e;
    }

    @Test
    void aLinearRepresentationHasEveryParallelogramAtAnyScaleAndOffset() {
        List<int[]> all = ToyRun.allParallelograms(10);
        assertThat(all).hasSize(70); // 70 = sum over sums s of C(pairs with sum s, 2): 1+1+3+3+6+6+10+10+10+6+...
        assertThat(ToyRun.rqi(linear(10, 0, 1), 10, 1, all)).isEqualTo(1.0);
        assertThat(ToyRun.rqi(linear(10, -3, 0.01), 10, 1, all)).isEqualTo(1.0);
        // A quadratic structure E_k = k^2: with i + j = m + n, E_i + E_j - E_m - E_n = 2(mn - ij), exactly, so a
        // parallelogram is present when (2(mn - ij)/sd)^2 < delta, sd the sample deviation of the squares.
        double[] quad = new double[10];
        double mean = 0, ss = 0;
        for (int k = 0; k < 10; k++) mean += (quad[k] = k * k) / 10.0;
        for (double x : quad) ss += (x - mean) * (x - mean);
        double sd = Math.sqrt(ss / 9);
        int present = 0;
        for (int[] q : all) if (Math.pow(2.0 * (q[2] * q[3] - q[0] * q[1]) / sd, 2) < ToyRun.DELTA) present++;
        assertThat(present).isBetween(1, 69);
        assertThat(ToyRun.rqi(quad, 10, 1, all)).isEqualTo(present / 70.0);
    }

    @Test
    void thePredictedAccuracyOfALinearRepresentationCountsTheHeldOutPairsWhoseSumIsTrained() {
        SplittableRandom rng = new SplittableRandom(4);
        for (int trial = 0; trial < 20; trial++) {
            List<int[]> order = LinearStructureProbability.sample(LinearStructureProbability.allPairs(10), 55, rng);
            int train = 5 + rng.nextInt(45);
            int right = train;
            for (int s = train; s < 55; s++) {
                int sum = order.get(s)[0] + order.get(s)[1];
                boolean trained = false;
                for (int t = 0; t < train; t++) trained |= order.get(t)[0] + order.get(t)[1] == sum;
                if (trained) right++;
            }
            assertThat(ToyRun.predictedAccuracy(linear(10, 1, 2), 10, 1, order, train)).isEqualTo(right / 55.0);
            // The ideal model predicts at most what the linear structure does (it fixes fewer parallelograms).
            assertThat(IdealAccuracy.overAll(10, order.subList(0, train))).isLessThanOrEqualTo(right / 55.0);
        }
    }

    @Test
    void theIdealRqiIsOneExactlyWhenTheTrainingSetImpliesTheUniqueLinearStructure() {
        SplittableRandom rng = new SplittableRandom(8);
        List<int[]> all = ToyRun.allParallelograms(10);
        for (int trial = 0; trial < 40; trial++) {
            List<int[]> train = LinearStructureProbability.sample(LinearStructureProbability.allPairs(10), 15 + rng.nextInt(20), rng);
            double ideal = ToyRun.idealRqi(10, train, all);
            assertThat(ideal == 1.0).isEqualTo(new ParallelogramSystem(10, train).uniqueLinearStructure());
            // At least the training set's own parallelograms are implied.
            assertThat(ideal * all.size()).isGreaterThanOrEqualTo(new ParallelogramSystem(10, train).parallelograms().size());
        }
    }

    @Test
    void aShortRunIsReproducibleAndFitsItsTrainingSet() {
        ToyRun.Config c = new ToyRun.Config(6, 1, 15, SumDecoderModel.Loss.CE, 32, 30,
                new SumDecoderModel.Optimisers(1e-2, 0, 1e-2, 0), SumDecoderModel.Init.AUTHORS, 1500, 1500, ToyRun.Stop.NEVER, 3);
        ToyRun.Result a = ToyRun.run(c), b = ToyRun.run(c);
        assertThat(a.embeddings()).containsExactly(b.embeddings());
        assertThat(a.trainAccuracy()).isEqualTo(1.0);
        assertThat(a.trainStep()).isBetween(0L, 1499L);
        assertThat(a.accuracy()).isEqualTo((15 * a.trainAccuracy() + 6 * a.testAccuracy()) / 21, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void theAuthorsDrawHoldsOutTheAuthorsPairs() {
        // numpy 1.24: np.random.seed(58); np.random.normal(0, 1, (19, 30)); the complement of choice(55, 45, False),
        // as pairs of D0_id: the ten pairs train_add holds out with its default seed.
        ToyRun.Config mse = ToyRun.Config.authors(45, SumDecoderModel.Loss.MSE, 1, ToyRun.Stop.NEVER, 58).on(ToyRun.Draw.AUTHORS);
        ToyRun.Drawn d = ToyRun.draw(mse);
        assertThat(d.order().subList(45, 55)).usingRecursiveFieldByFieldElementComparator().containsExactlyInAnyOrder(
                new int[] {0, 2}, new int[] {0, 4}, new int[] {1, 5}, new int[] {1, 7}, new int[] {2, 4}, new int[] {4, 4},
                new int[] {4, 6}, new int[] {5, 5}, new int[] {5, 8}, new int[] {5, 9});
        // Training pairs in numpy's order: indices 12, 32, 27 of D0_id are (1, 3), (3, 8), (3, 3).
        assertThat(d.order().subList(0, 3)).usingRecursiveFieldByFieldElementComparator()
                .containsExactly(new int[] {1, 3}, new int[] {3, 8}, new int[] {3, 3});
        assertThat(d.targets()).hasDimensions(19, 30);
        assertThat(d.targets()[0][0]).isEqualTo(Double.parseDouble("-0x1.85371e59623c9p-1"));
        // Cross-entropy draws 19 x 19 targets first (unused, but they move the stream): another split, no targets.
        ToyRun.Config ce = ToyRun.Config.authors(45, SumDecoderModel.Loss.CE, 1, ToyRun.Stop.NEVER, 58).on(ToyRun.Draw.AUTHORS);
        assertThat(ToyRun.draw(ce).targets()).isNull();
        assertThat(ToyRun.draw(ce).order().get(0)).containsExactly(0, 3); // index 3 of D0_id
        // A run records the split it trained on; geneft's own draw of the same seed is another one.
        ToyRun.Result r = ToyRun.run(mse);
        assertThat(r.training()).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(d.order().subList(0, 45));
        assertThat(ToyRun.draw(mse.on(ToyRun.Draw.GENEFT)).targets()).isNull();
        assertThat(ToyRun.run(mse.on(ToyRun.Draw.GENEFT)).training()).usingRecursiveFieldByFieldElementComparator()
                .isNotEqualTo(r.training());
    }

    @Test
    void theAuthorsMinibatchesContinueNumpysStream() {
        // numpy 1.24: after train_add's draws with seed 58, its first two np.random.choice(np.arange(45), 5, False)
        ToyRun.Config c = ToyRun.Config.authors(45, SumDecoderModel.Loss.MSE, 2, ToyRun.Stop.NEVER, 58)
                .on(ToyRun.Draw.AUTHORS).withBatch(5);
        ToyRun.Drawn d = ToyRun.draw(c);
        assertThat(d.batches().apply(5)).containsExactly(42, 21, 43, 14, 31);
        assertThat(d.batches().apply(5)).containsExactly(32, 4, 3, 7, 22);
        // geneft's own minibatches: distinct indices of the training pairs, the same for the same seed
        ToyRun.Drawn g = ToyRun.draw(c.on(ToyRun.Draw.GENEFT)), again = ToyRun.draw(c.on(ToyRun.Draw.GENEFT));
        for (int i = 0; i < 20; i++)
            assertThat(g.batches().apply(5)).hasSize(5).doesNotHaveDuplicates()
                    .containsExactly(again.batches().apply(5)).containsAnyOf(java.util.stream.IntStream.range(0, 45).toArray())
                    .doesNotContain(-1, 45);
        // a minibatch run is reproducible and another run than the full batch's
        ToyRun.Config shortRun = ToyRun.Config.authors(45, SumDecoderModel.Loss.MSE, 30, ToyRun.Stop.NEVER, 58).withBatch(9);
        assertThat(ToyRun.run(shortRun).embeddings()).containsExactly(ToyRun.run(shortRun).embeddings())
                .isNotEqualTo(ToyRun.run(shortRun.withBatch(45)).embeddings());
    }

    @Test
    void nonsenseConfigurationsAreRefused() {
        assertThatThrownBy(() -> ToyRun.Config.authors(45, SumDecoderModel.Loss.MSE, 10, ToyRun.Stop.NEVER, 1).withBatch(46))
                .hasMessageContaining("batch");
        assertThatThrownBy(() -> ToyRun.Config.authors(45, SumDecoderModel.Loss.MSE, 10, ToyRun.Stop.NEVER, 1)
                .on(ToyRun.Draw.AUTHORS_PHASES).withBatch(5)).hasMessageContaining("full batch");
        assertThatThrownBy(() -> ToyRun.Config.authors(45, SumDecoderModel.Loss.MSE, 10, ToyRun.Stop.NEVER, -1)
                .on(ToyRun.Draw.AUTHORS)).hasMessageContaining("numpy's seeds");
        assertThatThrownBy(() -> ToyRun.Draw.parse("--draw", "torch")).hasMessageContaining("--draw").hasMessageContaining("torch");
        assertThatThrownBy(() -> ToyRun.Config.authors(55, SumDecoderModel.Loss.MSE, 10, ToyRun.Stop.NEVER, 1))
                .hasMessageContaining("training pairs");
        assertThatThrownBy(() -> ToyRun.Config.authors(10, SumDecoderModel.Loss.MSE, 0, ToyRun.Stop.NEVER, 1))
                .hasMessageContaining("steps");
    }
}
