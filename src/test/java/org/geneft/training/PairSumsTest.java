package org.geneft.training;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The weight gradient's sums: the Vector API implementation gives the scalar reference's bits, with one register
 * per sum (this machine's widest) and with two (a 256-bit unit, in a second JVM), so does a whole training run
 * without the module (a third JVM), and the reference is an accurate sum.
 */
class PairSumsTest {
    /** Shapes (rows, inputs, pairs) with odd counts, lengths short of one lane block, and the trainer's own sizes. */
    static final int[][] SHAPES = {{1, 1, 1}, {3, 5, 15}, {2, 2, 16}, {5, 3, 17}, {1, 50, 675}, {50, 50, 675},
                                   {50, 4, 870}, {10, 10, 33}};

    static float[][] floats(int rows, int len, SplittableRandom r) {
        float[][] a = new float[rows][len];
        for (float[] row : a) for (int p = 0; p < len; p++) row[p] = (float) (r.nextDouble(-1, 1) * Math.exp(r.nextDouble(-3, 3)));
        return a;
    }

    static double[][] doubles(int rows, int len, SplittableRandom r) {
        double[][] a = new double[rows][len];
        for (double[] row : a) for (int p = 0; p < len; p++) row[p] = r.nextDouble(-1, 1) * Math.exp(r.nextDouble(-3, 3));
        return a;
    }

    /** Every sum's bits, float then double, for each shape from a fixed seed: what the second JVM prints. */
    static List<String> bits(boolean vector) {
        List<String> out = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(5);
        for (int[] s : SHAPES) {
            float[][] fa = floats(s[0], s[2], r), fb = floats(s[1], s[2], r), fg = new float[s[0]][s[1]];
            double[][] da = doubles(s[0], s[2], r), db = doubles(s[1], s[2], r), dg = new double[s[0]][s[1]];
            if (vector) {
                VectorPairSums.weightGradient(fa, fb, s[2], fg);
                VectorPairSums.weightGradient(da, db, s[2], dg);
            } else {
                PairSums.scalarWeightGradient(fa, fb, s[2], fg);
                PairSums.scalarWeightGradient(da, db, s[2], dg);
            }
            StringBuilder line = new StringBuilder();
            for (float[] row : fg) for (float v : row) line.append(Integer.toHexString(Float.floatToRawIntBits(v))).append(' ');
            for (double[] row : dg) for (double v : row) line.append(Long.toHexString(Double.doubleToRawLongBits(v))).append(' ');
            out.add(line.toString());
        }
        return out;
    }

    @Test
    void theVectorPathRunsUnderTheTestsAndGivesTheScalarBits() {
        assumeTrue(VectorPairSums.supported(), "no 256- or 512-bit vectors on this CPU");
        // The tests add the module as the launcher does; without it the trainer would silently take the slow path.
        assertThat(PairSums.VECTOR).isTrue();
        // Repeated, so the comparison covers the interpreted, C1 and C2 forms of the vector code.
        List<String> reference = bits(false);
        for (int i = 0; i < 100; i++) assertThat(bits(true)).isEqualTo(reference);
    }

    @Test
    void twoHalfWidthRegistersGiveTheSameBitsAsOne() throws IOException, InterruptedException {
        assumeTrue(System.getProperty("os.arch").matches("amd64|x86_64"), "-XX:UseAVX is an x86 flag");
        assumeTrue(VectorPairSums.supported(), "no 256- or 512-bit vectors on this CPU");
        List<String> lines = child(HalfWidth.class, "-XX:UseAVX=2", "--add-modules", "jdk.incubator.vector");
        assertThat(lines.get(0)).as("the child's registers per float sum and per double sum").isEqualTo("2 2");
        assertThat(lines.subList(1, lines.size())).isEqualTo(bits(false));
    }

    /** The lines a main class prints in a child JVM with these options and this class path; it must exit 0. */
    static List<String> child(Class<?> main, String... jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
        return List.of(printed.split("\n"));
    }

    /** The child JVM of the test above: AVX2 only, so each sum's 16 float (8 double) lanes span two registers. */
    public static final class HalfWidth {
        public static void main(String[] args) {
            System.out.println(VectorPairSums.floatParts() + " " + VectorPairSums.doubleParts());
            for (int i = 0; i < 50; i++) bits(true);
            for (String line : bits(true)) System.out.println(line);
        }
    }

    /** The final embeddings' bits after a short run of the default model, in each precision: what the child prints. */
    static List<String> trainedBits() {
        boolean[][] mod3 = new boolean[30][30];
        for (int i = 0; i < 30; i++) for (int j = 0; j < 30; j++) mod3[i][j] = i % 3 == j % 3;
        TrainConfig c = TrainConfig.builder().steps(300).earlyStop(false).seed(7).build();
        List<String> out = new ArrayList<>();
        for (Precision p : Precision.values()) {
            StringBuilder line = new StringBuilder(p + ":");
            for (double e : Trainer.trainModel(mod3, c, p).embeddings()) line.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(e)));
            out.add(line.toString());
        }
        // The grokking paper's toy model (200-wide layers over 55 samples) shares the float kernels' vector paths.
        for (SumDecoderModel.Loss loss : SumDecoderModel.Loss.values()) {
            int[] left = new int[55], right = new int[55], label = new int[55];
            for (int s = 0, i = 0; i < 10; i++) for (int j = i; j < 10; j++, s++) { left[s] = i; right[s] = j; label[s] = i + j; }
            SumDecoderModel m = new SumDecoderModel(10, 1, 200, 19, 30, loss, left, right, label, 45,
                    new SumDecoderModel.Optimisers(1e-3, 0, 1e-4, 0), SumDecoderModel.Init.AUTHORS, 5);
            for (int t = 0; t < 20; t++) {
                m.forward();
                m.step();
            }
            StringBuilder line = new StringBuilder("toy " + loss + ":");
            for (double e : m.embeddings()) line.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(e)));
            out.add(line.toString());
        }
        // Minibatches of 13 (the vector path pads rows to whole vectors; the lanes past the batch must not leak in).
        {
            int[] left = new int[55], right = new int[55], label = new int[55];
            for (int s = 0, i = 0; i < 10; i++) for (int j = i; j < 10; j++, s++) { left[s] = i; right[s] = j; label[s] = i + j; }
            SumDecoderModel m = new SumDecoderModel(10, 1, 200, 19, 30, SumDecoderModel.Loss.MSE, left, right, label, 45,
                    new SumDecoderModel.Optimisers(1e-3, 0, 1e-4, 0), SumDecoderModel.Init.AUTHORS, 6);
            SplittableRandom r = new SplittableRandom(11);
            for (int t = 0; t < 20; t++) {
                m.chooseBatch(r.ints(0, 45).distinct().limit(13).toArray());
                m.forward();
                m.step();
            }
            StringBuilder line = new StringBuilder("toy minibatch:");
            for (double e : m.embeddings()) line.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(e)));
            out.add(line.toString());
        }
        return out;
    }

    @Test
    void aTrainingRunGivesTheSameBitsWithoutTheModule() throws IOException, InterruptedException {
        assumeTrue(PairSums.VECTOR, "the vector path does not run here");
        // No --add-modules: the child trains on the scalar lanes, as `java -jar` without the launcher would.
        // In-process a float run takes the native step where it runs; the child takes the scalar Java one.
        List<String> lines = child(WithoutModule.class, "-Dgeneft.kernel=java");
        assertThat(lines.get(0)).isEqualTo("vector false");
        assertThat(lines.subList(1, lines.size())).isEqualTo(trainedBits());
    }

    /** The child JVM of the test above. */
    public static final class WithoutModule {
        public static void main(String[] args) {
            System.out.println("vector " + PairSums.VECTOR);
            for (String line : trainedBits()) System.out.println(line);
        }
    }

    @Test
    void theReferenceSumIsAccurate() {
        SplittableRandom r = new SplittableRandom(8);
        for (int[] s : SHAPES) {
            if (s[0] * s[1] > 250) continue; // the 50 x 50 layer adds no new sum length; exact sums of it take seconds
            float[][] a = floats(s[0], s[2], r), b = floats(s[1], s[2], r), g = new float[s[0]][s[1]];
            double[][] da = doubles(s[0], s[2], r), db = doubles(s[1], s[2], r), dg = new double[s[0]][s[1]];
            PairSums.scalarWeightGradient(a, b, s[2], g);
            PairSums.scalarWeightGradient(da, db, s[2], dg);
            for (int o = 0; o < s[0]; o++) {
                for (int k = 0; k < s[1]; k++) {
                    BigDecimal exact = BigDecimal.ZERO, exactD = BigDecimal.ZERO;
                    double magnitude = 0, magnitudeD = 0;
                    for (int p = 0; p < s[2]; p++) {
                        exact = exact.add(new BigDecimal(a[o][p]).multiply(new BigDecimal(b[k][p])));
                        exactD = exactD.add(new BigDecimal(da[o][p]).multiply(new BigDecimal(db[k][p])));
                        magnitude += Math.abs((double) a[o][p] * b[k][p]);
                        magnitudeD += Math.abs(da[o][p] * db[k][p]);
                    }
                    // Higham's bound: a result that passes through m roundings is within m·u·Σ|a·b| (u the unit
                    // roundoff, to first order). A sum here passes through at most len: full/lanes fused steps per
                    // lane, lanes - 1 additions (only when full >= lanes), len - full fused steps of the tail.
                    // A lost, doubled or misplaced term is off by a whole term, far above.
                    double bound = s[2] * 0x1p-24 * magnitude, boundD = s[2] * 0x1p-53 * magnitudeD;
                    assertThat(Math.abs(g[o][k] - exact.doubleValue())).isLessThanOrEqualTo(bound);
                    assertThat(Math.abs(dg[o][k] - exactD.doubleValue())).isLessThanOrEqualTo(boundD);
                }
            }
        }
    }
}
