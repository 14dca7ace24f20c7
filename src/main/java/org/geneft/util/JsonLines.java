package org.geneft.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * An append-only file of JSON lines, one record per line, appended and flushed one at a time, so a killed writer
 * loses only the record it was writing. The stores of both papers' sweeps are such files.
 *
 * <p>Reading tolerates a torn last line (a kill in the middle of a write): it is reported and cut off before the
 * next append, so the file stays valid JSON lines. A malformed line anywhere else is an error naming the line.
 *
 * @param <T> a parsed record
 */
public final class JsonLines<T> implements AutoCloseable {
    private final Path file;
    private final Function<String, T> parser;
    private final List<T> loaded;
    private final Optional<String> tornLine;
    private Writer writer;

    private JsonLines(Path file, Function<String, T> parser, List<T> loaded, Optional<String> tornLine) {
        this.file = file;
        this.parser = parser;
        this.loaded = List.copyOf(loaded);
        this.tornLine = tornLine;
    }

    /**
     * Reads the file if it exists (an absent file holds nothing); nothing is written yet. {@code parser} turns a line
     * into a record or throws a RuntimeException saying what is wrong with it; {@code what} names a record in messages.
     */
    public static <T> JsonLines<T> open(Path file, Function<String, T> parser, String what) {
        if (!Files.exists(file)) return new JsonLines<>(file, parser, List.of(), Optional.empty());
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<T> records = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        Optional<String> torn = Optional.empty();
        // The element after the last '\n' is "" for a complete file, else the last line, maybe torn.
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.isBlank()) continue;
            try {
                records.add(parser.apply(l));
            } catch (RuntimeException e) {
                if (i < lines.length - 1) throw new IllegalArgumentException(file + ":" + (i + 1) + ": not " + what + ": " + e.getMessage());
                torn = Optional.of(String.format(Locale.ROOT, "%s:%d: the last line is incomplete (%d characters; a "
                        + "writer killed while writing): ignored, and its run will be redone", file, i + 1, l.length()));
            }
        }
        return new JsonLines<>(file, parser, records, torn);
    }

    /** The files PREFIX*.jsonl of a folder, sorted: a store's whole file and its shards' files. */
    public static List<Path> files(Path dir, String prefix) {
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(".jsonl");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The records in the file when it was opened, in file order. */
    public List<T> loaded() {
        return loaded;
    }

    /** A note when the file ended in a torn line (cut off before the next append), else empty. */
    public Optional<String> tornLine() {
        return tornLine;
    }

    public Path file() {
        return file;
    }

    /** Appends one record's line and flushes; safe to call from several threads. */
    public synchronized void append(String line) {
        if (line.indexOf('\n') >= 0) throw new IllegalArgumentException("a record must be one line");
        try {
            if (writer == null) writer = openForAppend();
            writer.write(line);
            writer.write('\n');
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (writer == null) return;
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
        } finally {
            writer = null;
        }
    }

    /** Opens for appending, first cutting off a torn last line (and ending a complete last line with '\n'). */
    private Writer openForAppend() throws IOException {
        if (Files.exists(file)) {
            byte[] b = Files.readAllBytes(file);
            long keep = completeLength(b);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                if (ch.size() > keep) ch.truncate(keep);
            }
            if (keep > 0 && b[(int) keep - 1] != '\n') Files.writeString(file, "\n", StandardOpenOption.APPEND);
        }
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Length of the content up to and including its last '\n', plus a last line that parses without one. */
    private long completeLength(byte[] b) {
        int end = b.length;
        while (end > 0 && b[end - 1] != '\n') end--;
        if (end == b.length) return end;
        try {
            parser.apply(new String(b, end, b.length - end, StandardCharsets.UTF_8));
            return b.length;
        } catch (RuntimeException e) {
            return end;
        }
    }
}
