package org.geneft.symbolic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a proof file (format in proofs/README.md); every error names the file and line.
 * It checks the layout and bracket balance only: Symja's own parse errors surface when the runner
 * evaluates the file, with the same file:line prefix.
 */
public final class ProofFileParser {

    private static final Pattern HEADER = Pattern.compile("(derivation|title|paper):\\s*(.*)");
    private static final Pattern PREMISE = Pattern.compile("premise\\s*\\(([^)]+)\\):\\s*(.+)");
    private static final Pattern DEFINE = Pattern.compile("define:\\s*(.+)");
    private static final Pattern CLAIM = Pattern.compile("claim\\s+([a-z0-9][a-z0-9-]*)\\s+\\(([^)]+)\\):\\s*(.+)");
    private static final Pattern FIELD = Pattern.compile("(zero|true|under|condition|show|method):\\s*(.+)");
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\s*(\\[[^=]*\\])?\\s*:?=[^=].*");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** Reads and validates one file. */
    public ProofFile parse(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new State(file).read(utf8Lines(file, bytes));
    }

    /** The file's lines, or an error naming the line of the first byte that is not UTF-8 (a binary file, say). */
    private static List<String> utf8Lines(Path file, byte[] bytes) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult r = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(in, out, true);
        if (r.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) if (bytes[i] == '\n') line++;
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%s:%d: not UTF-8 text (byte 0x%02x at offset %d): a proof file is text", file, line,
                    bytes[in.position()] & 0xff, in.position()));
        }
        out.flip();
        return out.toString().lines().toList();
    }

    /** The mutable state of one read; the parser itself stays reusable. */
    private static final class State {
        private final Path file;
        private String id;
        private String title;
        private String where;
        private final List<Statement> statements = new ArrayList<>();
        private final List<ClaimSpec> claims = new ArrayList<>();
        private final Set<String> claimIds = new HashSet<>();
        private ClaimBuilder open;

        State(Path file) {
            this.file = file;
        }

        ProofFile read(List<String> raw) {
            int i = 0;
            while (i < raw.size()) {
                int first = i + 1;
                StringBuilder joined = new StringBuilder(raw.get(i));
                // A trailing backslash continues a long expression on the next line.
                while (endsWithBackslash(joined) && i + 1 < raw.size()) {
                    String head = joined.toString().stripTrailing();
                    joined.setLength(0);
                    joined.append(head.substring(0, head.length() - 1).stripTrailing()).append(' ').append(raw.get(++i).strip());
                }
                if (endsWithBackslash(joined)) throw error(first, "a '\\' continues past the end of the file");
                i++;
                line(joined.toString(), first);
            }
            closeClaim();
            int end = raw.size();
            if (id == null) throw error(1, "missing 'derivation: <id>'");
            if (title == null) throw error(end, "missing 'title: ...'");
            if (where == null) throw error(end, "missing 'paper: ...' (the part of the paper this derivation checks)");
            if (claims.isEmpty()) throw error(end, "no claim: a derivation must check at least one claim");
            String expected = file.getFileName().toString().replaceFirst("\\.proof$", "");
            if (!expected.equals(id))
                throw error(1, "derivation '" + id + "' must live in a file named " + id + ".proof");
            return new ProofFile(file, id, title, where, statements, claims);
        }

        private static boolean endsWithBackslash(CharSequence s) {
            String t = s.toString().stripTrailing();
            return t.endsWith("\\");
        }

        private void line(String text, int n) {
            String stripped = text.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) return;
            boolean indented = Character.isWhitespace(text.charAt(0));
            if (indented) {
                field(stripped, n);
                return;
            }
            closeClaim();
            Matcher m;
            if ((m = HEADER.matcher(stripped)).matches()) header(m.group(1), m.group(2).strip(), n);
            else if ((m = PREMISE.matcher(stripped)).matches()) statement(true, m.group(1).strip(), m.group(2), n);
            else if ((m = DEFINE.matcher(stripped)).matches()) statement(false, "", m.group(1), n);
            else if ((m = CLAIM.matcher(stripped)).matches()) {
                if (!claimIds.add(m.group(1))) throw error(n, "claim '" + m.group(1) + "' is defined twice");
                open = new ClaimBuilder(m.group(1), m.group(2).strip(), m.group(3).strip(), n);
            } else {
                throw error(n, "expected 'derivation:', 'title:', 'paper:', 'premise (Eq. N):', 'define:' or "
                        + "'claim <id> (Eq. N): <words>', got '" + abbreviate(stripped) + "'");
            }
        }

        private void header(String key, String value, int n) {
            if (value.isEmpty()) throw error(n, "'" + key + ":' needs a value");
            switch (key) {
                case "derivation" -> {
                    if (id != null) throw error(n, "a second 'derivation:' line");
                    if (!ID.matcher(value).matches())
                        throw error(n, "derivation id '" + value + "': use lower-case letters, digits and '-'");
                    id = value;
                }
                case "title" -> title = value;
                default -> where = value;
            }
        }

        private void statement(boolean premise, String paper, String input, int n) {
            String expr = input.strip();
            balanced(expr, n);
            Matcher m = ASSIGNMENT.matcher(expr);
            if (!m.matches())
                throw error(n, "a " + (premise ? "premise" : "definition") + " must assign a symbol "
                        + "('name = expr' or 'f[x_] := expr'), got '" + abbreviate(expr) + "'");
            statements.add(new Statement(premise, paper, m.group(1), expr, n));
        }

        private void field(String text, int n) {
            if (open == null)
                throw error(n, "an indented line belongs to a claim, but no claim is open here");
            Matcher m = FIELD.matcher(text);
            if (!m.matches())
                throw error(n, "expected 'zero:', 'true:', 'under:', 'condition:', 'show:' or 'method:' in claim '"
                        + open.id + "', got '" + abbreviate(text) + "'");
            String key = m.group(1);
            String value = m.group(2).strip();
            if (!key.equals("condition") && !key.equals("method")) balanced(value, n);
            switch (key) {
                case "zero", "true" -> {
                    if (open.check != null) throw error(n, "claim '" + open.id + "' has two checks");
                    open.kind = key.equals("zero") ? CheckKind.ZERO : CheckKind.TRUE;
                    open.check = value;
                }
                case "under" -> {
                    if (open.under != null) throw error(n, "claim '" + open.id + "' has two 'under:' lines");
                    open.under = value;
                    open.underLine = n;
                }
                case "condition" -> open.condition = value;
                case "show" -> open.shows.add(value);
                default -> {
                    if (!value.equals("numeric") && !value.equals("symbolic"))
                        throw error(n, "method: expected 'symbolic' or 'numeric', got '" + value + "'");
                    open.numeric = value.equals("numeric");
                }
            }
        }

        private void closeClaim() {
            if (open == null) return;
            ClaimBuilder c = open;
            open = null;
            if (c.check == null)
                throw error(c.line, "claim '" + c.id + "' has no 'zero:' or 'true:' check");
            if (c.under != null && c.condition == null)
                throw error(c.underLine, "claim '" + c.id + "': 'under:' needs a 'condition:' saying it in words");
            claims.add(new ClaimSpec(c.id, c.where, c.statement, c.kind, c.check, Optional.ofNullable(c.under),
                    c.condition == null ? "" : c.condition, c.shows, c.numeric, c.line));
        }

        private void balanced(String expr, int n) {
            StringBuilder stack = new StringBuilder();
            for (int k = 0; k < expr.length(); k++) {
                char ch = expr.charAt(k);
                if (ch == '"') {
                    int close = expr.indexOf('"', k + 1);
                    if (close < 0) throw error(n, "unterminated string");
                    k = close;
                } else if ("([{".indexOf(ch) >= 0) {
                    stack.append(ch);
                } else if (")]}".indexOf(ch) >= 0) {
                    char want = "([{".charAt(")]}".indexOf(ch));
                    if (stack.isEmpty() || stack.charAt(stack.length() - 1) != want)
                        throw error(n, "unbalanced '" + ch + "' at column " + (k + 1) + " of the expression");
                    stack.setLength(stack.length() - 1);
                }
            }
            if (!stack.isEmpty())
                throw error(n, "unclosed '" + stack.charAt(stack.length() - 1) + "' in the expression");
        }

        private IllegalArgumentException error(int n, String message) {
            return new IllegalArgumentException(file + ":" + n + ": " + message);
        }

        private static String abbreviate(String s) {
            return s.length() <= 60 ? s : s.substring(0, 57) + "...";
        }
    }

    private static final class ClaimBuilder {
        final String id;
        final String where;
        final String statement;
        final int line;
        CheckKind kind;
        String check;
        String under;
        int underLine;
        String condition;
        final List<String> shows = new ArrayList<>();
        boolean numeric;

        ClaimBuilder(String id, String where, String statement, int line) {
            this.id = id;
            this.where = where;
            this.statement = statement;
            this.line = line;
        }
    }
}
