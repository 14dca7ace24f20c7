package org.geneft.graph.io;

/** Walks the whitespace-separated tokens of one line by index, without a regex or a split array. */
final class LineTokens {
    private static final int QUOTE_MAX = 40;

    private String line = "";
    private int pos, start, end, field;

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /** A token quoted for a message, shortened so a garbage line cannot flood the terminal. */
    static String quote(String token) {
        return "'" + (token.length() <= QUOTE_MAX ? token : token.substring(0, QUOTE_MAX) + "...") + "'";
    }

    LineTokens reset(String line) {
        this.line = line;
        pos = 0;
        field = 0;
        return this;
    }

    /** Moves to the next token; false when the line has no more. */
    boolean next() {
        int n = line.length();
        while (pos < n && isBlank(line.charAt(pos))) pos++;
        if (pos == n) return false;
        start = pos;
        while (pos < n && !isBlank(line.charAt(pos))) pos++;
        end = pos;
        field++;
        return true;
    }

    /** 1-based index of the current token within the line. */
    int field() { return field; }

    String token() { return line.substring(start, end); }

    /** Where the current token starts in the line. */
    int start() { return start; }

    /** Where the current token ends (exclusive) in the line. */
    int end() { return end; }

    /** Whether the current token is exactly the one character c (no allocation, for dense matrices). */
    boolean is(char c) { return end - start == 1 && line.charAt(start) == c; }

    /** Number of tokens from the current one to the end of the line, the current one included. */
    int countToEnd() {
        int saved = pos, savedStart = start, savedEnd = end, savedField = field;
        int count = 1;
        while (next()) count++;
        pos = saved; start = savedStart; end = savedEnd; field = savedField;
        return count;
    }
}
