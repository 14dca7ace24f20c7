package org.geneft.grokking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.geneft.experiments.Shard;
import org.geneft.experiments.StoreLock;
import org.geneft.training.SumDecoderModel;
import org.geneft.util.JsonLines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The toy model's finished runs of one verification, one JSON line each (configuration and every number the checks
 * read, doubles exact), in a folder: a killed {@code verify --paper grokking} resumes where it stopped, and the shards
 * of a paper budget, run on several machines ({@code geneft grokking sweep --shard i/K}), meet in one folder. Every
 * file {@code toy-runs*.jsonl} there is read; a run stored twice with different results is an error naming both files.
 */
public final class ToyRunStore implements AutoCloseable {
    static final String PREFIX = "toy-runs";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, ToyRun.Result> stored;
    private final JsonLines<ToyRun.Result> out;
    private final StoreLock lock;
    private final List<String> notes;
    private final java.util.concurrent.atomic.AtomicInteger added = new java.util.concurrent.atomic.AtomicInteger();

    private ToyRunStore(Map<String, ToyRun.Result> stored, JsonLines<ToyRun.Result> out, StoreLock lock, List<String> notes) {
        this.stored = stored;
        this.out = out;
        this.lock = lock;
        this.notes = notes;
    }

    /** The folder under a runs directory that holds one budget's and seed's runs (what verify and sweep share). */
    public static Path folder(Path runs, String budget, long seed) {
        return runs.resolve("grokking-" + budget + "-seed" + seed);
    }

    /** The same for a draw: the authors' draw, whose seeds are the authors' own, has one folder per budget. */
    public static Path folder(Path runs, String budget, long seed, ToyRun.Draw draw) {
        return draw == ToyRun.Draw.AUTHORS ? runs.resolve("grokking-" + budget + "-authors") : folder(runs, budget, seed);
    }

