package org.geneft.grokking;

import org.geneft.training.TransformerModel;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One training run of Sec. 4.2's transformer on addition modulo p: every ordered pair (a, b) of Z_p, a seeded share of
 * them trained on (full batch), the rest held out. Every {@code every} steps it measures both accuracies and the
 * entropy of the embeddings' PCA; it keeps the embeddings' picture when the training set first passes 90 % (the
 * memorized model) and at the end. It runs until the held-out set has passed 90 % at step t and twice t steps have
 * gone by (to see what follows generalization), or until the step budget, or until its embeddings turn non-finite
 * (training diverged: a large rate with a large decay, whose decoupled decay factor 1 - rate * decay is below -1).
 */
public final class TransformerRun {
    /** The 90 % of Appendix A's phases, on both sets. */
    static final double LEVEL = 0.9;

    /**
     * @param fraction the share of the p^2 pairs trained on
     * @param decay    AdamW's weight decay on the decoder
     * @param every    steps between two measurements
     */
    public record Config(int p, int d, int heads, int hidden, int depth, double dropout, double fraction,
            double embedLr, double decoderLr, double embedDecay, double decay, long steps, int every, long seed) {
        public Config {
            if (!(fraction > 0 && fraction < 1)) throw new IllegalArgumentException("transformer: fraction in (0, 1)");
            if (steps < 1 || every < 1) throw new IllegalArgumentException("transformer: steps and every must be >= 1");
        }

        public String key() {
            return String.format(java.util.Locale.ROOT, "p=%d d=%d heads=%d hidden=%d depth=%d dropout=%s fraction=%s "
                    + "lr=%s/%s decay=%s/%s steps=%d every=%d seed=%d", p, d, heads, hidden, depth, dropout, fraction,
                    embedLr, decoderLr, embedDecay, decay, steps, every, seed);
        }

        TransformerModel.Shape shape() {
            return new TransformerModel.Shape(p, d, heads, hidden, depth, dropout, embedLr, decoderLr, embedDecay, decay);
        }
    }

    /** One measurement: the step, both accuracies and the PCA entropy S (nats). */
    public record Point(long step, double train, double test, double entropy) { }

    /**
     * @param trainStep the first measured step with training accuracy at least 90 %, or -1
     * @param testStep  the same for the held-out set, or -1
     * @param atStart   the embeddings' picture at initialisation
     * @param atMemory  the picture at trainStep (null if never)
     * @param atEnd     the picture at the last step
     * @param startOnEnd the embeddings at initialisation on the end's first two principal axes (Appendix K); null in
     *                  runs stored before it was measured
     */
    public record Result(Config config, long trainStep, long testStep, long lastStep, double finalTrain,
            double finalTest, EmbeddingPca.Circle atStart, EmbeddingPca.Circle atMemory, EmbeddingPca.Circle atEnd,
            List<Point> trajectory, EmbeddingPca.Circle startOnEnd) {
        /** Whether training diverged: the embeddings turned non-finite at lastStep, where the run stopped. */
        public boolean diverged() {
            return Double.isNaN(trajectory.get(trajectory.size() - 1).entropy());
        }

        public PhaseDiagram.Phase phase() {
            return PhaseDiagram.phase(trainStep, testStep);
        }
    }

    private TransformerRun() { }

    public static Result run(Config c) {
        // The authors' count, int(total * split_ratio) (phasegrok/data_gen.py).
        int p = c.p(), n = p * p, train = (int) (c.fraction() * n);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        // The split's own stream, so that the weights' seed and the split's are independent draws of one seed.
        SplittableRandom split = new SplittableRandom(c.seed()).split();
        for (int i = n - 1; i > 0; i--) {
            int j = split.nextInt(i + 1), t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] a = new int[n], b = new int[n], cls = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = order[i] / p;
            b[i] = order[i] % p;
            cls[i] = (a[i] + b[i]) % p;
        }
        int[] ha = java.util.Arrays.copyOfRange(a, train, n), hb = java.util.Arrays.copyOfRange(b, train, n),
                hc = java.util.Arrays.copyOfRange(cls, train, n);
        TransformerModel m = new TransformerModel(c.shape(), n, c.seed());
        List<Point> points = new ArrayList<>();
        long trainStep = -1, testStep = -1, step = 0;
        EmbeddingPca.Circle atStart = null, atMemory = null;
        double[][] initial = m.embeddings();
        EmbeddingPca pca;
        double acTrain, acTest;
        for (; ; step++) {
            if (step % c.every() == 0 || step == c.steps()) {
                acTrain = m.accuracy(a, b, cls, train);
                acTest = m.accuracy(ha, hb, hc, n - train);
                pca = new EmbeddingPca(m.embeddings());
                points.add(new Point(step, acTrain, acTest, pca.entropy()));
                if (step == 0) atStart = pca.circle();
                if (trainStep < 0 && acTrain >= LEVEL) {
                    trainStep = step;
                    atMemory = pca.circle();
                }
                if (testStep < 0 && acTest >= LEVEL) testStep = step;
                if (step >= c.steps() || (testStep >= 0 && step >= 2 * testStep)) break;
                // Non-finite embeddings stay so (AdamW's moments and every later gradient are NaN too): the run
                // has ended as it would at its budget, so it stops here, its last point showing the divergence.
                if (pca.diverged()) break;
            }
            m.step(a, b, cls, train);
        }
        // The loop ends right after a measurement: its picture is the end's.
        return new Result(c, trainStep, testStep, step, acTrain, acTest, atStart, atMemory, pca.circle(), points,
                pca.circleOf(initial));
    }
}
