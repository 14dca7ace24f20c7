package org.geneft.grokking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.geneft.experiments.Shard;
import org.geneft.experiments.StoreLock;
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
import java.util.Optional;

/**
 * The transformer's finished runs, one JSON line each, beside the toy runs: {@code transformer-runs.jsonl}, or
 * {@code transformer-runs.shard-i-of-K.jsonl} for a shard of a budget spread over machines ({@code geneft grokking
 * sweep --part transformer --shard i/K}). Every {@code transformer-runs*.jsonl} of the folder is read, so a
 * verification renders what the shards stored without training; the file written is locked against a second writer.
 * A run stored twice with different results is an error naming both files.
 */
public final class TransformerStore implements AutoCloseable {
    static final String PREFIX = "transformer-runs";
    static final String FILE = PREFIX + ".jsonl";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Map<String, TransformerRun.Result> stored = new LinkedHashMap<>();
    private final JsonLines<TransformerRun.Result> lines;
    private final StoreLock lock;
    private final List<String> notes = new ArrayList<>();

    private TransformerStore(Path dir, Path file, StoreLock lock) {
        this.lock = lock;
        Map<String, Path> from = new LinkedHashMap<>();
        JsonLines<TransformerRun.Result> own = null;
        for (Path f : files(dir)) {
            JsonLines<TransformerRun.Result> read = JsonLines.open(f, TransformerStore::parse, "a transformer run");
            read.tornLine().ifPresent(notes::add);
            if (f.equals(file)) own = read;
            else read.close();
            for (TransformerRun.Result r : read.loaded()) {
                String key = r.config().key();
                TransformerRun.Result before = stored.putIfAbsent(key, r);
                if (before != null && !before.equals(r))
                    throw new IllegalArgumentException(f + " and " + from.get(key) + " hold different results for the "
                            + "transformer run " + key + ": runs of another version of geneft, or a damaged file");
                from.putIfAbsent(key, f);
            }
        }
        lines = own != null ? own : JsonLines.open(file, TransformerStore::parse, "a transformer run");
    }

    /** The whole store of a folder (created now if absent, so a finished run always has a place). */
    public static TransformerStore open(Path folder) {
        return open(folder, Shard.ALL);
    }

    /** The folder's store, writing this shard's file (locked against a second writer). */
    public static TransformerStore open(Path folder, Shard shard) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder + ": " + e.getMessage(), e);
        }
        Path file = folder.resolve(shard.isAll() ? FILE
                : String.format(Locale.ROOT, "%s.shard-%d-of-%d.jsonl", PREFIX, shard.index(), shard.count()));
        StoreLock lock = StoreLock.acquire(file);
        try {
            return new TransformerStore(folder, file, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static List<Path> files(Path dir) {
        return JsonLines.files(dir, PREFIX);
    }

    static TransformerRun.Result parse(String line) {
        try {
            return MAPPER.readValue(line, TransformerRun.Result.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage());
        }
    }

    /** Notes on torn last lines found while reading (each such run is redone). */
    public List<String> notes() {
        return notes;
    }

    public synchronized Optional<TransformerRun.Result> get(TransformerRun.Config c) {
        return Optional.ofNullable(stored.get(c.key()));
    }

    /** Runs in the folder's files. */
    public synchronized int size() {
        return stored.size();
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
        try {
            lines.close();
        } finally {
            lock.close();
        }
    }
}
