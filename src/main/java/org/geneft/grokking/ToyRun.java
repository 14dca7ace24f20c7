package org.geneft.grokking;

import org.geneft.training.SumDecoderModel;
import org.geneft.util.NumpyLegacyRandom;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One training run of the grokking paper's toy model on addition (Sec. 2; the authors' train_add): p symbols, the
 * unordered pairs (i, j), i &lt;= j, labelled i + j; a random training set of trainPairs of them, the rest held out;
 * full-batch AdamW on both the embeddings and the decoder. Or on another task ({@link ToyTask}): the permutation group
 * S3 with matrix embeddings (Appendix H). Each step it records the training and held-out accuracy
 * (at the step's forward pass, as train_add's held-out accuracy is; after the step for S3, as the permutation
 * notebook reads them) and the representation quality index RQI
 * (Eq. 3: the fraction of all parallelograms of the data present in the normalised representation within delta), and
 * at the end the accuracy Appendix D predicts from the representation's parallelograms, with the ideal model's
 * accuracy and RQI (Appendix E).
 */
public final class ToyRun {
    /** The authors' thresholds: accuracy 0.9, RQI 0.95, a parallelogram within mean squared distance 0.01. */
    public static final double ACCURACY = 0.9, RQI = 0.95, DELTA = 0.01;

    /** When a run may stop before its step budget. */
    public enum Stop { NEVER, AT_RQI, AT_GENERALIZATION }

    /**
     * Where a run's random target vectors and training split come from. The network's initial weights are always
     * geneft's own draw from the seed (torch's generator is not reproduced).
     */
    public enum Draw {
        /** geneft's own generator (SplittableRandom) from the seed: a fresh draw of the same law as the authors'. */
        GENEFT,
        /**
         * The authors' own draw for Figs. 3-5: numpy's legacy generator seeded with the seed, called as
         * toy/train_add.py calls it (the (2p - 1) x output-dimension normal targets, then choice(p(p + 1)/2,
         * trainPairs, replace=False)), so a run sees the targets and the training pairs the authors' run with that
         * seed saw.
         */
        AUTHORS,
        /**
         * The authors' own draw for the phase diagrams of Fig. 6 (phase_diagram_plot/phase_diagram*.ipynb): first the
         * p input templates of the (unused) encoder, p x output dimension normals, then, for regression, the targets,
         * then the split; classification's targets are one-hot, drawn from nothing.
         */
        AUTHORS_PHASES;

        /**
         * This draw for runs whose authors drew one way only (train_add's calls, or the permutation notebook's): any
         * authors' draw is AUTHORS, geneft's stays.
         */
        public Draw single() {
            return this == GENEFT ? this : AUTHORS;
        }

        /** The command line's word: authors (AUTHORS, or AUTHORS_PHASES for a phase diagram) or geneft. */
        public static Draw parse(String option, String word) {
            return switch (word) {
                case "authors" -> AUTHORS;
                case "geneft" -> GENEFT;
                default -> throw new IllegalArgumentException(option + ": expected authors or geneft, got '" + word + "'");
            };
        }
    }

