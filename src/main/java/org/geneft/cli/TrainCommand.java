package org.geneft.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.geneft.graph.Digraph;
import org.geneft.training.DecoderInput;
import org.geneft.training.Precision;
import org.geneft.training.TrainConfig;
import org.geneft.training.TrainConfigJson;
import org.geneft.training.TrainResult;
import org.geneft.training.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

/** Trains the paper's autoencoder on one relation and reports its phase (Table 4). */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Trains the reduced autoencoder of Sec. II (embeddings + MLP decoder, full batch, Adam on the "
                + "encoder, AdamW on the decoder) on a relation and classifies the run by Table 4. "
                + "The loss is the mean binary cross-entropy over the training pairs. "
                + "Defaults are Table 3's. Single-threaded and deterministic: the same options give the same numbers.",
                "Examples:",
                "  geneft train --relation mod:3 --n 30 --json",
                "  geneft train --relation gt --mode diff --depth 0 --train-frac 0.3 --seed 4"})
final class TrainCommand implements Callable<Integer> {
    private static final TrainConfig DEFAULTS = TrainConfig.defaults();

    @Spec
    CommandSpec spec;

    @Mixin
    GraphSource source = new GraphSource();

    @Option(names = "--embedding-dim", paramLabel = "D", description = "embedding dimension d (default: ${DEFAULT-VALUE})")
    int embeddingDim = DEFAULTS.embeddingDim();

    @Option(names = "--mode", paramLabel = "MODE", description = "decoder input: concat | diff | sqdiff (default: ${DEFAULT-VALUE})")
    String mode = DEFAULTS.mode().spec();

    @Option(names = "--depth", paramLabel = "L", description = "hidden tanh layers of the decoder (default: ${DEFAULT-VALUE})")
    int depth = DEFAULTS.depth();

    @Option(names = "--width", paramLabel = "W", description = "units per hidden layer (default: ${DEFAULT-VALUE})")
    int width = DEFAULTS.width();

    @Option(names = "--eta-enc", paramLabel = "ETA", description = "encoder learning rate, Adam (default: ${DEFAULT-VALUE})")
    double etaEnc = DEFAULTS.etaEnc();

    @Option(names = "--eta-dec", paramLabel = "ETA", description = "decoder learning rate, AdamW (default: ${DEFAULT-VALUE})")
    double etaDec = DEFAULTS.etaDec();

    @Option(names = "--wd-enc", paramLabel = "WD", description = "encoder weight decay, L2 as torch Adam (default: ${DEFAULT-VALUE})")
    double wdEnc = DEFAULTS.wdEnc();

    @Option(names = "--wd-dec", paramLabel = "WD", description = "decoder weight decay, decoupled as torch AdamW (default: ${DEFAULT-VALUE})")
    double wdDec = DEFAULTS.wdDec();

    @Option(names = "--train-frac", paramLabel = "F", description = "training fraction of the n² pairs (default: ${DEFAULT-VALUE})")
    double trainFraction = DEFAULTS.trainFraction();

    @Option(names = "--steps", paramLabel = "S", description = "step budget (default: ${DEFAULT-VALUE})")
    long steps = DEFAULTS.steps();

    @Option(names = "--seed", paramLabel = "SEED", description = "seed of the training set and the initialisation (default: ${DEFAULT-VALUE})")
    long seed = DEFAULTS.seed();

    @Option(names = "--init-scale", paramLabel = "S", description = "embeddings start as N(0,1)·S (default: ${DEFAULT-VALUE})")
    double initScale = DEFAULTS.initScale();

    @Option(names = "--no-early-stop", description = "run the whole budget even once the phase is decided")
    boolean noEarlyStop;

    @Option(names = "--precision", paramLabel = "P", defaultValue = "float64",
            description = "kernel arithmetic: float64 (default; its gradients are checked against finite differences) "
                    + "or float32 (PyTorch's default precision, about 1.75x faster here; docs/BENCHMARKS.md)")
    String precision;

