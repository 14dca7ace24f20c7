package org.geneft.training;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The data set of a relation, all n² labelled pairs ((i, j), R_ij), split at random into a training set of
 * round(fraction · n²) pairs and a test set of the rest. Pairs are stored training set first, each part in
 * row-major order (i·n + j), so that a kernel can run its forward pass over all pairs and its backward pass
 * over the first {@link #trainPairs()}.
 */
public final class TrainingSplit {
    private final int n, trainPairs;
    private final int[] left, right;
    private final double[] target;

    private TrainingSplit(int n, int trainPairs, int[] left, int[] right, double[] target) {
        this.n = n;
        this.trainPairs = trainPairs;
        this.left = left;
        this.right = right;
        this.target = target;
    }

    /**
     * A uniformly random training set of round(fraction · n²) pairs (partial Fisher–Yates with the given random
     * source); both parts must be non-empty.
     */
    public static TrainingSplit sample(boolean[][] relation, double fraction, SplittableRandom rng) {
        int n = relation.length;
        int total = n * n;
        long t = Math.round(fraction * total);
        if (t < 1 || t > total - 1)
            throw new IllegalArgumentException("--train-frac " + fraction + " of " + total + " pairs leaves "
                    + (t < 1 ? "no training pair" : "no test pair") + "; choose a fraction with both sets non-empty");
        int train = (int) t;
        int[] order = new int[total];
        for (int p = 0; p < total; p++) order[p] = p;
        for (int p = 0; p < train; p++) {
            int q = p + rng.nextInt(total - p);
            int tmp = order[p]; order[p] = order[q]; order[q] = tmp;
        }
        Arrays.sort(order, 0, train);
        Arrays.sort(order, train, total);
        int[] left = new int[total], right = new int[total];
        double[] target = new double[total];
        for (int p = 0; p < total; p++) {
            left[p] = order[p] / n;
            right[p] = order[p] % n;
            target[p] = relation[left[p]][right[p]] ? 1 : 0;
        }
        return new TrainingSplit(n, train, left, right, target);
    }

    /** Number of elements n. */
    public int n() { return n; }

    /** Number of pairs, n². */
    public int pairs() { return left.length; }

    /** Pairs in the training set; they are pairs 0 .. trainPairs − 1. */
    public int trainPairs() { return trainPairs; }

    /** Pairs in the test set. */
    public int testPairs() { return left.length - trainPairs; }

    /** The first element i of pair p. */
    public int left(int p) { return left[p]; }

    /** The second element j of pair p. */
    public int right(int p) { return right[p]; }

    /** R_ij of pair p, as 0 or 1. */
    public double target(int p) { return target[p]; }
}
