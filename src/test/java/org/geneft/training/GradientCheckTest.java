package org.geneft.training;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class GradientCheckTest {

    static Stream<Arguments> modesAndDepths() {
        List<Arguments> a = new ArrayList<>();
        for (DecoderInput mode : DecoderInput.values())
            for (int depth = 0; depth <= 4; depth++) a.add(Arguments.of(mode, depth));
        return a.stream();
    }

    /** mod 3 on 6 elements: small enough to perturb every parameter, with both labels present. */
    private static boolean[][] relation() {
        boolean[][] r = new boolean[6][6];
        for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) r[i][j] = i % 3 == j % 3;
        return r;
    }

    @ParameterizedTest(name = "{0}, depth {1}")
    @MethodSource("modesAndDepths")
    void everyGradientMatchesCentralFiniteDifferences(DecoderInput mode, int depth) {
        TrainConfig c = TrainConfig.builder().mode(mode).depth(depth).width(5).embeddingDim(3).trainFraction(0.6).build();
        TrainingSplit split = TrainingSplit.sample(relation(), c.trainFraction(), new SplittableRandom(11));
        Autoencoder m = Autoencoder.initialise(6, c, new SplittableRandom(12), new SplittableRandom(13));
        FullBatchKernel k = new FullBatchKernel(m, split);
        k.forward();
        k.backward();
        List<double[]> params = new ArrayList<>(List.of(m.embeddings));
        List<double[]> grads = new ArrayList<>(List.of(k.gradEmbeddings));
        params.addAll(List.of(m.decoderParameters()));
        grads.addAll(List.of(k.decoderGradients()));
        int checked = 0;
        for (int a = 0; a < params.size(); a++) {
            double[] p = params.get(a), g = grads.get(a).clone();
            for (int i = 0; i < p.length; i++) {
                double x = p[i];
                // h = 1e-5: truncation error ~ h²·|f'''| ≈ 1e-10, rounding ~ ε·|f|/h ≈ 1e-11; both far below the tolerance.
                double h = 1e-5;
                p[i] = x + h;
                k.forward();
                double up = k.trainLoss();
                p[i] = x - h;
                k.forward();
                double down = k.trainLoss();
                p[i] = x;
                double fd = (up - down) / (2 * h);
                // 1e-8 absolute plus 1e-6 relative: a wrong chain-rule term is off by O(|g|), many orders above this.
                assertThat(Math.abs(g[i] - fd)).as("array %d index %d: analytic %s, finite difference %s", a, i, g[i], fd)
                        .isLessThanOrEqualTo(1e-8 + 1e-6 * Math.abs(fd));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(m.parameterCount());
    }

    @org.junit.jupiter.api.Test
    void lossAndGradientsStayFiniteWhenEveryLogitIsPlusOrMinusTenThousand() {
        TrainConfig c = TrainConfig.builder().width(5).build();
        for (double bias : new double[] {1e4, -1e4}) {
            TrainingSplit split = TrainingSplit.sample(relation(), 0.5, new SplittableRandom(1));
            Autoencoder m = Autoencoder.initialise(6, c, new SplittableRandom(2), new SplittableRandom(3));
            m.biases[c.depth()][0] = bias; // hidden tanh outputs are in [-1, 1], so the logit is bias ± a few
            FullBatchKernel k = new FullBatchKernel(m, split);
            k.forward();
            k.backward();
            assertThat(k.logit(0)).isCloseTo(bias, org.assertj.core.api.Assertions.within(100.0));
            assertThat(k.trainLoss()).isFinite().isPositive();
            for (double[] g : k.decoderGradients()) for (double v : g) assertThat(v).isFinite();
            for (double v : k.gradEmbeddings) assertThat(v).isFinite();
        }
    }
}
