package org.geneft.grokking;

import org.geneft.training.SumDecoderModel;

import java.util.ArrayList;
import java.util.List;

/**
 * One of the grokking paper's phase diagrams of the toy model (Sec. 4.1, Fig. 6; the authors' toy/Figure5.ipynb and
 * produce_figure_data.py): addition on p = 10, 45 of the 55 pairs trained, a grid of two optimiser settings, each run
 * up to 10^4 steps and stopped once both accuracies pass 90 %. Phases as Appendix A's Table 1 with the authors'
 * thresholds: comprehension and grokking reach 90 % on both sets within the steps, grokking when the held-out set
 * gets there more than 10^3 steps after the training set; memorization reaches it on the training set only;
 * confusion on neither.
 */
public final class PhaseDiagram {
    /** The authors' gap between the two 90 % steps beyond which generalization counts as delayed (Fig. 5(b), 5(c)). */
    public static final long GROKKING_GAP = 1_000;
    /** The repository's toy runs' step budget (toy/produce_figure_data.py); the published figure ran 10^5. */
    public static final long STEPS = 10_000;
    /** Every diagram's task: addition on p symbols, the first TRAIN_PAIRS of the p(p + 1)/2 pairs trained. */
    static final int P = 10, TRAIN_PAIRS = 45;

    public enum Phase {
        COMPREHENSION, GROKKING, MEMORIZATION, CONFUSION;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Which two settings the diagram sweeps. */
    public enum Kind {
        /** Fig. 6(a): embedding learning rate (x) against decoder learning rate (y), regression, no weight decay. */
        RATES("a", SumDecoderModel.Loss.MSE),
        /** Fig. 6(b): decoder learning rate (x) against decoder weight decay (y), regression. */
        DECAY_MSE("b", SumDecoderModel.Loss.MSE),
        /** Fig. 6(c): the same with classification (cross-entropy). */
        DECAY_CE("c", SumDecoderModel.Loss.CE),
        /** Appendix G, Fig. 13: decoder learning rate (x) against the minibatch's size (y), regression. */
        BATCH("g13", SumDecoderModel.Loss.MSE),
        /** Appendix G, Fig. 14: decoder learning rate (x) against the embeddings' initialisation scale (y). */
        INIT_SCALE("g14", SumDecoderModel.Loss.MSE),
        /** Appendix G, Fig. 15: decoder learning rate (x) against the embeddings' weight decay (y). */
        EMBEDDING_DECAY("g15", SumDecoderModel.Loss.MSE),
        /**
         * Fig. 6(d), Appendix H: the permutation group S3 with matrix embeddings, decoder learning rate (x) against
         * decoder weight decay (y), regression (toy/Figure5d_permutation.ipynb).
         */
        PERMUTATION("d", SumDecoderModel.Loss.MSE);

        final String panel;
        final SumDecoderModel.Loss loss;

        Kind(String panel, SumDecoderModel.Loss loss) {
            this.panel = panel;
            this.loss = loss;
        }

        public String panel() {
            return panel;
        }
    }

    /** One cell: its two settings, the run's 90 % steps (-1: not within the steps) and its phase. */
    public record Cell(double x, double y, long trainStep, long testStep, Phase phase) { }

    private PhaseDiagram() { }

    /** Appendix A's phase of a run from its two 90 % steps. */
    public static Phase phase(long trainStep, long testStep) {
        if (trainStep < 0 && testStep < 0) return Phase.CONFUSION;
        if (testStep < 0) return Phase.MEMORIZATION;
        if (trainStep < 0) return Phase.CONFUSION; // held-out without training accuracy: not generalization
        return testStep - trainStep > GROKKING_GAP ? Phase.GROKKING : Phase.COMPREHENSION;
    }

    /** The configuration of the cell (x, y) of a diagram. */
    static ToyRun.Config config(Kind kind, double x, double y, long seed) {
        return config(kind, x, y, seed, STEPS);
    }

    static ToyRun.Config config(Kind kind, double x, double y, long seed, long steps) {
        return config(kind, x, y, seed, ToyRun.Draw.GENEFT, steps);
    }