    /**
     * @param p          symbols; @param embeddingDim the embeddings' dimension (1 for the theory's figures)
     * @param trainPairs training pairs, of p(p+1)/2
     * @param width      the decoder's hidden width (the authors' 200)
     * @param outputDim  MSE targets' dimension (the authors' 30)
     */
    public record Config(int p, int embeddingDim, int trainPairs, SumDecoderModel.Loss loss, int width, int outputDim,
            SumDecoderModel.Optimisers optimisers, SumDecoderModel.Init init, long steps, long measureAt, Stop stop,
            long seed, Draw draw, int batch, ToyTask task) {
        public Config {
            if (measureAt < 1 || measureAt > steps)
                throw new IllegalArgumentException("the measuring step must lie in [1, steps], got " + measureAt);
            if (task.fixedSymbols() > 0 && (p != task.fixedSymbols() || embeddingDim != task.fixedDimension()))
                throw new IllegalArgumentException(task + " needs p = " + task.fixedSymbols() + " symbols of dimension "
                        + task.fixedDimension() + ", got " + p + " and " + embeddingDim);
            int all = task.pairs(Math.max(p, 0)).size();
            if (p < 3) throw new IllegalArgumentException("need p >= 3 symbols, got " + p);
            if (trainPairs < 1 || trainPairs >= all)
                throw new IllegalArgumentException("training pairs must lie in [1, " + (all - 1) + "], got " + trainPairs);
            if (steps < 1) throw new IllegalArgumentException("steps must be >= 1, got " + steps);
            if (draw != Draw.GENEFT && (seed < 0 || seed > 0xFFFF_FFFFL))
                throw new IllegalArgumentException("the authors' draw takes numpy's seeds, 0 to 2^32 - 1, got " + seed);
            if (batch < 1 || batch > trainPairs)
                throw new IllegalArgumentException("the batch must hold 1 to " + trainPairs + " training pairs, got " + batch);
            if (batch < trainPairs && draw == Draw.AUTHORS_PHASES)
                throw new IllegalArgumentException("the authors' phase notebooks train full batch");
            if (task != ToyTask.ADDITION && draw == Draw.AUTHORS_PHASES)
                throw new IllegalArgumentException("the authors drew " + task + "'s runs one way only: AUTHORS");
        }

        /** A run on addition. */
        public Config(int p, int embeddingDim, int trainPairs, SumDecoderModel.Loss loss, int width, int outputDim,
                SumDecoderModel.Optimisers optimisers, SumDecoderModel.Init init, long steps, long measureAt, Stop stop,
                long seed, Draw draw, int batch) {
            this(p, embeddingDim, trainPairs, loss, width, outputDim, optimisers, init, steps, measureAt, stop, seed,
                    draw, batch, ToyTask.ADDITION);
        }

        /** A full-batch run on a draw. */
        public Config(int p, int embeddingDim, int trainPairs, SumDecoderModel.Loss loss, int width, int outputDim,
                SumDecoderModel.Optimisers optimisers, SumDecoderModel.Init init, long steps, long measureAt, Stop stop,
                long seed, Draw draw) {
            this(p, embeddingDim, trainPairs, loss, width, outputDim, optimisers, init, steps, measureAt, stop, seed,
                    draw, trainPairs);
        }

        /** A run on geneft's own draw. */
        public Config(int p, int embeddingDim, int trainPairs, SumDecoderModel.Loss loss, int width, int outputDim,
                SumDecoderModel.Optimisers optimisers, SumDecoderModel.Init init, long steps, long measureAt, Stop stop,
                long seed) {
            this(p, embeddingDim, trainPairs, loss, width, outputDim, optimisers, init, steps, measureAt, stop, seed,
                    Draw.GENEFT);
        }

        /** The same run on another draw. */
        public Config on(Draw other) {
            return new Config(p, embeddingDim, trainPairs, loss, width, outputDim, optimisers, init, steps, measureAt,
                    stop, seed, other, batch, task);
        }

        /** The same run with minibatches of this many training pairs, drawn afresh each step (the authors' batch_size). */
        public Config withBatch(int size) {
            return new Config(p, embeddingDim, trainPairs, loss, width, outputDim, optimisers, init, steps, measureAt,
                    stop, seed, draw, size, task);
        }

        /** The authors' defaults (toy/train_add.py): p = 10, 1-D, 200 wide, 30 outputs, eta 1e-3 and 1e-4, no decay. */
        public static Config authors(int trainPairs, SumDecoderModel.Loss loss, long steps, Stop stop, long seed) {
            return authors(trainPairs, loss, steps, steps, stop, seed);
        }

        /** The same, measuring the accuracies, RQI and predicted accuracy after {@code measureAt} steps. */
        public static Config authors(int trainPairs, SumDecoderModel.Loss loss, long steps, long measureAt, Stop stop,
                long seed) {
            return new Config(10, 1, trainPairs, loss, 200, 30, new SumDecoderModel.Optimisers(1e-3, 0, 1e-4, 0),
                    SumDecoderModel.Init.AUTHORS, steps, measureAt, stop, seed);
        }
    }

    /**
     * @param stepsRun      steps taken
     * @param trainStep     first step with training accuracy >= 0.9 (-1 if none); likewise testStep, rqiStep (RQI &gt; 0.95)
     * @param accuracy      the accuracy over all pairs after measureAt steps (training and held-out); trainAccuracy,
     *                      testAccuracy and rqi likewise: what a run of measureAt steps ends with
     * @param predicted     Appendix D's accuracy predicted from that representation's parallelograms
     * @param ideal         the ideal model's accuracy (IdealAccuracy); idealRqi its RQI, |P(D)|/|P0|
     */
    public record Result(Config config, long stepsRun, long trainStep, long testStep, long rqiStep, double trainAccuracy,
            double testAccuracy, double accuracy, double rqi, double predicted, double ideal, double idealRqi,
            double[] embeddings, List<int[]> training) { }

    private ToyRun() { }

    /** Every pair (i, j), i <= j < p, in the seeded order of a run: its training pairs first, then the held-out ones. */
    static List<int[]> samples(int p, long seed) {
        return LinearStructureProbability.sample(LinearStructureProbability.allPairs(p), p * (p + 1) / 2,
                new SplittableRandom(seed));
    }

