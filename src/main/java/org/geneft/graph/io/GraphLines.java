package org.geneft.graph.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The content lines of a graph file, with their 1-based numbers: blank lines and '#' comments are
 * skipped, trailing whitespace (so a Windows '\r') is dropped, and every failure becomes a
 * {@link GraphInputException} at the right line.
 *
 * <p>Lines are split on bytes and decoded one at a time, rather than through a BufferedReader,
 * because a decoder that reads ahead would report malformed UTF-8 at the wrong line.
 */
final class GraphLines implements AutoCloseable {
    private static final int MAX_LINE = Integer.MAX_VALUE - 8;

    private final Path file;
    private final InputStream in;
    private final boolean trailingComments;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] buf = new byte[1 << 16];
    private int pos, limit;
    private boolean eof;
    private long number;

    private GraphLines(Path file, InputStream in, boolean trailingComments) {
        this.file = file;
        this.in = in;
        this.trailingComments = trailingComments;
    }

    /**
     * Opens a file. With {@code trailingComments}, a '#' at the start of a token also ends the line's
     * content; otherwise only lines whose first non-blank character is '#' are comments.
     */
    static GraphLines open(Path file, boolean trailingComments) {
        return new GraphLines(file, GraphInput.open(file), trailingComments);
    }

    /**
     * A context for errors only, over no lines, for a format whose own parser reads the file (RDF through Jena): the
     * name index and the arc buffer place their overflow errors in the file, without a line.
     */
    static GraphLines errorsOnly(Path file) {
        return new GraphLines(file, InputStream.nullInputStream(), false);
    }

    Path file() { return file; }

    /** Number of the line last returned by {@link #next()}, or of the last line when it returned null. */
    long number() { return number; }

    /** The next content line without comment and trailing whitespace, or null at the end of the file. */
    String next() {
        String line;
        while ((line = rawLine()) != null) {
            int end = contentEnd(line);
            if (end > 0) return end == line.length() ? line : line.substring(0, end);
        }
        return null;
    }

    /** An error at the line last returned. */
    GraphInputException error(String problem) { return new GraphInputException(file, number, problem); }

    /** An error in the given 1-based field (token or column) of the line last returned. */
    GraphInputException error(int field, String problem) {
        return new GraphInputException(file, number, "field " + field + ": " + problem);
    }

    /** Where the content of a line ends: 0 for blank and comment lines. */
    private int contentEnd(String line) {
        int n = line.length();
        int first = 0;
        while (first < n && LineTokens.isBlank(line.charAt(first))) first++;
        if (first == n || line.charAt(first) == '#') return 0;
        int end = n;
        if (trailingComments)
            for (int i = first + 1; i < n; i++)
                if (line.charAt(i) == '#' && LineTokens.isBlank(line.charAt(i - 1))) { end = i; break; }
        while (end > first && LineTokens.isBlank(line.charAt(end - 1))) end--;
        return end;
    }

    private String rawLine() {
        try {
            int scan = pos;
            while (true) {
                for (int i = scan; i < limit; i++)
                    if (buf[i] == '\n') {
                        String line = decode(pos, i);
                        pos = i + 1;
                        return line;
                    }
                scan = limit;
                if (eof) {
                    if (pos == limit) return null;
                    String line = decode(pos, limit);
                    pos = limit;
                    return line;
                }
                scan -= pos;
                fill();
            }
        } catch (IOException e) {
            throw new GraphInputException(file, number + 1, "cannot read: " + GraphInput.describe(e));
        }
    }

    /** Moves the unread bytes to the front, grows the buffer for long lines, and reads more. */
    private void fill() throws IOException {
        int unread = limit - pos;
        if (unread == buf.length) {
            if (buf.length == MAX_LINE) throw new GraphInputException(file, number + 1, "line longer than 2 GB");
            byte[] bigger = new byte[(int) Math.min(MAX_LINE, 2L * buf.length)];
            System.arraycopy(buf, pos, bigger, 0, unread);
            buf = bigger;
        } else {
            System.arraycopy(buf, pos, buf, 0, unread);
        }
        pos = 0;
        limit = unread;
        int got = in.read(buf, limit, buf.length - limit);
        if (got < 0) eof = true;
        else limit += got;
    }

    private String decode(int from, int to) {
        number++;
        if (number == 1 && to - from >= 3 && buf[from] == (byte) 0xEF && buf[from + 1] == (byte) 0xBB
                && buf[from + 2] == (byte) 0xBF) from += 3; // a UTF-8 byte-order mark, as Windows editors write
        boolean ascii = true;
        for (int i = from; i < to; i++) if (buf[i] < 0) { ascii = false; break; }
        if (ascii) return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
        try {
            return utf8.decode(ByteBuffer.wrap(buf, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new GraphInputException(file, number, "not valid UTF-8");
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new GraphInputException(file, 0, "cannot close: " + e.getMessage());
        }
    }
}
