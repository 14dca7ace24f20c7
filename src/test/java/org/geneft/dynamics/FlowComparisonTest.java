package org.geneft.dynamics;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FlowComparisonTest {
    static final double ETA_A = 1e-2, ETA_X = 2e-2, T = 2e3;

    static double[][] gaussian(int k, int d, SplittableRandom rng) {
        double[][] a = new double[k][d];
        for (double[] row : a) for (int j = 0; j < d; j++) row[j] = rng.nextGaussian();
        return a;
    }

    /** A0 with A0ᵀA0 e1 = e1: column 1 of unit norm and orthogonal to the others (the ansatz's condition). */
    static double[][] ansatzDecoder(int k, int d, SplittableRandom rng) {
        double[][] a = gaussian(k, d, rng);
        double n = 0;
        for (double[] row : a) n += row[0] * row[0];
        for (double[] row : a) row[0] /= Math.sqrt(n);
        for (int j = 1; j < d; j++) {
            double dot = 0;
            for (double[] row : a) dot += row[0] * row[j];
            for (double[] row : a) row[j] -= dot * row[0];
        }
        return a;
    }

    @Test
    void withBiasAtTheTargetTheUnreducedFlowStaysOnEq8() {
        SplittableRandom rng = new SplittableRandom(1);
        double[][] a0 = gaussian(2, 3, rng);
        double[] r0 = {0.7, -0.2, 0.4}, y = {1, -0.5};
        FlowDeviation dev = FlowComparison.compare(a0, r0, y, y.clone(), ETA_A, ETA_X, T, 40, IntegrationSettings.DEFAULT);
        // Mathematically identical flows; 1e-9 is integration error (tolerances 1e-12) with margin.
        assertThat(dev.centreOfMass()).isLessThan(1e-12);
        assertThat(dev.decoderDeviation()).isLessThan(1e-9);
        assertThat(dev.separationDeviation()).isLessThan(1e-9);
        assertThat(dev.biasError()).isLessThan(1e-12);
        assertThat(dev.outcomeEq7()).isEqualTo(dev.outcomeEq8());
    }

    @Test
    void fromZeroBiasTheCentreOfMassMovesAndEq8IsLeft() {
        SplittableRandom rng = new SplittableRandom(1);
        double[][] a0 = gaussian(2, 3, rng);
        double[] r0 = {0.7, -0.2, 0.4}, y = {1, -0.5};
        FlowDeviation dev = FlowComparison.compare(a0, r0, y, new double[2], ETA_A, ETA_X, T, 40, IntegrationSettings.DEFAULT);
        System.out.printf("b(0) = 0, |y| = %.3f: max|s|/|r0| = %.3g, max|dA|/|A0| = %.3g, max|dr|/|r0| = %.3g, "
                + "|b(T) - y|/|y| = %.3g, |As + b - y|/|y| = %.3g, outcomes %s/%s%n",
                FlowComparison.norm(y), dev.centreOfMass(), dev.decoderDeviation(), dev.separationDeviation(),
                dev.biasError(), dev.meanOutputError(),
                dev.outcomeEq7().words(), dev.outcomeEq8().words());
        // d(x1 + x2)/dt = -eta_x A^T(A(x1 + x2) + 2(b - y)) is O(eta_x |A| |y|) at t = 0: s departs by O(1).
        assertThat(dev.centreOfMass()).isGreaterThan(0.01);
        assertThat(dev.decoderDeviation()).isGreaterThan(0.01);
        // Eq. 15's b(t) -> y fails: part of the target is fitted through A s, and only the centre's output
        // A s + b reaches y (the loss's minimum is the manifold A s + b = y, A r = 0).
        assertThat(dev.biasError()).isGreaterThan(0.01);
        assertThat(dev.meanOutputError()).isLessThan(1e-6);
    }

    @Test
    void theMatrixMIsConservedAlongEq8ForAnyDecoderShape() {
        SplittableRandom rng = new SplittableRandom(2);
        for (int[] kd : new int[][] {{1, 1}, {2, 3}, {3, 2}, {4, 4}}) {
            double[][] a0 = gaussian(kd[0], kd[1], rng);
            double[] r0 = gaussian(1, kd[1], rng)[0];
            FlowDeviation dev = FlowComparison.compare(a0, r0, new double[kd[0]], new double[kd[0]], ETA_A, ETA_X, T, 30,
                    IntegrationSettings.DEFAULT);
            // Relative to the size of M's two terms; tolerances 1e-12, 1e-9 leaves room for accumulation.
            assertThat(dev.conservedMatrixDrift()).as("k=%d d=%d", kd[0], kd[1]).isLessThan(1e-9);
        }
    }

    @Test
    void theAnsatzHoldsExactlyWhenR0IsARightSingularVectorOfA0() {
        SplittableRandom rng = new SplittableRandom(3);
        double[] e1 = {1, 0, 0};
        double[][] aligned = ansatzDecoder(2, 3, rng);
        FlowDeviation holds = FlowComparison.compare(aligned, e1, new double[2], new double[2], ETA_A, ETA_X, T, 30,
                IntegrationSettings.DEFAULT);
        assertThat(holds.ansatzResidual()).isLessThan(1e-12);
        double[][] generic = gaussian(2, 3, rng);
        FlowDeviation fails = FlowComparison.compare(generic, e1, new double[2], new double[2], ETA_A, ETA_X, T, 30,
                IntegrationSettings.DEFAULT);
        assertThat(fails.ansatzResidual()).isGreaterThan(1e-2);
    }

    @Test
    void underTheAnsatzEq8ReducesToEq10() {
        SplittableRandom rng = new SplittableRandom(4);
        double[][] a0 = ansatzDecoder(3, 3, rng); // |A0 e1| = 1: the normalisation Eq. 10 takes
        double a2 = 0.9, c = 0.6, t = 500;
        MatrixReponFlow eq8 = new MatrixReponFlow(3, 3, ETA_A, ETA_X);
        double[][] aStart = new double[3][3];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) aStart[i][j] = a2 * a0[i][j];
        double[] s = new DormandPrince853Integrator(0, t, 1e-15, 1e-12)
                .integrate(eq8, new ODEState(0, eq8.state(aStart, new double[] {c, 0, 0})), t).getPrimaryState();
        ClosedFormRepon exact = new ClosedFormRepon(new ReducedReponSystem(ETA_A, ETA_X), a2, c);
        double[][] a = eq8.decoder(s);
        for (int i = 0; i < 3; i++) // A(t) e1 = a2(t) A0 e1; relative 1e-9 (tolerance 1e-12)
            assertThat(a[i][0]).isCloseTo(exact.a2(t) * a0[i][0], within(1e-9));
        assertThat(eq8.halfSeparation(s)[0]).isCloseTo(exact.c(t), within(1e-9));
    }

    @Test
    void theSignOfTheSmallestEigenvalueOfMDecidesCollisionForSquareDecoders() {
        SplittableRandom rng = new SplittableRandom(5);
        int agree = 0, decided = 0, collisions = 0;
        for (int trial = 0; trial < 40; trial++) {
            double[][] a0 = gaussian(3, 3, rng);
            double[] r0 = gaussian(1, 3, rng)[0];
            for (int j = 0; j < 3; j++) r0[j] *= 0.15; // balance the two terms of M at these rates
            double lambda = ConservedMatrix.smallestEigenvalue(ConservedMatrix.of(a0, r0, ETA_A, ETA_X));
            MatrixReponFlow eq8 = new MatrixReponFlow(3, 3, ETA_A, ETA_X);
            Outcome o = new FlowCollisionClassifier(eq8, IntegrationSettings.DEFAULT).classify(eq8.state(a0, r0));
            if (o == Outcome.UNDECIDED) continue;
            decided++;
            if (o == Outcome.COLLISION) collisions++;
            if ((lambda > 0) == (o == Outcome.COLLISION)) agree++;
        }
        assertThat(decided).isGreaterThan(30);
        assertThat(agree).isEqualTo(decided);
        assertThat(collisions).as("both outcomes occur").isBetween(5, decided - 5);
    }
}