    /** Opens the folder (created if absent) for this shard's runs; its file is locked against a second writer. */
    public static ToyRunStore open(Path dir, Shard shard) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        Path file = dir.resolve(shard.isAll() ? PREFIX + ".jsonl"
                : String.format(Locale.ROOT, "%s.shard-%d-of-%d.jsonl", PREFIX, shard.index(), shard.count()));
        StoreLock lock = StoreLock.acquire(file);
        try {
            Map<String, ToyRun.Result> stored = new LinkedHashMap<>();
            Map<String, Path> from = new LinkedHashMap<>();
            List<String> notes = new ArrayList<>();
            JsonLines<ToyRun.Result> own = null;
            for (Path f : files(dir)) {
                JsonLines<ToyRun.Result> lines = JsonLines.open(f, ToyRunStore::parse, "a stored toy-model run");
                lines.tornLine().ifPresent(notes::add);
                if (f.equals(file)) own = lines;
                for (ToyRun.Result r : lines.loaded()) {
                    String key = key(r.config());
                    ToyRun.Result before = stored.putIfAbsent(key, r);
                    if (before != null && !line(before).equals(line(r)))
                        throw new IllegalArgumentException(f + " and " + from.get(key) + " hold different results for the "
                                + "same run (" + key + "): runs of another version of geneft, or a damaged file");
                    from.putIfAbsent(key, f);
                }
            }
            if (own == null) own = JsonLines.open(file, ToyRunStore::parse, "a stored toy-model run");
            return new ToyRunStore(new java.util.concurrent.ConcurrentHashMap<>(stored), own, lock, notes);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static List<Path> files(Path dir) {
        return JsonLines.files(dir, PREFIX);
    }

    /** Trains every configuration not yet stored, on {@code threads} threads, storing each as it finishes. */
    public static void runAll(List<ToyRun.Config> configs, int threads, ToyRunStore store) {
        ToyRuns.run(configs, threads, store);
    }

    /** The stored result of this configuration, or null. */
    ToyRun.Result get(ToyRun.Config c) {
        return stored.get(key(c));
    }

    /** Number of runs in the folder's files. */
    public int size() {
        return stored.size();
    }

    /** Notes on torn last lines found while reading (each such run is redone). */
    public List<String> notes() {
        return notes;
    }

    /** Stores a finished run (one line, flushed); safe from several threads. */
    void put(ToyRun.Result r) {
        out.append(line(r));
        stored.putIfAbsent(key(r.config()), r); // a later call for the same run (panels share cells) reads it
        added.incrementAndGet();
    }

    /** Runs stored since the store was opened. */
    public int added() {
        return added.get();
    }

    /** Whether this configuration's run is stored. */
    public boolean contains(ToyRun.Config c) {
        return get(c) != null;
    }

    @Override
    public void close() {
        try {
            out.close();
        } finally {
            lock.close();
        }
    }

    /** Every setting of a run, doubles in their shortest exact form: two configurations share a key iff equal. */
    static String key(ToyRun.Config c) {
        SumDecoderModel.Optimisers o = c.optimisers();
        SumDecoderModel.Init i = c.init();
        return "toy|p=" + c.p() + "|d=" + c.embeddingDim() + "|pairs=" + c.trainPairs() + "|loss=" + c.loss()
                + "|width=" + c.width() + "|out=" + c.outputDim() + "|eta_e=" + o.etaEmbeddings() + "|wd_e="
                + o.wdEmbeddings() + "|eta_d=" + o.etaDecoder() + "|wd_d=" + o.wdDecoder() + "|init=" + i.embeddingScale()
                + "," + i.decoderScale() + "," + i.labelScale() + "|steps=" + c.steps() + "|measure=" + c.measureAt()
                + "|stop=" + c.stop() + "|seed=" + c.seed() + (c.draw() == ToyRun.Draw.GENEFT ? "" : "|draw=" + c.draw())
                + (c.batch() == c.trainPairs() ? "" : "|batch=" + c.batch())
                + (c.task() == ToyTask.ADDITION ? "" : "|task=" + c.task());
    }

    static String line(ToyRun.Result r) {
        ToyRun.Config c = r.config();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("key", key(c));
        ObjectNode k = n.putObject("config");
        k.put("p", c.p());
        k.put("embedding_dim", c.embeddingDim());
        k.put("train_pairs", c.trainPairs());
        k.put("loss", c.loss().name());
        k.put("width", c.width());
        k.put("output_dim", c.outputDim());
        k.put("eta_embeddings", c.optimisers().etaEmbeddings());
        k.put("wd_embeddings", c.optimisers().wdEmbeddings());
        k.put("eta_decoder", c.optimisers().etaDecoder());
        k.put("wd_decoder", c.optimisers().wdDecoder());
        k.put("init_embeddings", c.init().embeddingScale());
        k.put("init_decoder", c.init().decoderScale());
        k.put("init_labels", c.init().labelScale());
        k.put("steps", c.steps());
        k.put("measure_at", c.measureAt());
        k.put("stop", c.stop().name());
        k.put("seed", c.seed());
        if (c.draw() != ToyRun.Draw.GENEFT) k.put("draw", c.draw().name()); // absent: geneft's draw (older stores)
        if (c.batch() != c.trainPairs()) k.put("batch", c.batch()); // absent: full batch
        if (c.task() != ToyTask.ADDITION) k.put("task", c.task().name()); // absent: addition (older stores)
        n.put("steps_run", r.stepsRun());
        n.put("train_step", r.trainStep());
        n.put("test_step", r.testStep());
        n.put("rqi_step", r.rqiStep());
        number(n, "train_accuracy", r.trainAccuracy());
        number(n, "test_accuracy", r.testAccuracy());
        number(n, "accuracy", r.accuracy());
        number(n, "rqi", r.rqi());
        number(n, "predicted", r.predicted());
        number(n, "ideal", r.ideal());
        number(n, "ideal_rqi", r.idealRqi());
        ArrayNode e = n.putArray("embeddings");
        for (double v : r.embeddings()) {
            if (Double.isFinite(v)) e.add(v);
            else e.addNull();
        }
        ArrayNode t = n.putArray("training");
        for (int[] pair : r.training()) t.addArray().add(pair[0]).add(pair[1]);
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** JSON has no NaN: a non-finite double is stored as null and read back as NaN (none of the checks reads it then). */
    private static void number(ObjectNode n, String field, double v) {
        if (Double.isFinite(v)) n.put(field, v);
        else n.putNull(field);
    }

    static ToyRun.Result parse(String text) {
        JsonNode n;
        try {
            n = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON (" + e.getOriginalMessage() + ")");
        }
        JsonNode k = field(n, "config");
        ToyRun.Config c = new ToyRun.Config(integer(k, "p"), integer(k, "embedding_dim"), integer(k, "train_pairs"),
                SumDecoderModel.Loss.valueOf(word(k, "loss")), integer(k, "width"), integer(k, "output_dim"),
                new SumDecoderModel.Optimisers(real(k, "eta_embeddings"), real(k, "wd_embeddings"),
                        real(k, "eta_decoder"), real(k, "wd_decoder")),
                new SumDecoderModel.Init(real(k, "init_embeddings"), real(k, "init_decoder"), real(k, "init_labels")),
                whole(k, "steps"), whole(k, "measure_at"), ToyRun.Stop.valueOf(word(k, "stop")), whole(k, "seed"),
                k.has("draw") ? draw(word(k, "draw")) : ToyRun.Draw.GENEFT,
                k.has("batch") ? integer(k, "batch") : integer(k, "train_pairs"),
                k.has("task") ? task(word(k, "task")) : ToyTask.ADDITION);
        if (!key(c).equals(word(n, "key"))) throw new IllegalArgumentException("the key does not match the configuration");
        JsonNode e = field(n, "embeddings");
        double[] embeddings = new double[e.size()];
        for (int i = 0; i < e.size(); i++) embeddings[i] = e.get(i).isNumber() ? e.get(i).asDouble() : Double.NaN;
        List<int[]> training = new ArrayList<>();
        for (JsonNode pair : field(n, "training")) {
            if (pair.size() != 2 || !pair.get(0).isInt() || !pair.get(1).isInt())
                throw new IllegalArgumentException("field 'training' holds something other than pairs of symbols");
            training.add(new int[] {pair.get(0).asInt(), pair.get(1).asInt()});
        }
        return new ToyRun.Result(c, whole(n, "steps_run"), whole(n, "train_step"), whole(n, "test_step"),
                whole(n, "rqi_step"), real(n, "train_accuracy"), real(n, "test_accuracy"), real(n, "accuracy"),
                real(n, "rqi"), real(n, "predicted"), real(n, "ideal"), real(n, "ideal_rqi"), embeddings, training);
    }

    private static ToyRun.Draw draw(String word) {
        try {
            return ToyRun.Draw.valueOf(word);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'draw' is none of " + java.util.Arrays.toString(ToyRun.Draw.values())
                    + ": '" + word + "'");
        }
    }

    private static ToyTask task(String word) {
        try {
            return ToyTask.valueOf(word);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'task' is none of " + java.util.Arrays.toString(ToyTask.values())
                    + ": '" + word + "'");
        }
    }

    private static JsonNode field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) throw new IllegalArgumentException("field '" + name + "' is missing");
        return v;
    }

    private static String word(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (!v.isTextual()) throw new IllegalArgumentException("field '" + name + "' is not a string");
        return v.asText();
    }

    private static int integer(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (!v.isInt()) throw new IllegalArgumentException("field '" + name + "' is not an integer");
        return v.asInt();
    }

    private static long whole(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (!v.isIntegralNumber()) throw new IllegalArgumentException("field '" + name + "' is not an integer");
        return v.asLong();
    }

    /** A stored double: a number, or null for a value that was not finite. */
    private static double real(JsonNode n, String name) {
        JsonNode v = n.get(name);
        if (v == null) throw new IllegalArgumentException("field '" + name + "' is missing");
        if (v.isNull()) return Double.NaN;
        if (!v.isNumber()) throw new IllegalArgumentException("field '" + name + "' is not a number");
        return v.asDouble();
    }
}
