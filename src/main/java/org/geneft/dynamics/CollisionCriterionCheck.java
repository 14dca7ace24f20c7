package org.geneft.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Tests {@link CollisionCriterion} against integration: random (A0, r0) for several decoder shapes,
 * each classified by integrating Eq. 8 ({@link FlowCollisionClassifier}) and by the sign of M on V.
 */
public final class CollisionCriterionCheck {

    /** Decoder shapes k×d: square, d &lt; k, and d &gt; k where AᵀA is singular. */
    static final int[][] SHAPES = {{1, 1}, {2, 2}, {3, 3}, {3, 2}, {1, 2}, {2, 3}, {1, 3}};

    /**
     * Agreement for one group of draws.
     *
     * @param k, d                 the decoder's shape
     * @param rowSpace             r0 drawn inside A0's row space (the d &gt; k case that can collide)
     * @param draws                draws made
     * @param undecided            draws the integration left undecided (not counted below)
     * @param collisions           decided draws that collided
     * @param agree                decided draws where M on V predicted the outcome
     * @param agreeUnrestricted    decided draws where λ_min(M) on all of R^d predicted it
     */
    public record Group(int k, int d, boolean rowSpace, int draws, int undecided, int collisions, int agree,
                        int agreeUnrestricted) {
        public int decided() {
            return draws - undecided;
        }
    }

    private CollisionCriterionCheck() { }

    /**
     * A0 ~ N(0, 1) entrywise and r0 ~ N(0, 1) (or r0 = A0ᵀz, z ~ N(0, 1), for the row-space groups of d &gt; k),
     * from one seeded stream drawn in a fixed order, so the result does not depend on the thread count.
     */
    public static List<Group> run(int drawsPerGroup, long seed, double etaA, double etaX, IntegrationSettings settings) {
        if (drawsPerGroup < 1) throw new IllegalArgumentException("draws per group must be >= 1, got " + drawsPerGroup);
        SplittableRandom rng = new SplittableRandom(seed);
        List<Group> groups = new ArrayList<>();
        for (boolean rowSpace : new boolean[] {false, true})
            for (int[] shape : SHAPES) {
                int k = shape[0], d = shape[1];
                if (rowSpace && d <= k) continue; // the row space is all of R^d already
                double[][][] a = new double[drawsPerGroup][k][d];
                double[][] r = new double[drawsPerGroup][d];
                for (int i = 0; i < drawsPerGroup; i++) draw(rng, a[i], r[i], rowSpace);
                MatrixReponFlow flow = new MatrixReponFlow(k, d, etaA, etaX);
                FlowCollisionClassifier classifier = new FlowCollisionClassifier(flow, settings);
                int[][] counts = IntStream.range(0, drawsPerGroup).parallel().mapToObj(i -> {
                    Outcome o = classifier.classify(flow.state(a[i], r[i]));
                    CollisionCriterion.Prediction p = CollisionCriterion.predict(a[i], r[i], etaA, etaX);
                    if (o == Outcome.UNDECIDED) return new int[] {1, 0, 0, 0};
                    return new int[] {0, o == Outcome.COLLISION ? 1 : 0, o == p.outcome() ? 1 : 0,
                        o == p.outcomeUnrestricted() ? 1 : 0};
                }).collect(() -> new int[1][4], (acc, c) -> { for (int j = 0; j < 4; j++) acc[0][j] += c[j]; },
                        (x, y) -> { for (int j = 0; j < 4; j++) x[0][j] += y[0][j]; });
                int[] c = counts[0];
                groups.add(new Group(k, d, rowSpace, drawsPerGroup, c[0], c[1], c[2], c[3]));
            }
        return groups;
    }

    private static void draw(SplittableRandom rng, double[][] a, double[] r, boolean rowSpace) {
        int k = a.length, d = r.length;
        for (double[] row : a) for (int j = 0; j < d; j++) row[j] = rng.nextGaussian();
        if (!rowSpace) {
            for (int j = 0; j < d; j++) r[j] = rng.nextGaussian();
            return;
        }
        for (int q = 0; q < k; q++) {
            double z = rng.nextGaussian();
            for (int j = 0; j < d; j++) r[j] += a[q][j] * z;
        }
    }
}
