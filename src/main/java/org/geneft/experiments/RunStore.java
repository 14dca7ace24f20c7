package org.geneft.experiments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.geneft.training.Phase;
import org.geneft.training.Precision;
import org.geneft.training.TrainConfig;
import org.geneft.training.TrainConfigJson;
import org.geneft.util.JsonLines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The append-only JSONL store of a sweep: one line per finished run (grid, key, full configuration, outcome),
 * appended under a lock and flushed, so a killed sweep loses only the runs in flight.
 *
 * <p>Reading tolerates a torn last line (a kill in the middle of a write): it is reported and cut off before
 * the next append, so the file stays valid JSONL. A malformed line anywhere else is an error naming the line.
 */
public final class RunStore implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonLines<StoredRun> lines;

    private RunStore(JsonLines<StoredRun> lines) {
        this.lines = lines;
    }

    /** Reads the store if it exists (an absent file is an empty store); nothing is written yet. */
    public static RunStore open(Path file) {
        return new RunStore(JsonLines.open(file, RunStore::parse, "a stored run"));
    }

    /** The runs in the file when it was opened, in file order. */
    public List<StoredRun> loaded() {
        return lines.loaded();
    }

    /** A note when the file ended in a torn line (cut off before the next append), else empty. */
    public Optional<String> tornLine() {
        return lines.tornLine();
    }

    public Path file() {
        return lines.file();
    }

    /** Appends one finished run as one line and flushes; safe to call from several threads. */
    public void append(Grid grid, RunSpec spec, RunOutcome outcome) {
        lines.append(line(grid, spec, outcome));
    }

    @Override
    public void close() {
        lines.close();
    }

    /** Writes a whole store at once (merge): into a temporary file beside it, then a rename. */
    public static void writeAll(Path file, List<StoredRun> runs, Map<String, RunSpec> specs, Grid grid) {
        Path abs = file.toAbsolutePath();
        Path tmp = null;
        try {
            // Not createTempFile, whose 0600 would make a merged store unreadable to the rest of a cluster's group.
            tmp = Files.createFile(abs.resolveSibling(".geneft-" + Long.toHexString(
                    java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".tmp"));
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (StoredRun r : runs) {
                    w.write(line(grid, specs.get(r.key()), r.outcome()));
                    w.write('\n');
                }
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after its target
                }
            }
        }
    }

    static String line(Grid grid, RunSpec spec, RunOutcome o) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("figure", grid.figure());
        n.put("budget", grid.budget().spec());
        n.put("seed", grid.seed());
        n.put("grid", grid.fingerprint());
        n.put("key", spec.key());
        n.put("relation", spec.relation());
        n.put("n", spec.n());
        n.put("replicate", spec.replicate());
        n.put("precision", spec.precision().word());
        TrainConfig c = spec.config();
        ObjectNode k = n.putObject("config");
        TrainConfigJson.put(k, c);
        n.put("phase", o.phase().spec());
        n.put("train_acc", o.trainAcc());
        n.put("test_acc", o.testAcc());
        n.put("full_acc", o.fullAcc());
        if (Double.isFinite(o.trainLoss())) n.put("train_loss", o.trainLoss());
        else n.putNull("train_loss");
        putStep(n, "steps_train", o.stepsTrain());
        putStep(n, "steps_test", o.stepsTest());
        n.put("steps_run", o.stepsRun());
        n.put("wall_s", o.wallSeconds());
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putStep(ObjectNode n, String key, long step) {
        if (step >= 0) n.put(key, step);
        else n.putNull(key);
    }

    /** Parses one line of a store; an IllegalArgumentException says what is wrong with it. */
    public static StoredRun parse(String line) {
        JsonNode n;
        try {
            n = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON (" + e.getOriginalMessage() + ")");
        }
        RunOutcome o = new RunOutcome(Phase.valueOf(text(n, "phase").toUpperCase(Locale.ROOT)),
                number(n, "train_acc"), number(n, "test_acc"), number(n, "full_acc"),
                n.path("train_loss").isNumber() ? n.get("train_loss").asDouble() : Double.NaN,
                n.path("steps_train").isNumber() ? n.get("steps_train").asLong() : -1,
                n.path("steps_test").isNumber() ? n.get("steps_test").asLong() : -1,
                (long) number(n, "steps_run"), number(n, "wall_s"));
        // Stores written before the arithmetic was a choice hold double runs and no "precision" field.
        Precision p = n.has("precision") ? Precision.parse(text(n, "precision"), "field 'precision'") : Precision.FLOAT64;
        return new StoredRun(text(n, "figure"), text(n, "budget"), (long) number(n, "seed"), text(n, "grid"),
                text(n, "key"), o, p);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) throw new IllegalArgumentException("field '" + field + "' is missing or not a string");
        return v.asText();
    }

    private static double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) throw new IllegalArgumentException("field '" + field + "' is missing or not a number");
        return v.asDouble();
    }

    /** Groups stored runs by key, keeping the first of duplicates. */
    static Map<String, StoredRun> byKey(List<StoredRun> runs) {
        Map<String, StoredRun> m = new LinkedHashMap<>();
        for (StoredRun r : runs) m.putIfAbsent(r.key(), r);
        return m;
    }
}
