package org.geneft.training;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The layer products on the Vector API give the scalar loops' bits: for every shape (rows, inputs and pairs not
 * multiples of the blocks, fewer pairs than one vector), with and without a bias, with special values among the
 * inputs, at this machine's widest vectors and at half their width (AVX2, in a second JVM).
 */
class VectorLayersTest {
    /** Shapes (rows, inputs, pairs): odd counts, fewer than four inputs, the trainer's own layers. */
    static final int[][] SHAPES = {{1, 1, 1}, {2, 4, 15}, {3, 5, 16}, {4, 3, 17}, {5, 7, 33}, {2, 9, 0},
                                   {50, 4, 900}, {50, 50, 675}, {4, 50, 675}, {1, 50, 900}};

    static float[][] floats(int rows, int len, SplittableRandom r) {
        float[][] a = new float[rows][len];
        for (float[] row : a) for (int p = 0; p < len; p++) row[p] = (float) (r.nextDouble(-1, 1) * Math.exp(r.nextDouble(-3, 3)));
        return a;
    }

    /** Every output's bits, shape by shape from a fixed seed: what the second JVM prints. */
    static List<String> bits(boolean vector) {
        List<String> out = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(11);
        for (int[] s : SHAPES) {
            for (boolean withBias : new boolean[] {true, false}) {
                float[][] w = floats(s[0], s[1], r), x = floats(s[1], s[2], r), y = new float[s[0]][s[2]];
                float[] bias = withBias ? floats(1, s[0], r)[0] : null;
                if (s[1] > 2 && s[2] > 4) { // IEEE's special values travel lane by lane like any other
                    x[0][1] = Float.NaN;
                    x[1][2] = Float.POSITIVE_INFINITY;
                    x[2][3] = -0f;
                    x[0][4] = Float.MIN_VALUE;
                }
                if (vector) VectorLayers.combine(w, bias, x, s[2], y);
                else for (int o = 0; o < s[0]; o++) FloatKernel.combine(y[o], bias == null ? 0 : bias[o], w[o], x, s[2]);
                float[][] a = floats(s[0], s[2], r);
                for (int o = 0; o < s[0]; o++) {
                    if (vector) VectorLayers.tanhGradient(y[o], a[o], s[2]);
                    else for (int p = 0; p < s[2]; p++) y[o][p] *= 1 - a[o][p] * a[o][p];
                }
                StringBuilder line = new StringBuilder();
                for (float[] row : y) for (float v : row) line.append(Integer.toHexString(Float.floatToRawIntBits(v))).append(' ');
                out.add(line.toString());
            }
        }
        return out;
    }

    @Test
    void theVectorProductsGiveTheScalarLoopsBits() {
        assumeTrue(PairSums.VECTOR, "the vector path does not run here");
        List<String> reference = bits(false);
        // Repeated, so the comparison covers the interpreted, C1 and C2 forms of the vector code.
        for (int i = 0; i < 40; i++) assertThat(bits(true)).isEqualTo(reference);
    }

    @Test
    void halfWidthVectorsGiveTheSameBits() throws IOException, InterruptedException {
        assumeTrue(System.getProperty("os.arch").matches("amd64|x86_64"), "-XX:UseAVX is an x86 flag");
        assumeTrue(PairSums.VECTOR, "the vector path does not run here");
        List<String> lines = PairSumsTest.child(HalfWidth.class, "-XX:UseAVX=2", "--add-modules", "jdk.incubator.vector");
        assertThat(lines.get(0)).as("the child's floats per vector").isEqualTo("8");
        assertThat(lines.subList(1, lines.size())).isEqualTo(bits(false));
    }

    /** The child JVM of the test above: AVX2 only, eight floats per vector. */
    public static final class HalfWidth {
        public static void main(String[] args) {
            System.out.println(jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.length());
            for (int i = 0; i < 20; i++) bits(true);
            for (String line : bits(true)) System.out.println(line);
        }
    }
}