    /**
     * A run's pairs, training pairs first (in the order drawn), its MSE targets (null: the model's own), and where its
     * minibatches come from: the generator that drew the split, continued, as train_add's np.random.choice each step.
     */
    record Drawn(List<int[]> order, double[][] targets, java.util.function.IntFunction<int[]> batches) { }

    static Drawn draw(Config c) {
        int p = c.p();
        List<int[]> all = c.task().pairs(p);
        if (c.draw() == Draw.GENEFT) {
            SplittableRandom batches = new SplittableRandom(c.seed() ^ 0xBA7C4L);
            return new Drawn(LinearStructureProbability.sample(all, all.size(), new SplittableRandom(c.seed())), null,
                    size -> LinearStructureProbability.firstOfPermutation(c.trainPairs(), size, batches));
        }
        NumpyLegacyRandom rng = new NumpyLegacyRandom(c.seed());
        if (c.task() == ToyTask.PERMUTATION) {
            // toy/Figure5d_permutation.ipynb: np.random.seed(seed); y_templates = normal(0, 1, (6, 30)); then
            // train_id = choice(36, train_num, replace=False), the rest held out (its batches are the whole set).
            double[][] targets = rng.normal(p, c.outputDim());
            return new Drawn(split(all, rng.choiceWithoutReplacement(all.size(), c.trainPairs())),
                    c.loss() == SumDecoderModel.Loss.MSE ? targets : null,
                    size -> rng.choiceWithoutReplacement(c.trainPairs(), size));
        }
        // toy/train_add.py: np.random.seed(seed); y_templates = normal(0, 1, (2p - 1, output_dim)), output_dim = 2p - 1
        // for cross-entropy; then train_id = choice(all, train_num, replace=False), the rest held out. The phase-diagram
        // notebooks draw x_templates = normal(0, 1, (p, output_dim)) first, and no targets for cross-entropy.
        int classes = 2 * p - 1, columns = c.loss() == SumDecoderModel.Loss.CE ? classes : c.outputDim();
        if (c.draw() == Draw.AUTHORS_PHASES) rng.normal(p, columns);
        double[][] targets = c.draw() == Draw.AUTHORS || c.loss() == SumDecoderModel.Loss.MSE ? rng.normal(classes, columns) : null;
        return new Drawn(split(all, rng.choiceWithoutReplacement(all.size(), c.trainPairs())),
                c.loss() == SumDecoderModel.Loss.MSE ? targets : null,
                size -> rng.choiceWithoutReplacement(c.trainPairs(), size));
    }

    /** The samples in a run's order: the chosen ones first, as chosen, then the rest in their own order. */
    private static List<int[]> split(List<int[]> all, int[] chosen) {
        List<int[]> order = new ArrayList<>();
        boolean[] trained = new boolean[all.size()];
        for (int s : chosen) {
            order.add(all.get(s));
            trained[s] = true;
        }
        for (int s = 0; s < all.size(); s++) if (!trained[s]) order.add(all.get(s));
        return order;
    }

