package org.geneft.util;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The legacy generator against numpy itself: every reference value below was printed by Debian 12's python3-numpy
 * (1.24), e.g. {@code np.random.seed(58); y = np.random.normal(0, 1, size=(19, 30)); y[0, 0].hex(); list(
 * np.random.choice(55, 45, replace=False))}, the calls toy/train_add.py makes. Doubles are compared bit for bit.
 */
class NumpyLegacyRandomTest {
    @Test
    void mersenneTwistersReferenceOutput() {
        // MT19937's published check: init_genrand(5489), the first output.
        assertThat(new NumpyLegacyRandom(5489).nextUint32()).isEqualTo(3499211612L);
        // np.random.seed(2**32 - 1); np.random.random().hex()
        assertThat(new NumpyLegacyRandom(0xFFFF_FFFFL).nextDouble()).isEqualTo(Double.parseDouble("0x1.8fe69a3924820p-4"));
    }

    @Test
    void theAuthorsTargetsAndTrainingSplitComeOutAsNumpyDrawsThem() {
        // seed, columns, y[0,0], y[18,-1], y[7,3], the first six of choice(55, 45, replace=False) after the normals
        Object[][] cases = {
                {58L, 30, "-0x1.85371e59623c9p-1", "-0x1.0509a39434575p+1", "0x1.980537b4e895fp-2", new int[] {12, 32, 27, 47, 46, 54}},
                {1L, 30, "0x1.9fd5190657c50p+0", "0x1.4eebc5ba2a807p-4", "-0x1.2c4cdd9f1ea3fp-1", new int[] {47, 18, 54, 44, 49, 53}},
                {58L, 19, "-0x1.85371e59623c9p-1", "0x1.238f1ee503537p-1", "-0x1.a1d646680df94p-1", new int[] {3, 9, 1, 45, 33, 39}},
                {1L, 19, "0x1.9fd5190657c50p+0", "-0x1.1d6ff2bb87006p-1", "0x1.0a88fb4d9a6b5p-1", new int[] {12, 11, 10, 53, 37, 30}}};
        for (Object[] c : cases) {
            NumpyLegacyRandom r = new NumpyLegacyRandom((Long) c[0]);
            int cols = (Integer) c[1];
            double[][] y = r.normal(19, cols);
            assertThat(y[0][0]).isEqualTo(Double.parseDouble((String) c[2]));
            assertThat(y[18][cols - 1]).isEqualTo(Double.parseDouble((String) c[3]));
            assertThat(y[7][3]).isEqualTo(Double.parseDouble((String) c[4]));
            assertThat(r.choiceWithoutReplacement(55, 45)).startsWith((int[]) c[5]).hasSize(45).doesNotHaveDuplicates();
        }
    }

    @Test
    void theWholeChoiceOfTheAuthorsDefaultSeed() {
        NumpyLegacyRandom r = new NumpyLegacyRandom(58);
        r.normal(19, 30);
        assertThat(r.choiceWithoutReplacement(55, 45)).containsExactly(12, 32, 27, 47, 46, 54, 18, 50, 20, 35, 42, 11, 23,
                0, 3, 9, 28, 1, 45, 48, 38, 37, 10, 22, 5, 41, 6, 49, 24, 39, 19, 31, 52, 33, 29, 8, 51, 7, 25, 30, 17, 26,
                53, 13, 15);
    }

    @Test
    void intervalsAreUniformOverTheirRange() {
        // Masked rejection must reach every value of [0, max] and nothing above: 6 values, 60,000 draws, each about
        // 10,000 (a binomial's standard deviation is 91; 5 of them is far beyond chance).
        NumpyLegacyRandom r = new NumpyLegacyRandom(7);
        int[] counts = new int[6];
        for (int i = 0; i < 60_000; i++) counts[(int) r.interval(5)]++;
        for (int n : counts) assertThat(n).isBetween(10_000 - 455, 10_000 + 455);
    }

    @Test
    void seedsNumpyRefusesAreRefused() {
        assertThatThrownBy(() -> new NumpyLegacyRandom(-1)).hasMessageContaining("2^32");
        assertThatThrownBy(() -> new NumpyLegacyRandom(1L << 32)).hasMessageContaining("2^32");
        assertThatThrownBy(() -> new NumpyLegacyRandom(1).choiceWithoutReplacement(3, 4)).hasMessageContaining("cannot choose");
    }
}
