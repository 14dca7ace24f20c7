package org.geneft.training;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The float step in C gives the Java kernel's bits: whole training runs, both ways (in C the optimizers' steps too),
 * end with the same embeddings and the same result, across decoder inputs, depths, widths, training-set sizes that are
 * not multiples of the blocks, and both kinds of weight decay.
 */
class NativeKernelTest {
    static boolean[][] relation(String name, int n) {
        boolean[][] r = new boolean[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) r[i][j] = name.equals("gt") ? i < j : i % 3 == j % 3;
        return r;
    }

    @Test
    void theNativeStepGivesTheJavaKernelsBits() {
        assumeTrue(NativeKernel.available(), "the native kernel does not run on this machine");
        List<String> checked = new ArrayList<>();
        Object[][] cases = {
            {"mod3", 30, DecoderInput.CONCAT, 3, 50, 0.75},   // Table 3's model
            {"gt", 30, DecoderInput.CONCAT, 3, 50, 0.05},     // 45 training pairs: fewer than three lane blocks
            {"mod3", 23, DecoderInput.DIFF, 1, 7, 0.3},       // odd width, rows not a multiple of four
            {"gt", 17, DecoderInput.SQDIFF, 2, 13, 0.5},
            {"mod3", 12, DecoderInput.CONCAT, 0, 50, 0.6},    // no hidden layer: the output layer alone
            {"gt", 20, DecoderInput.CONCAT, 2, 20, 0.4},      // with both weight decays (Adam's L2, AdamW's shrink)
        };
        for (Object[] c : cases) {
            TrainConfig.Builder b = TrainConfig.builder().mode((DecoderInput) c[2]).depth((int) c[3]).width((int) c[4])
                    .trainFraction((double) c[5]).steps(250).earlyStop(false).seed(3);
            if (checked.size() == cases.length - 1) b.wdEnc(0.3).wdDec(0.7).etaEnc(3e-3).etaDec(2e-3);
            TrainConfig config = b.build();
            boolean[][] r = relation((String) c[0], (int) c[1]);
            Trainer.Trained java = Trainer.trainModel(r, config, Precision.FLOAT32, true, false);
            Trainer.Trained c2 = Trainer.trainModel(r, config, Precision.FLOAT32, true, true);
            assertThat(c2.embeddings()).as("embeddings after %s", Arrays.toString(c)).isEqualTo(java.embeddings());
            assertThat(c2.result().trainLoss()).isEqualTo(java.result().trainLoss());
            assertThat(c2.result().fullAcc()).isEqualTo(java.result().fullAcc());
            assertThat(c2.result().stepsTest()).isEqualTo(java.result().stepsTest());
            checked.add((String) c[0]);
        }
        assertThat(checked).hasSize(cases.length);
    }

    @Test
    void theNativeTanhGivesFloatTanhsBitsOnEveryKindOfValue() {
        assumeTrue(NativeKernel.available(), "the native kernel does not run on this machine");
        java.util.SplittableRandom r = new java.util.SplittableRandom(4);
        float[] z = new float[1000];
        for (int p = 0; p < z.length; p++) z[p] = (float) (r.nextDouble(-1, 1) * Math.exp(r.nextDouble(-90, 5)));
        float[] special = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0f, -0f, Float.MIN_VALUE,
                           -Float.MIN_VALUE, 20f, -20f, 20.000002f, Float.MAX_VALUE, 1e-30f, 8.5f, -9.01f};
        System.arraycopy(special, 0, z, 3, special.length);          // inside a whole vector
        System.arraycopy(special, 0, z, z.length - special.length, special.length); // the scalar tail, and past len
        float[] java = z.clone(), c = z.clone();
        new FloatTanh(z.length).apply(java, z.length - 1);
        NativeKernel.tanh(c, z.length - 1);
        for (int p = 0; p < z.length; p++)
            assertThat(Float.floatToRawIntBits(c[p])).as("tanh(%s)", z[p]).isEqualTo(Float.floatToRawIntBits(java[p]));
    }

    @Test
    void theTrainerUsesTheNativeStepWhereItRuns() {
        assumeTrue(NativeKernel.available(), "the native kernel does not run on this machine");
        TrainConfig config = TrainConfig.builder().steps(1).build();
        boolean[][] r = relation("mod3", 6);
        TrainingSplit split = TrainingSplit.sample(r, config.trainFraction(), new java.util.SplittableRandom(1));
        Autoencoder m = Autoencoder.initialise(6, config, new java.util.SplittableRandom(2), new java.util.SplittableRandom(3));
        assertThat(new FloatKernel(m, split).isNative()).isTrue();
        assertThat(new FloatKernel(m, split, false).isNative()).isFalse();
    }
}
