package org.geneft.graph.io;

import org.geneft.graph.Digraph;

import java.nio.file.Path;

/**
 * The shared part of nauty's graph6 and digraph6 (see nauty's formats.txt): an optional
 * {@code >>name<<} header, printable bytes 63..126 each carrying 6 bits, the order N(n), then the
 * adjacency bits, zero-padded to a multiple of 6. geneft reads one graph per file.
 */
abstract class NautyFormatReader implements GraphReader {
    private static final int BIAS = 63;

    private final String name;
    private final ReadLimits limits;

    NautyFormatReader(String name, ReadLimits limits) {
        this.name = name;
        this.limits = limits;
    }

    /** Characters before N(n): "&" for digraph6, none for graph6. */
    abstract String prefix();

    /** How many adjacency bits follow N(n) for a graph of order n. */
    abstract long bitCount(long n);

    /** Turns the adjacency bits into arcs. */
    abstract void addArcs(Bits bits, int n, ArcBuffer arcs);

    @Override
    public final Digraph read(Path file) {
        try (GraphLines lines = GraphLines.open(file, false)) {
            String line = lines.next();
            if (line == null) throw lines.error("no " + name + " graph: the file is empty");
            int p = 0;
            if (line.startsWith(">>")) {
                String header = ">>" + name + "<<";
                if (!line.startsWith(header)) throw lines.error("the header "
                        + LineTokens.quote(line.substring(0, Math.max(2, line.indexOf("<<") + 2)))
                        + " is not " + header + "; pass the matching --format");
                p = header.length();
                if (p == line.length()) {
                    line = lines.next();
                    p = 0;
                    if (line == null) throw lines.error("a " + header + " header but no graph");
                }
            }
            checkPrefix(line, p, lines);
            p += prefix().length();
            checkRange(line, p, lines);
            Bits bits = new Bits(line, p);
            int n = order(bits, lines);
            long expected = (bitCount(n) + 5) / 6;
            long found = line.length() - bits.start;
            if (found != expected) throw lines.error(name + " declares n = " + n + ", which needs " + expected
                    + " characters of adjacency bits, but " + found + " follow");
            int padding = (int) (6 * expected - bitCount(n));
            if (expected > 0 && ((line.charAt(line.length() - 1) - BIAS) & ((1 << padding) - 1)) != 0)
                throw lines.error("column " + line.length() + ": the " + padding + " padding bits are not zero");
            ArcBuffer arcs = new ArcBuffer(lines, false);
            addArcs(bits, n, arcs);
            if (lines.next() != null)
                throw lines.error("a second graph; geneft reads one graph per file");
            return arcs.toDigraph(n, null, null);
        }
    }

    private void checkPrefix(String line, int p, GraphLines lines) {
        if (line.startsWith(":", p)) throw lines.error("this is sparse6, which geneft does not read; "
                + "convert it with nauty's copyg -g (or -z for digraphs)");
        boolean ampersand = line.startsWith("&", p);
        if (prefix().isEmpty() && ampersand)
            throw lines.error("this is digraph6 (it starts with '&'); pass --format digraph6");
        if (!prefix().isEmpty() && !ampersand)
            throw lines.error("digraph6 starts with '&'; without it this looks like graph6, pass --format graph6");
    }

    private void checkRange(String line, int from, GraphLines lines) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < BIAS || c > BIAS + 63)
                throw lines.error("column " + (i + 1) + ": character " + (int) c
                        + " is outside " + name + "'s range 63..126");
        }
    }

    /** Decodes N(n): one character below '~', or '~' and 18 bits, or "~~" and 36 bits; moves bits past it. */
    private int order(Bits bits, GraphLines lines) {
        String line = bits.line;
        int p = bits.start;
        if (p == line.length()) throw lines.error(name + " line ends before the number of vertices");
        int width = 1;
        if (line.charAt(p) == '~') width = p + 1 < line.length() && line.charAt(p + 1) == '~' ? 8 : 4;
        if (p + width > line.length()) throw lines.error(name + " line ends inside the number of vertices");
        long n = 0;
        if (width == 1) n = line.charAt(p) - BIAS;
        else for (int i = p + width - (width == 8 ? 6 : 3); i < p + width; i++) n = (n << 6) | (line.charAt(i) - BIAS);
        bits.start = p + width;
        if (n == 0) throw lines.error(name + " declares n = 0: the graph is empty");
        int max = limits.denseOrderLimit();
        if (n > max) throw lines.error(name + " declares n = " + n + ", more than the " + max
                + " vertices allowed (" + limits.denseLimitName() + ")");
        return (int) n;
    }

    /** The adjacency bits of a validated line, most significant bit of each character first. */
    static final class Bits {
        private final String line;
        private int start;

        private Bits(String line, int start) {
            this.line = line;
            this.start = start;
        }

        boolean get(long k) {
            return (((line.charAt(start + (int) (k / 6)) - BIAS) >> (5 - (int) (k % 6))) & 1) != 0;
        }
    }
}
