package org.geneft.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.geneft.experiments.Shard;
import org.geneft.grokking.AppendixGChecks;
import org.geneft.grokking.EmbeddingPca;
import org.geneft.grokking.GrokkingBudget;
import org.geneft.grokking.LinearStructureProbability;
import org.geneft.grokking.PermutationChecks;
import org.geneft.grokking.PermutationFractionChecks;
import org.geneft.grokking.PhaseChecks;
import org.geneft.grokking.ToyChecks;
import org.geneft.grokking.ToyRun;
import org.geneft.grokking.ToyRunStore;
import org.geneft.grokking.TransformerChecks;
import org.geneft.grokking.TransformerPhases;
import org.geneft.grokking.TransformerRun;
import org.geneft.grokking.TransformerStore;
import org.geneft.training.SumDecoderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The second theory's engines (Liu et al. 2022, "Towards Understanding Grokking") on their own: Fig. 4(a), the
 * probability that a training set implies a unique linear structure (Eq. 7's nullity 2), and one run of its toy model.
 */
@Command(name = "grokking", mixinStandardHelpOptions = true,
        description = "The effective theory of grokking (Liu et al. 2022): its exactly checkable parts.",
        subcommands = {GrokkingCommand.Structure.class, GrokkingCommand.Toy.class, GrokkingCommand.Transformer.class,
                GrokkingCommand.Sweep.class})
final class GrokkingCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The toy-model runs of {@code verify --paper grokking} at a budget (Fig. 3's and the phase diagrams'), or one
     * shard of them, into the store that verify reads: a paper budget spread over machines, then one verify.
     */
    @Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Trains the toy-model runs that `geneft verify --paper grokking --budget B` needs (Fig. 3, 4(b), "
                    + "5(b), Appendix E, the phase diagrams of Fig. 6 (a)-(d) and Appendix G, Fig. 18), or the shard i/K of them, into "
                    + "RUNS/grokking-B-authors/ (or RUNS/grokking-B-seedS/ with --draw geneft), where verify finds them. "
                    + "Runs already stored are skipped.")
    static final class Sweep implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--budget", defaultValue = "quick", description = "smoke, quick or paper (default: ${DEFAULT-VALUE})")
        String budget;

        @Option(names = "--seed", defaultValue = "1", description = "verify's seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--draw", paramLabel = "D", defaultValue = "authors",
                description = "targets and training splits as the authors drew them, with their seeds, into "
                        + "RUNS/grokking-B-authors/ (authors), or fresh draws by geneft from --seed, into "
                        + "RUNS/grokking-B-seedS/ (geneft) (default: ${DEFAULT-VALUE})")
        String draw;

        @Option(names = "--shard", paramLabel = "i/K", defaultValue = "1/1",
                description = "this machine's share: the runs at positions p with p mod K = i - 1 (default: all)")
        String shard;

        @Option(names = "--runs", paramLabel = "DIR", defaultValue = "runs", description = "the stores' folder (default: ${DEFAULT-VALUE})")
        Path runs;

        @Option(names = "--threads", defaultValue = "0", description = "worker threads (default: every core)")
        int threads;

        @Option(names = "--quiet", description = "no progress lines on stderr")
        boolean quiet;

        @Option(names = "--part", defaultValue = "toy",
                description = "toy (the toy model's runs), transformer (Sec. 4.2's reduced transformer runs, into "
                        + "transformer-runs*.jsonl) or transformer-grid (only their Fig. 7 (right) grid, paper budget) "
                        + "(default: ${DEFAULT-VALUE})")
        String part;

        @Override
        public Integer call() {
            GrokkingBudget b = GrokkingBudget.parse(budget);
            Shard s = Shard.parse(shard);
            if (threads < 0 || threads > 4096) throw new IllegalArgumentException("--threads must lie in [0, 4096], got " + threads);
            int t = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
            ToyRun.Draw d = ToyRun.Draw.parse("--draw", draw);
            Path dir = ToyRunStore.folder(runs, b.word(), seed, d);
            if (part.equals("transformer") || part.equals("transformer-grid"))
                return transformer(b, s, t, dir, part.equals("transformer-grid"));
            if (!part.equals("toy"))
                throw new IllegalArgumentException("--part: expected toy, transformer or transformer-grid, got '" + part + "'");
            List<ToyRun.Config> all = new ArrayList<>(ToyChecks.configs(b, seed, d));
            all.addAll(PhaseChecks.configs(b, seed, d));
            // New diagrams go last: the earlier positions, and their shards, stay.
            all.addAll(AppendixGChecks.configs(b, seed, d));
            all.addAll(PermutationChecks.configs(b, seed, d));
            all.addAll(PermutationFractionChecks.configs(b, seed, d));
            List<ToyRun.Config> mine = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) if (s.contains(i)) mine.add(all.get(i));
            long start = System.nanoTime();
            int before;
            try (ToyRunStore store = ToyRunStore.open(dir, s);
                 Heartbeat beat = Heartbeat.start(spec.commandLine().getErr(), "geneft grokking sweep", quiet, 30, 60)) {
                store.notes().forEach(n -> System.err.println("geneft: " + n));
                before = store.size();
                long missing = mine.stream().filter(c -> !store.contains(c)).count();
                beat.step(() -> "training the toy model: " + store.added() + " of " + missing + " runs stored in " + dir);
                ToyRunStore.runAll(mine, t, store);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "grokking %s %s shard %s: %d runs of %d in this shard (%d stored before), %s, %.1f s%n",
                    b.word(), d == ToyRun.Draw.GENEFT ? "seed " + seed : "authors' draws", s, mine.size(), all.size(),
                    before, dir, (System.nanoTime() - start) / 1e9);
            out.flush();
            return ExitCode.OK;
        }

        /**
         * The budget's transformer runs, or only Fig. 7 (right)'s grid (or this shard's of them), into the folder's
         * store; then, once the store holds all of the budget's, their verdicts, one line each.
         */
        private int transformer(GrokkingBudget b, Shard s, int t, Path dir, boolean gridOnly) {
            List<TransformerRun.Config> all = gridOnly ? TransformerPhases.configs(b, seed) : TransformerChecks.configs(b, seed),
                    mine = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) if (s.contains(i)) mine.add(all.get(i));
            long start = System.nanoTime();
            java.util.Optional<org.geneft.grokking.GrokkingChecks.Result> verdicts;
            int stored;
            try (TransformerStore store = TransformerStore.open(dir, s);
                 Heartbeat beat = Heartbeat.start(spec.commandLine().getErr(), "geneft grokking sweep", quiet, 30, 60)) {
                store.notes().forEach(n -> System.err.println("geneft: " + n));
                beat.step(() -> "training the transformer: " + store.size() + " of " + all.size() + " runs stored in " + dir);
                TransformerChecks.train(mine, t, store);
                verdicts = new TransformerChecks(b, seed, t, store).checkStored();
                stored = store.size();
            }
            PrintWriter out = spec.commandLine().getOut();
            verdicts.ifPresent(v -> v.claims().forEach(c -> out.printf(Locale.ROOT, "%s: %s%n", c.id(), c.verdict().words())));
            out.printf(Locale.ROOT, "grokking %s transformer shard %s: %d runs of %d in this shard; %d of %d stored in %s"
                    + "%s, %.1f s%n", b.word(), s, mine.size(), all.size(), Math.min(stored, all.size()), all.size(), dir,
                    verdicts.isPresent() ? "" : " (verdicts once all are stored)", (System.nanoTime() - start) / 1e9);
            out.flush();
            return ExitCode.OK;
        }
    }

    /** One run of the toy model (the authors' train_add): what it reaches, and when. */
    @Command(name = "toy", mixinStandardHelpOptions = true, sortOptions = false,
            description = "One run of the paper's toy model on addition (p = 10, embeddings summed, a 1-200-200-30 tanh "
                    + "decoder, AdamW; the authors' toy/train_add.py defaults): accuracies, RQI, the predicted and ideal "
                    + "accuracy, the steps to 90 %% and to RQI > 0.95, and the steps per second.")
    static final class Toy implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--pairs", defaultValue = "45", description = "training pairs of the 55 (default: ${DEFAULT-VALUE})")
        int pairs;

        @Option(names = "--loss", defaultValue = "mse", description = "mse (regression to random targets) or ce (default: ${DEFAULT-VALUE})")
        String loss;

        @Option(names = "--steps", defaultValue = "5000", description = "training steps (default: ${DEFAULT-VALUE})")
        long steps;

        @Option(names = "--eta-embeddings", defaultValue = "1e-3", description = "embeddings' learning rate (default: ${DEFAULT-VALUE})")
        double etaEmbeddings;

        @Option(names = "--eta-decoder", defaultValue = "1e-4", description = "decoder's learning rate (default: ${DEFAULT-VALUE})")
        double etaDecoder;

        @Option(names = "--wd-decoder", defaultValue = "0", description = "decoder's weight decay (default: ${DEFAULT-VALUE})")
        double wdDecoder;

        @Option(names = "--seed", defaultValue = "0", description = "random seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--draw", paramLabel = "D", defaultValue = "geneft",
                description = "targets and training split drawn by geneft from --seed (geneft), or as the authors' "
                        + "train_add draws them with numpy seed --seed (authors; their default is 58) (default: ${DEFAULT-VALUE})")
        String draw;

        @Override
        public Integer call() {
            ToyRun.Draw d = ToyRun.Draw.parse("--draw", draw);
            SumDecoderModel.Loss l = switch (loss) {
                case "mse" -> SumDecoderModel.Loss.MSE;
                case "ce" -> SumDecoderModel.Loss.CE;
                default -> throw new IllegalArgumentException("--loss: expected mse or ce, got '" + loss + "'");
            };
            if (pairs < 1 || pairs > 54) throw new IllegalArgumentException("--pairs must lie in [1, 54], got " + pairs);
            if (steps < 1 || steps > 100_000_000) throw new IllegalArgumentException("--steps must lie in [1, 10^8], got " + steps);
            for (double[] r : new double[][] {{etaEmbeddings}, {etaDecoder}})
                if (!(r[0] > 0 && r[0] <= 1)) throw new IllegalArgumentException("learning rates must lie in (0, 1], got " + r[0]);
            if (!(wdDecoder >= 0 && wdDecoder <= 1e3)) throw new IllegalArgumentException("--wd-decoder must lie in [0, 1000], got " + wdDecoder);
            ToyRun.Config c = new ToyRun.Config(10, 1, pairs, l, 200, 30,
                    new SumDecoderModel.Optimisers(etaEmbeddings, 0, etaDecoder, wdDecoder), SumDecoderModel.Init.AUTHORS,
                    steps, steps, ToyRun.Stop.NEVER, seed, d);
            long start = System.nanoTime();
            ToyRun.Result r = ToyRun.run(c);
            double seconds = (System.nanoTime() - start) / 1e9;
            ObjectNode o = Json.object();
            o.put("pairs", pairs);
            o.put("loss", loss);
            o.put("steps", r.stepsRun());
            o.put("seed", seed);
            Json.put(o, "accuracy", r.accuracy());
            Json.put(o, "train_accuracy", r.trainAccuracy());
            Json.put(o, "test_accuracy", r.testAccuracy());
            Json.put(o, "rqi", r.rqi());
            Json.put(o, "predicted_accuracy", r.predicted());
            Json.put(o, "ideal_accuracy", r.ideal());
            Json.put(o, "ideal_rqi", r.idealRqi());
            o.put("train_step", r.trainStep());
            o.put("test_step", r.testStep());
            o.put("rqi_step", r.rqiStep());
            Json.put(o, "seconds", seconds);
            Json.put(o, "steps_per_second", r.stepsRun() / seconds);
            PrintWriter out = spec.commandLine().getOut();
            out.println(Json.write(o));
            out.flush();
            return ExitCode.OK;
        }
    }

    /** One run of Sec. 4.2's transformer, the authors' model, at a reduced scale (TransformerChecks' by default). */
    @Command(name = "transformer", mixinStandardHelpOptions = true, sortOptions = false,
            description = "One run of Sec. 4.2's transformer on addition modulo p, the authors' model (pre-norm "
                    + "encoder layers of torch's kind, no position vectors, AdamW; verify's reduced scale by default): "
                    + "the steps to 90 %% on the training and held-out sets, the phase, the entropy of the embeddings' "
                    + "PCA, whether its first two components show a circle, and the steps per second, as one JSON "
                    + "object.")
    static final class Transformer implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--p", defaultValue = "31", description = "the modulus (default: ${DEFAULT-VALUE})")
        int p;

        @Option(names = "--d", defaultValue = "32", description = "embedding dimension (default: ${DEFAULT-VALUE})")
        int d;

        @Option(names = "--heads", defaultValue = "1", description = "attention heads, dividing --d (default: ${DEFAULT-VALUE})")
        int heads;

        @Option(names = "--hidden", defaultValue = "64", description = "the feed-forward's width (default: ${DEFAULT-VALUE})")
        int hidden;

        @Option(names = "--depth", defaultValue = "2", description = "encoder layers (default: ${DEFAULT-VALUE})")
        int depth;

        @Option(names = "--dropout", defaultValue = "0", description = "every dropout's rate in the layers (default: ${DEFAULT-VALUE})")
        double dropout;

        @Option(names = "--fraction", defaultValue = "0.8", description = "share of the p^2 pairs trained on (default: ${DEFAULT-VALUE})")
        double fraction;

        @Option(names = "--lr", defaultValue = "1e-3", description = "the embeddings' AdamW learning rate (default: ${DEFAULT-VALUE})")
        double lr;

        @Option(names = "--lr-decoder", description = "the decoder's learning rate (default: --lr)")
        Double lrDecoder;

        @Option(names = "--decay", defaultValue = "0", description = "the decoder's weight decay (default: ${DEFAULT-VALUE})")
        double decay;

        @Option(names = "--embed-decay", defaultValue = "0.01", description = "the embeddings' weight decay (default: "
                + "${DEFAULT-VALUE}, AdamW's default, as the authors' script)")
        double embedDecay;

        @Option(names = "--steps", defaultValue = "4000", description = "step budget (default: ${DEFAULT-VALUE})")
        long steps;

        @Option(names = "--every", defaultValue = "50", description = "steps between measurements (default: ${DEFAULT-VALUE})")
        int every;

        @Option(names = "--seed", defaultValue = "1", description = "random seed: weights, split and dropout (default: ${DEFAULT-VALUE})")
        long seed;

        @Override
        public Integer call() {
            if (p < 2 || p > 1000) throw new IllegalArgumentException("--p must lie in [2, 1000], got " + p);
            if (d < 1 || d > 1024 || hidden < 1 || hidden > 4096)
                throw new IllegalArgumentException("--d must lie in [1, 1024] and --hidden in [1, 4096], got " + d + " and " + hidden);
            if (heads < 1 || d % heads != 0) throw new IllegalArgumentException("--heads must divide --d, got " + heads);
            if (depth < 1 || depth > 16) throw new IllegalArgumentException("--depth must lie in [1, 16], got " + depth);
            if (!(dropout >= 0 && dropout < 1)) throw new IllegalArgumentException("--dropout must lie in [0, 1), got " + dropout);
            if (!(fraction > 0 && fraction < 1) || (long) (fraction * p * p) < 1 || (long) (fraction * p * p) >= (long) p * p)
                throw new IllegalArgumentException("--fraction must leave pairs on both sides, got " + fraction);
            double lrDec = lrDecoder == null ? lr : lrDecoder;
            if (!(lr > 0 && lr <= 1)) throw new IllegalArgumentException("--lr must lie in (0, 1], got " + lr);
            if (!(lrDec > 0 && lrDec <= 1)) throw new IllegalArgumentException("--lr-decoder must lie in (0, 1], got " + lrDec);
            if (!(decay >= 0 && decay <= 1e3)) throw new IllegalArgumentException("--decay must lie in [0, 1000], got " + decay);
            if (!(embedDecay >= 0 && embedDecay <= 1e3))
                throw new IllegalArgumentException("--embed-decay must lie in [0, 1000], got " + embedDecay);
            if (steps < 1 || steps > 100_000_000) throw new IllegalArgumentException("--steps must lie in [1, 10^8], got " + steps);
            if (every < 1) throw new IllegalArgumentException("--every must be at least 1, got " + every);
            // Each layer keeps about 13 arrays of d and 3 of the feed-forward's width for each of the 2 p^2 positions
            // (with dropout's masks), the model and its gradients' scratch about 10 of d more.
            double need = 8.0 * 2 * p * p * (depth * (13.0 * d + 3.0 * hidden) + 10.0 * d + hidden),
                    heap = Runtime.getRuntime().maxMemory();
            if (need > 0.8 * heap)
                throw new IllegalArgumentException(String.format(Locale.ROOT, "--p %d, --d %d, --hidden %d, --depth %d: "
                        + "the activations need about %.1f GB, more than this JVM's heap of %.1f GB allows", p, d, hidden,
                        depth, need / 1e9, heap / 1e9));
            TransformerRun.Config c = new TransformerRun.Config(p, d, heads, hidden, depth, dropout, fraction, lr, lrDec,
                    embedDecay, decay, steps, every, seed);
            long start = System.nanoTime();
            TransformerRun.Result r = TransformerRun.run(c);
            double seconds = (System.nanoTime() - start) / 1e9;
            List<TransformerRun.Point> t = r.trajectory();
            ObjectNode o = Json.object();
            o.put("p", p);
            o.put("seed", seed);
            Json.put(o, "decay", decay);
            Json.put(o, "dropout", dropout);
            o.put("steps", r.lastStep());
            o.put("train_step", r.trainStep());
            o.put("test_step", r.testStep());
            o.put("phase", r.phase().word());
            Json.put(o, "train_accuracy", r.finalTrain());
            Json.put(o, "test_accuracy", r.finalTest());
            Json.put(o, "entropy_start", t.get(0).entropy());
            Json.put(o, "entropy_end", t.get(t.size() - 1).entropy());
            circle(o, "start", r.atStart());
            if (r.atMemory() != null) circle(o, "memory", r.atMemory());
            circle(o, "end", r.atEnd());
            circle(o, "start_on_end", r.startOnEnd());
            Json.put(o, "seconds", seconds);
            Json.put(o, "steps_per_second", r.lastStep() / seconds);
            PrintWriter out = spec.commandLine().getOut();
            out.println(Json.write(o));
            out.flush();
            return ExitCode.OK;
        }

        private static void circle(ObjectNode o, String when, EmbeddingPca.Circle c) {
            ObjectNode n = o.putObject("pca_" + when);
            n.put("frequency", c.frequency());
            Json.put(n, "coherence", c.coherence());
            Json.put(n, "spread", c.spread());
            n.put("circle", c.isCircle());
        }
    }

    /** Fig. 4(a): P(unique linear structure) against the training fraction, and where it crosses 1/2. */
    @Command(name = "structure", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Fig. 4(a): the probability that a random training set of addition pairs (i <= j < p) "
                    + "implies a unique linear structure (nullity 2 of Eq. 7's parallelogram equations, exact rank), "
                    + "against the training fraction, the fraction where it reaches 1/2, and the mean ideal accuracy "
                    + "(pairs decided by the implied parallelograms, the authors' acc_ideal).")
    static final class Structure implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--p", defaultValue = "10", description = "number of symbols (default: ${DEFAULT-VALUE}, the paper's)")
        int p;

        @Option(names = "--sets", defaultValue = "1000", description = "random training sets per fraction (default: ${DEFAULT-VALUE})")
        int sets;

        @Option(names = "--step", defaultValue = "0.05", description = "spacing of the training fractions (default: ${DEFAULT-VALUE})")
        double step;

        @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--json", description = "print one JSON object")
        boolean json;

        @Override
        public Integer call() {
            if (p < 2 || p > 200) throw new IllegalArgumentException("--p must lie in [2, 200], got " + p);
            if (sets < 2 || sets > 10_000_000) throw new IllegalArgumentException("--sets must lie in [2, 10000000], got " + sets);
            if (!(step > 0 && step <= 0.5)) throw new IllegalArgumentException("--step must lie in (0, 0.5], got " + step);
            List<LinearStructureProbability.Point> curve = new ArrayList<>();
            for (int k = 1; k * step < 1 - 1e-9; k++)
                curve.add(LinearStructureProbability.estimate(p, Math.round(k * step * 1e9) / 1e9, sets, seed));
            double critical = LinearStructureProbability.criticalFraction(curve);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode o = Json.object();
                o.put("p", p);
                o.put("pairs", p * (p + 1) / 2);
                o.put("sets", sets);
                o.put("seed", seed);
                Json.put(o, "critical_fraction", critical);
                ArrayNode points = o.putArray("curve");
                for (LinearStructureProbability.Point pt : curve) {
                    ObjectNode x = points.addObject();
                    Json.put(x, "fraction", pt.fraction());
                    x.put("training_pairs", pt.trainingPairs());
                    Json.put(x, "p_unique", pt.probability());
                    Json.put(x, "stderr", pt.stderr());
                    Json.put(x, "ideal_accuracy", pt.idealAccuracy());
                    Json.put(x, "ideal_accuracy_stderr", pt.idealStderr());
                }
                out.println(Json.write(o));
            } else {
                out.printf(Locale.ROOT, "addition on p = %d symbols, %d unordered pairs; %d random training sets a "
                        + "fraction, seed %d%n", p, p * (p + 1) / 2, sets, seed);
                out.println("fraction  pairs  P(unique linear structure)  ideal accuracy (all pairs)");
                for (LinearStructureProbability.Point pt : curve)
                    out.printf(Locale.ROOT, "%8.3f  %5d  %.4f +- %.4f           %.4f +- %.4f%n", pt.fraction(),
                            pt.trainingPairs(), pt.probability(), pt.stderr(), pt.idealAccuracy(), pt.idealStderr());
                out.printf(Locale.ROOT, "P reaches 1/2 at fraction %.3f (linear interpolation)%s%n", critical,
                        p == 10 ? "; the paper: a phase transition around 0.4 for p = 10 (Fig. 4a)" : "");
            }
            return ExitCode.OK;
        }
    }
}
