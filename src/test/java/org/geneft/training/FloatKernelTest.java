package org.geneft.training;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The float32 kernel against the double one, which is itself checked against finite differences. */
class FloatKernelTest {

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> modesAndDepths() {
        return GradientCheckTest.modesAndDepths();
    }

    private static boolean[][] mod3(int n) {
        boolean[][] r = new boolean[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) r[i][j] = i % 3 == j % 3;
        return r;
    }

    private static double norm(double[] a) {
        double s = 0;
        for (double v : a) s += v * v;
        return Math.sqrt(s);
    }

    @ParameterizedTest(name = "{0}, depth {1}")
    @MethodSource("modesAndDepths")
    void gradientsAgreeWithTheDoubleKernelToFloatRounding(DecoderInput mode, int depth) {
        TrainConfig c = TrainConfig.builder().mode(mode).depth(depth).width(50).build();
        TrainingSplit split = TrainingSplit.sample(mod3(30), c.trainFraction(), new SplittableRandom(21));
        Autoencoder m = Autoencoder.initialise(30, c, new SplittableRandom(22), new SplittableRandom(23));
        Kernel exact = new FullBatchKernel(m, split), single = new FloatKernel(m, split);
        for (Kernel k : List.of(exact, single)) { k.forward(); k.backward(); }
        List<double[]> a = new ArrayList<>(List.of(exact.embeddingGradients())), b = new ArrayList<>(List.of(single.embeddingGradients()));
        a.addAll(List.of(exact.decoderGradients()));
        b.addAll(List.of(single.decoderGradients()));
        for (int i = 0; i < a.size(); i++) {
            double[] diff = a.get(i).clone();
            for (int j = 0; j < diff.length; j++) diff[j] -= b.get(i)[j];
            // Float's unit roundoff is 6e-8; sums of up to 675 terms through four layers stay far below 1e-4 of the
            // gradient's norm, while a wrong term (a sign, a missing factor) is off by O(1) of it.
            assertThat(norm(diff)).as("array " + i).isLessThanOrEqualTo(1e-4 * norm(a.get(i)) + 1e-12);
        }
        for (int p = 0; p < split.pairs(); p++)
            assertThat(single.logit(p)).isCloseTo(exact.logit(p), within(1e-4 * (1 + Math.abs(exact.logit(p)))));
        assertThat(single.trainLoss()).isCloseTo(exact.trainLoss(), within(1e-5));
    }

    @Test
    void floatTanhIsWithinAFewFloatUlpsOfTanh() {
        int n = 200_001;
        float[] z = new float[n];
        for (int i = 0; i < n; i++) z[i] = -25f + 50f * i / (n - 1);
        float[] x = z.clone();
        new FloatTanh(n).apply(z, n);
        for (int i = 0; i < n; i++) {
            double t = StrictMath.tanh(x[i]);
            // 4e-7 absolute: a few ulps of float near ±1 (ulp 6e-8) and far more than the series' 1e-10 truncation.
            assertThat((double) z[i]).as("tanh(%s)", x[i]).isCloseTo(t, within(4e-7 + 4e-7 * Math.abs(t)));
        }
    }

    @Test
    void aFloatRunIsReproducibleAndLearnsMod3LikeTheDoubleRun() {
        TrainConfig c = TrainConfig.builder().steps(3_000).seed(3).build();
        TrainResult f1 = Trainer.trainModel(mod3(30), c, Precision.FLOAT32).result();
        TrainResult f2 = Trainer.trainModel(mod3(30), c, Precision.FLOAT32).result();
        TrainResult d = Trainer.trainModel(mod3(30), c, Precision.FLOAT64).result();
        assertThat(f1.testAcc()).isEqualTo(f2.testAcc());
        assertThat(f1.trainLoss()).isEqualTo(f2.trainLoss());
        assertThat(f1.stepsRun()).isEqualTo(f2.stepsRun());
        assertThat(f1.phase()).isEqualTo(d.phase()).isEqualTo(Phase.GENERALIZATION);
    }
}