    public static Result run(Config c) {
        int p = c.p();
        ToyTask task = c.task();
        Drawn drawn = draw(c);
        List<int[]> order = drawn.order();
        int all = order.size();
        int[] left = new int[all], right = new int[all], label = new int[all];
        for (int s = 0; s < all; s++) {
            left[s] = order.get(s)[0];
            right[s] = order.get(s)[1];
            label[s] = task.label(left[s], right[s]);
        }
        SumDecoderModel model = new SumDecoderModel(p, c.embeddingDim(), c.width(), task.classes(p), c.outputDim(),
                c.loss(), left, right, label, c.trainPairs(), c.optimisers(), c.init(), c.seed() ^ 0x5DEECE66DL,
                drawn.targets(), task.combination(), task.l1());
        List<int[]> parallelograms = task.parallelograms(p);
        boolean afterStep = task.measuresAfterStep();
        long trainStep = -1, testStep = -1, rqiStep = -1, step = 0;
        double trainAcc = 0, testAcc = 0, rqi = 0, measuredTrain = 0, measuredTest = 0, measuredRqi = 0;
        double[] measured = null;
        if (c.batch() < c.trainPairs()) model.chooseBatch(drawn.batches().apply(c.batch()));
        model.forward();
        for (; step < c.steps(); step++) {
            if (!afterStep) {
                trainAcc = model.accuracy(0, c.trainPairs());
                testAcc = model.accuracy(c.trainPairs(), all);
            }
            if (!Double.isFinite(model.trainLoss()))
                throw new IllegalStateException("the training loss is not finite at step " + step + ": lower the learning rates");
            model.step();
            // The next step's forward pass, which also shows the parameters this step left.
            if (c.batch() < c.trainPairs()) model.chooseBatch(drawn.batches().apply(c.batch()));
            model.forward();
            if (afterStep) {
                trainAcc = model.accuracy(0, c.trainPairs());
                testAcc = model.accuracy(c.trainPairs(), all);
            }
            rqi = rqi(task, model.embeddings(), p, c.embeddingDim(), parallelograms);
            if (trainStep < 0 && trainAcc >= ACCURACY) trainStep = step;
            if (testStep < 0 && testAcc >= ACCURACY) testStep = step;
            if (rqiStep < 0 && rqi > RQI) rqiStep = step;
            if (step + 1 == c.measureAt()) {
                measuredTrain = trainAcc;
                measuredTest = testAcc;
                measuredRqi = rqi;
                measured = model.embeddings();
            }
            if (step + 1 < c.measureAt()) continue;
            if (c.stop() == Stop.AT_RQI && rqiStep >= 0) break;
            if (c.stop() == Stop.AT_GENERALIZATION && trainStep >= 0 && testStep >= 0) break;
        }
        long stepsRun = Math.min(step + 1, c.steps());
        double accuracy = (measuredTrain * c.trainPairs() + measuredTest * (all - c.trainPairs())) / all;
        List<int[]> train = order.subList(0, c.trainPairs());
        // The ideal model of Appendices D-E is addition's (linear equations over the symbols); none for S3.
        boolean addition = task == ToyTask.ADDITION;
        return new Result(c, stepsRun, trainStep, testStep, rqiStep, measuredTrain, measuredTest, accuracy, measuredRqi,
                predictedAccuracy(task, measured, p, c.embeddingDim(), order, c.trainPairs()),
                addition ? IdealAccuracy.overAll(p, train) : Double.NaN,
                addition ? idealRqi(p, train, parallelograms) : Double.NaN, measured, List.copyOf(train));
    }

    /** Every parallelogram of addition's data: two distinct pairs with the same sum, {i, j, m, n}. */
    static List<int[]> allParallelograms(int p) {
        return ToyTask.ADDITION.parallelograms(p);
    }

    /** RQI (Eq. 3) on addition: the fraction of all parallelograms present in the normalised representation. */
    static double rqi(double[] e, int p, int d, List<int[]> parallelograms) {
        return rqi(ToyTask.ADDITION, e, p, d, parallelograms);
    }

    /** RQI of a task (Eq. 3; Appendix H's generalized parallelograms). */
    static double rqi(ToyTask task, double[] e, int p, int d, List<int[]> parallelograms) {
        double[] n = task.normalised(e, p, d);
        double[][] combinations = task.combinations(n, p, d);
        int present = 0;
        for (int[] q : parallelograms) if (task.present(n, combinations, p, d, q)) present++;
        return present / (double) parallelograms.size();
    }

    static double predictedAccuracy(double[] e, int p, int d, List<int[]> order, int trainPairs) {
        return predictedAccuracy(ToyTask.ADDITION, e, p, d, order, trainPairs);
    }

    /**
     * Appendix D's predicted accuracy: the training pairs, and each held-out pair that forms a present parallelogram
     * with some training pair (Eq. 11-13; Appendix H's Dbar for S3), over all pairs.
     */
    static double predictedAccuracy(ToyTask task, double[] e, int p, int d, List<int[]> order, int trainPairs) {
        double[] n = task.normalised(e, p, d);
        double[][] combinations = task.combinations(n, p, d);
        int right = trainPairs;
        for (int s = trainPairs; s < order.size(); s++) {
            int[] x = order.get(s);
            for (int t = 0; t < trainPairs; t++) {
                int[] y = order.get(t);
                if (task.label(x[0], x[1]) == task.label(y[0], y[1]) && task.present(n, combinations, p, d, new int[] {x[0], x[1], y[0], y[1]})) {
                    right++;
                    break;
                }
            }
        }
        return right / (double) order.size();
    }

    /** The ideal model's RQI (Appendix E, Eq. 16): the parallelograms the training set implies, over all of them. */
    static double idealRqi(int p, List<int[]> train, List<int[]> parallelograms) {
        ParallelogramSystem system = new ParallelogramSystem(p, train);
        int implied = 0;
        for (int[] q : parallelograms)
            if (system.implies(new int[] {q[0], q[1]}, new int[] {q[2], q[3]})) implied++;
        return implied / (double) parallelograms.size();
    }
}
