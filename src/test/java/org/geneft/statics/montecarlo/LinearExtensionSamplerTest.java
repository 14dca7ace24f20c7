package org.geneft.statics.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinearExtensionSamplerTest {

    @Test
    void chainFrequenciesMatchExactProbabilitiesWithinFourStandardErrors() {
        // With c·n³·ln n steps between samples they are close to independent, so each frequency
        // has standard error √(p(1−p)/S). P(|Z| > 4) ≈ 6e-5 per pair, so over the ~130 ordered pairs
        // below a false alarm has probability < 1 % (and the seed is fixed), while a chain that had
        // not mixed from its topological start would miss by far more on the chained poset.
        int samples = 20_000;
        SplittableRandom rng = new SplittableRandom(7);
        for (boolean[][] edges : posets()) {
            Precedence poset = Precedence.fromRelations(edges);
            int n = poset.n();
            double[][] exact = LinearExtensionCounter.count(poset, 1_000_000).orElseThrow().before();
            double[][] freq = LinearExtensionSampler.beforeFrequencies(poset, samples, 1.0, rng);
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    double p = exact[a][b];
                    double se = Math.sqrt(p * (1 - p) / samples);
                    assertThat(Math.abs(freq[a][b] - p)).as("n=%d P(%d before %d)", n, a, b)
                            .isLessThanOrEqualTo(4 * se + 1e-12);
                }
            }
        }
    }

    private static List<boolean[][]> posets() {
        // "V": 0 below 1 and 2; 3, 4, 5 unconstrained.
        boolean[][] v = new boolean[6][6];
        v[0][1] = v[0][2] = true;
        // "N" plus free elements: 0<2, 1<2, 1<3, and 4, 5, 6 unconstrained.
        boolean[][] nShape = new boolean[7][7];
        nShape[0][2] = nShape[1][2] = nShape[1][3] = true;
        // Two chains of four: 0<1<2<3 and 4<5<6<7, with 1 < 6.
        boolean[][] chains = new boolean[8][8];
        chains[0][1] = chains[1][2] = chains[2][3] = true;
        chains[4][5] = chains[5][6] = chains[6][7] = true;
        chains[1][6] = true;
        return List.of(v, nShape, chains);
    }
}