    static ToyRun.Config config(Kind kind, double x, double y, long seed, ToyRun.Draw draw, long steps) {
        if (kind == Kind.PERMUTATION) return permutation(x, y, seed, draw, steps);
        SumDecoderModel.Optimisers opt = switch (kind) {
            case RATES -> new SumDecoderModel.Optimisers(x, 0, y, 0);
            case DECAY_MSE, DECAY_CE, PERMUTATION -> new SumDecoderModel.Optimisers(1e-3, 0, x, y);
            case BATCH, INIT_SCALE -> new SumDecoderModel.Optimisers(1e-3, 0, x, 0);
            case EMBEDDING_DECAY -> new SumDecoderModel.Optimisers(1e-3, y, x, 0);
        };
        SumDecoderModel.Init init = kind == Kind.INIT_SCALE ? new SumDecoderModel.Init(y, 1, 1) : SumDecoderModel.Init.AUTHORS;
        if (kind == Kind.BATCH && (y != Math.rint(y) || y < 1 || y > TRAIN_PAIRS))
            throw new IllegalArgumentException("a batch size must be a whole number of 1 to " + TRAIN_PAIRS + " pairs, got " + y);
        return new ToyRun.Config(P, 1, TRAIN_PAIRS, kind.loss, 200, 30, opt, init, steps, 1,
                ToyRun.Stop.AT_GENERALIZATION, seed, draw, kind == Kind.BATCH ? (int) y : TRAIN_PAIRS);
    }

    /** S3's training samples of the 36 (the notebook's train_num, the paper's 24/12 split). */
    static final int S3_TRAIN = 24;

    /**
     * A cell of Fig. 6(d) as toy/Figure5d_permutation.ipynb runs it: S3's 6 elements as 3 x 3 matrices initialised
     * uniform in +-0.05 (init_scale 0.1), 24 of the 36 ordered pairs trained, a 9-200-200-30 tanh decoder on MSE to
     * random targets, the embeddings' AdamW at 10^-3 without decay, the L1 term 10^-3 mean |E|. Any authors' draw is
     * the notebook's (one draw, named AUTHORS).
     */
    private static ToyRun.Config permutation(double rate, double decay, long seed, ToyRun.Draw draw, long steps) {
        return new ToyRun.Config(6, 9, S3_TRAIN, SumDecoderModel.Loss.MSE, 200, 30,
                new SumDecoderModel.Optimisers(1e-3, 0, rate, decay), new SumDecoderModel.Init(0.1, 1, 1), steps, 1,
                ToyRun.Stop.AT_GENERALIZATION, seed, draw.single(), S3_TRAIN,
                ToyTask.PERMUTATION);
    }

    /** Every cell of the grid xs x ys, on {@code threads} threads, in (y, x) order; seeded, so thread-independent. */
    public static List<Cell> run(Kind kind, List<Double> xs, List<Double> ys, long seed, int threads) {
        return run(kind, xs, ys, seed, threads, STEPS, null);
    }

    /** The same with a store of runs (or null): stored cells are read, new ones stored. */
    public static List<Cell> run(Kind kind, List<Double> xs, List<Double> ys, long seed, int threads, ToyRunStore store) {
        return run(kind, xs, ys, seed, threads, STEPS, store);
    }

    /** The configurations of the grid's cells, in (y, x) order. */
    static List<ToyRun.Config> configs(Kind kind, List<Double> xs, List<Double> ys, long seed, long steps) {
        return configs(kind, xs, ys, seed, ToyRun.Draw.GENEFT, steps);
    }

    static List<ToyRun.Config> configs(Kind kind, List<Double> xs, List<Double> ys, long seed, ToyRun.Draw draw, long steps) {
        List<ToyRun.Config> configs = new ArrayList<>();
        for (double y : ys) for (double x : xs) configs.add(config(kind, x, y, seed, draw, steps));
        return configs;
    }

    static List<Cell> run(Kind kind, List<Double> xs, List<Double> ys, long seed, int threads, long steps) {
        return run(kind, xs, ys, seed, threads, steps, null);
    }

    static List<Cell> run(Kind kind, List<Double> xs, List<Double> ys, long seed, int threads, long steps,
                          ToyRunStore store) {
        return run(kind, xs, ys, seed, ToyRun.Draw.GENEFT, threads, steps, store);
    }

    /** The grid on a draw of targets and split, runs of up to {@code steps}, with a store (or null). */
    static List<Cell> run(Kind kind, List<Double> xs, List<Double> ys, long seed, ToyRun.Draw draw, int threads, long steps,
                          ToyRunStore store) {
        List<ToyRun.Result> runs = ToyRuns.run(configs(kind, xs, ys, seed, draw, steps), threads, store);
        List<Cell> out = new ArrayList<>();
        int i = 0;
        for (double y : ys)
            for (double x : xs) {
                ToyRun.Result r = runs.get(i++);
                out.add(new Cell(x, y, r.trainStep(), r.testStep(), phase(r.trainStep(), r.testStep())));
            }
        return out;
    }
}
