package org.geneft.graph.io;

import java.nio.file.Path;

/** A graph file that cannot be read: the message names the file, the line (when known) and what is wrong. */
public final class GraphInputException extends RuntimeException {
    private final Path file;
    private final long line;

    public GraphInputException(Path file, long line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() { return file; }

    /** 1-based line number, or 0 when the problem is not on one line. */
    public long line() { return line; }
}