    @Option(names = "--json", description = "print one JSON object instead of text")
    boolean json;

    @Override
    public Integer call() {
        Precision arithmetic = Precision.parse(precision, "--precision");
        TrainConfig config = new TrainConfig(embeddingDim, DecoderInput.parse(mode), depth, width, etaEnc, etaDec,
                wdEnc, wdDec, trainFraction, steps, seed, initScale, !noEarlyStop);
        if (source.relation != null && source.n > Trainer.MAX_DENSE_N)
            throw new IllegalArgumentException("--n " + source.n + " is too large to train densely over all n² pairs (limit "
                    + Trainer.MAX_DENSE_N + ")");
        Digraph g = source.load();
        TrainResult r = Trainer.train(g, config, arithmetic);
        // A phase read off a NaN loss would be a silent wrong answer: say which options drove the run off the numbers.
        if (!Double.isFinite(r.trainLoss()))
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "the training diverged (loss %s) with "
                    + "--eta-enc %s, --eta-dec %s, --wd-enc %s, --wd-dec %s, --init-scale %s: a rate, decay or scale too large",
                    r.trainLoss(), etaEnc, etaDec, wdEnc, wdDec, initScale));
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? Json.write(toJson(r, source.describe(), arithmetic)) : text(r, source.describe(), arithmetic));
        out.flush();
        return ExitCode.OK;
    }

    static ObjectNode toJson(TrainResult r, String relation, Precision precision) {
        ObjectNode o = Json.object();
        o.put("relation", relation);
        o.put("n", r.n());
        o.put("phase", r.phase().spec());
        Json.put(o, "train_acc", r.trainAcc());
        Json.put(o, "test_acc", r.testAcc());
        Json.put(o, "full_acc", r.fullAcc());
        Json.put(o, "train_loss", r.trainLoss());
        putSteps(o, "steps_train", r.stepsTrain());
        putSteps(o, "steps_test", r.stepsTest());
        o.put("steps_run", r.stepsRun());
        Json.put(o, "wall_s", r.wallSeconds());
        Json.put(o, "steps_per_s", r.stepsPerSecond());
        o.put("train_pairs", r.trainPairs());
        o.put("test_pairs", r.testPairs());
        TrainConfig c = r.config();
        ObjectNode k = o.putObject("config");
        TrainConfigJson.put(k, c);
        k.put("precision", precision.word());
        k.put("loss", "mean binary cross-entropy over the training pairs");
        k.put("optimizers", "encoder: Adam (L2 weight decay); decoder: AdamW (decoupled); betas 0.9, 0.999, eps 1e-8");
        return o;
    }

    private static void putSteps(ObjectNode o, String key, OptionalLong s) {
        if (s.isPresent()) o.put(key, s.getAsLong());
        else o.putNull(key);
    }

    private static String text(TrainResult r, String relation, Precision precision) {
        TrainConfig c = r.config();
        return String.format("%s: %s after %d steps (%d train / %d test pairs)%n"
                        + "  accuracy: train %.4f, test %.4f, all pairs %.4f; train loss %.3g%n"
                        + "  train > 0.9 at step %s, test > 0.9 at step %s%n"
                        + "  decoder %s, depth %d, width %d, d = %d; eta_enc %g, eta_dec %g, wd_enc %g, wd_dec %g; seed %d%n"
                        + "  %.2f s, %.0f steps/s (%s)",
                relation, r.phase().spec(), r.stepsRun(), r.trainPairs(), r.testPairs(),
                r.trainAcc(), r.testAcc(), r.fullAcc(), r.trainLoss(),
                stepText(r.stepsTrain()), stepText(r.stepsTest()),
                c.mode().spec(), c.depth(), c.width(), c.embeddingDim(), c.etaEnc(), c.etaDec(), c.wdEnc(), c.wdDec(), c.seed(),
                r.wallSeconds(), r.stepsPerSecond(), precision.word());
    }

    private static String stepText(OptionalLong s) {
        return s.isPresent() ? Long.toString(s.getAsLong()) : "never";
    }
}
