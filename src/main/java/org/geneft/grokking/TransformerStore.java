package org.geneft.grokking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.geneft.util.JsonLines;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The transformer's finished runs, one JSON line each ({@code transformer-runs.jsonl} in the toy runs' folder), so a
 * verification that stored them renders again without training. A run stored twice with different results is an
 * error naming the file.
 */
public final class TransformerStore implements AutoCloseable {
    static final String FILE = "transformer-runs.jsonl";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Map<String, TransformerRun.Result> stored = new LinkedHashMap<>();
    private final JsonLines<TransformerRun.Result> lines;

    private TransformerStore(JsonLines<TransformerRun.Result> lines) {
        this.lines = lines;
        for (TransformerRun.Result r : lines.loaded()) {
            TransformerRun.Result before = stored.putIfAbsent(r.config().key(), r);
            if (before != null && !before.equals(r))
                throw new IllegalArgumentException(lines.file() + ": the run " + r.config().key()
                        + " is stored twice with different results");
        }
    }

    /** The store in a folder (created now if absent, so a finished run always has a place); empty if no file. */
    public static TransformerStore open(Path folder) {
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create " + folder + ": " + e.getMessage(), e);
        }
        return new TransformerStore(JsonLines.open(folder.resolve(FILE), TransformerStore::parse, "a transformer run"));
    }

    static TransformerRun.Result parse(String line) {
        try {
            return MAPPER.readValue(line, TransformerRun.Result.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage());
        }
    }

    public Optional<String> note() {
        return lines.tornLine();
    }

    public synchronized Optional<TransformerRun.Result> get(TransformerRun.Config c) {
        return Optional.ofNullable(stored.get(c.key()));
    }

    /** Keeps a finished run (appended and flushed at once). */
    public synchronized void put(TransformerRun.Result r) {
        try {
            lines.append(MAPPER.writeValueAsString(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        stored.put(r.config().key(), r);
    }

    @Override
    public void close() {
        lines.close();
    }
}
