package org.geneft.graph.io;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The bytes of a graph file as every reader sees them: {@code -} is standard input, and gzip-compressed input (known
 * by its magic bytes, whatever the name) is decompressed on the fly, so a {@code .nt.gz} dump needs no unpacking.
 */
final class GraphInput {
    /** The name that means standard input. */
    static final String STDIN = "-";

    private GraphInput() { }

    static boolean isStdin(Path file) {
        return file.toString().equals(STDIN);
    }

    /** Opens a file (or standard input) for reading, decompressing gzip; failures are {@link GraphInputException}s. */
    static InputStream open(Path file) {
        InputStream raw;
        if (isStdin(file)) {
            // Not closed with the graph: the JVM owns standard input.
            raw = new FilterInputStream(System.in) {
                @Override
                public void close() { }
            };
        } else {
            if (Files.isDirectory(file)) throw new GraphInputException(file, 0, "is a directory, not a graph file");
            try {
                raw = Files.newInputStream(file);
            } catch (NoSuchFileException e) {
                throw new GraphInputException(file, 0, "no such file");
            } catch (AccessDeniedException e) {
                throw new GraphInputException(file, 0, "permission denied");
            } catch (IOException e) {
                throw new GraphInputException(file, 0, "cannot open: " + e.getMessage());
            }
        }
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        try {
            in.mark(2);
            int b0 = in.read(), b1 = in.read();
            in.reset();
            if (b0 != 0x1f || b1 != 0x8b) return in;
        } catch (IOException e) {
            throw new GraphInputException(file, 0, "cannot read: " + describe(e));
        }
        try {
            return new GZIPInputStream(in, 1 << 16);
        } catch (IOException e) {
            throw new GraphInputException(file, 0, "starts like gzip but is not a readable gzip stream (" + describe(e) + ")");
        }
    }

    /** An I/O failure in words: its message, or its kind when it has none (a truncated gzip stream says nothing). */
    static String describe(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.io.EOFException) return "the file ends early" + (m == null ? "" : " (" + m + ")");
        if (m != null && m.contains("ZLIB")) return "the compressed data end early or are damaged (" + m + ")";
        return m != null ? m : e.getClass().getSimpleName();
    }
}
