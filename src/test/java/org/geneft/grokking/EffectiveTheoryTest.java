package org.geneft.grokking;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The effective loss's flow, Hessian spectrum and grokking rate, against independent computations. */
class EffectiveTheoryTest {

    private static double[] random(int p, SplittableRandom rng) {
        double[] e = new double[p];
        for (int k = 0; k < p; k++) e[k] = rng.nextDouble() - 0.5;
        return e;
    }

    @Test
    void theFlowIsMinusTheGradientOfTheEffectiveLossByCentralDifferences() {
        EffectiveTheory t = EffectiveTheory.ofAllPairs(6);
        SplittableRandom rng = new SplittableRandom(3);
        for (int trial = 0; trial < 5; trial++) {
            double[] e = random(6, rng), flow = new double[6];
            t.flow(e, flow);
            for (int k = 0; k < 6; k++) {
                double h = 1e-6;
                double[] up = e.clone(), down = e.clone();
                up[k] += h;
                down[k] -= h;
                double grad = (t.l0(up) / EffectiveTheory.z0(up) - t.l0(down) / EffectiveTheory.z0(down)) / (2 * h);
                // Central differences err by O(h^2) times the third derivative (order 1 here) plus rounding ~1e-10.
                assertThat(flow[k]).isCloseTo(-grad, within(1e-7));
            }
        }
    }

    @Test
    void l0CountsEachParallelogramOfTheTrainingSetOnce() {
        // p = 4, the whole data: the three parallelograms 0+2 = 1+1, 0+3 = 1+2, 1+3 = 2+2 (Appendix E's toy case).
        EffectiveTheory t = EffectiveTheory.ofAllPairs(4);
        assertThat(t.parallelograms()).isEqualTo(3);
        double[] e = {0.3, -1.1, 0.7, 2.0};
        double byHand = Math.pow(e[0] + e[2] - 2 * e[1], 2) + Math.pow(e[0] + e[3] - e[1] - e[2], 2)
                + Math.pow(e[1] + e[3] - 2 * e[2], 2);
        assertThat(t.l0(e)).isCloseTo(byHand, within(1e-12));
    }

    @Test
    void theSpectrumIsAnEigendecompositionWithTranslationAndScaleInTheNullSpace() {
        EffectiveTheory t = EffectiveTheory.ofAllPairs(10);
        double z0 = 9;
        double[] ev = t.eigenvalues(z0);
        double[][] v = t.eigenvectors(z0), h = t.hessian(z0);
        double trace = 0;
        for (int i = 0; i < 10; i++) trace += h[i][i];
        double sum = 0;
        for (int k = 0; k < 10; k++) {
            sum += ev[k];
            for (int i = 0; i < 10; i++) {
                double hv = 0;
                for (int j = 0; j < 10; j++) hv += h[i][j] * v[k][j];
                assertThat(hv).isCloseTo(ev[k] * v[k][i], within(1e-10)); // H v = lambda v, to rounding
            }
        }
        assertThat(sum).isCloseTo(trace, within(1e-9));
        assertThat(ev[0]).isCloseTo(0, within(1e-12));
        assertThat(ev[1]).isCloseTo(0, within(1e-12));
        assertThat(ev[2]).isGreaterThan(1);
        // (1, ..., 1) and (0, 1, ..., 9) are annihilated: A applied to them is 0 exactly.
        double[] ones = new double[10], ramp = new double[10];
        for (int k = 0; k < 10; k++) {
            ones[k] = 1;
            ramp[k] = k;
        }
        assertThat(t.l0(ones)).isZero();
        assertThat(t.l0(ramp)).isZero();
    }

    @Test
    void theGrokkingRateIsZeroExactlyWhenTheNullityExceedsTwoAndAgreesWithTheEigenvalueThreshold() {
        SplittableRandom rng = new SplittableRandom(11);
        List<int[]> all = LinearStructureProbability.allPairs(10);
        int zeros = 0, positives = 0;
        for (int s = 0; s < 300; s++) {
            List<int[]> train = LinearStructureProbability.sample(all, 18 + rng.nextInt(12), rng);
            double rate = EffectiveTheory.grokkingRate(10, train);
            double third = EffectiveTheory.ofTrainingSet(10, train).eigenvalues(9)[2];
            if (new ParallelogramSystem(10, train).nullity() > 2) {
                assertThat(rate).isZero();
                assertThat(third).isLessThan(1e-8); // the authors' floating-point threshold says the same
                zeros++;
            } else {
                assertThat(rate).isEqualTo(third).isGreaterThan(1e-8);
                positives++;
            }
        }
        assertThat(zeros).isPositive();
        assertThat(positives).isPositive();
    }

    @Test
    void lambda3NeverFallsAsPairsAreAdded() {
        // Weyl: A^T A grows in the Loewner order when rows are added, so every eigenvalue is non-decreasing.
        SplittableRandom rng = new SplittableRandom(5);
        List<int[]> all = LinearStructureProbability.allPairs(10);
        for (int s = 0; s < 20; s++) {
            List<int[]> order = LinearStructureProbability.sample(all, all.size(), rng);
            double previous = 0;
            for (int m = 0; m <= all.size(); m += 3) {
                double rate = EffectiveTheory.grokkingRate(10, new ArrayList<>(order.subList(0, m)));
                assertThat(rate).isGreaterThanOrEqualTo(previous - 1e-9);
                previous = rate;
            }
        }
    }

    @Test
    void normalisationGivesZeroMeanAndUnitSampleVariance() {
        double[] e = EffectiveTheory.normalise(new double[] {3, 1, 4, 1, 5});
        double mean = 0, ss = 0;
        for (double x : e) mean += x / e.length;
        for (double x : e) ss += (x - mean) * (x - mean);
        assertThat(mean).isCloseTo(0, within(1e-14));
        assertThat(ss / (e.length - 1)).isCloseTo(1, within(1e-14));
    }
}
