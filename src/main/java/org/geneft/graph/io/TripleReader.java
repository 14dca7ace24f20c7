package org.geneft.graph.io;

import org.geneft.graph.Digraph;

import java.nio.file.Path;

/**
 * Reads knowledge-graph triples {@code head<TAB>relation<TAB>tail}, as WN18RR and FB15k-237 ship
 * them; relations become arc labels. Fields are split on tabs, since entity names may hold spaces; a file whose
 * first triple has no tab is split on runs of whitespace instead.
 */
final class TripleReader implements GraphReader {
    private static final String[] FIELD_NAMES = {"head", "relation", "tail"};

    private final ReadLimits limits;

    TripleReader(ReadLimits limits) { this.limits = limits; }

    @Override
    public Digraph read(Path file) {
        // Comments are whole lines, or a fourth tab-separated field starting with '#': inside the three fields a '#' is
        // data, since names may hold " #" (Room #9), relations begin with it (WordNet's #m, #s, #p) and RDF IRIs carry
        // fragments (<http://example.org/onto#Cat>).
        try (GraphLines lines = GraphLines.open(file, false)) {
            NameIndex vertices = new NameIndex(limits.maxVertices(), lines);
            NameIndex relations = new NameIndex(Integer.MAX_VALUE, lines);
            ArcBuffer arcs = new ArcBuffer(lines, true);
            int[] bounds = new int[6]; // start and end of each field in the line
            String line;
            // The first triple decides the file's separator: tabs (names may hold spaces, as in WN18RR and FB15k-237),
            // or, in a file without tabs, runs of whitespace (three tokens a line, as many dumps are written).
            Boolean tabs = null;
            while ((line = lines.next()) != null) {
                if (tabs == null) tabs = line.indexOf('\t') >= 0;
                if (tabs) split(line, bounds, lines);
                else splitWhitespace(line, bounds, lines);
                int head = vertex(vertices, line, bounds[0], bounds[1], 1, lines);
                int relation = relations.id(line, bounds[2], bounds[3]);
                int tail = vertex(vertices, line, bounds[4], bounds[5], 3, lines);
                arcs.add(head, tail, relation);
            }
            if (vertices.size() == 0) throw lines.error("no triples, so no vertices: the graph is empty");
            return arcs.toDigraph(vertices.size(), relations.names(), vertices.names());
        }
    }

    /** Splits on runs of whitespace into exactly three tokens (a file whose first triple has no tab). */
    private static void splitWhitespace(String line, int[] bounds, GraphLines lines) {
        int f = 0, i = 0, n = line.length();
        while (true) {
            while (i < n && LineTokens.isBlank(line.charAt(i))) i++;
            if (i == n) break;
            int start = i;
            while (i < n && !LineTokens.isBlank(line.charAt(i))) i++;
            if (f == 3) {
                if (line.charAt(start) == '#') break; // a trailing comment, as after tabs
                throw lines.error("expected 3 whitespace-separated tokens 'head relation tail' (the file's first triple "
                        + "has no tab), found more; separate the fields by tabs if names hold spaces");
            }
            bounds[2 * f] = start;
            bounds[2 * f + 1] = i;
            f++;
        }
        if (f != 3)
            throw lines.error("expected 3 whitespace-separated tokens 'head relation tail' (the file's first triple has "
                    + "no tab), found " + f);
    }

    /**
     * Splits on tabs into exactly three fields, each trimmed of surrounding blanks and non-empty, given as their
     * start and end in the line (no substrings: the name index reads the line itself).
     */
    private static void split(String line, int[] bounds, GraphLines lines) {
        int count = 1, end = line.length();
        for (int i = 0; i < line.length(); i++)
            if (line.charAt(i) == '\t' && ++count == 4) {
                // A fourth field is allowed only as a trailing comment.
                int c = i + 1;
                while (c < line.length() && LineTokens.isBlank(line.charAt(c))) c++;
                if (c < line.length() && line.charAt(c) == '#') { end = i; count = 3; break; }
            }
        if (count != 3)
            throw lines.error("expected 3 tab-separated fields 'head<TAB>relation<TAB>tail', found " + count);
        int from = 0;
        for (int f = 0; f < 3; f++) {
            int to = f < 2 ? line.indexOf('\t', from) : end;
            int a = from, b = to;
            while (a < b && LineTokens.isBlank(line.charAt(a))) a++;
            while (b > a && LineTokens.isBlank(line.charAt(b - 1))) b--;
            if (a == b) throw lines.error(f + 1, "the " + FIELD_NAMES[f] + " is empty");
            bounds[2 * f] = a;
            bounds[2 * f + 1] = b;
            from = to + 1;
        }
    }

    private int vertex(NameIndex vertices, String line, int start, int end, int field, GraphLines lines) {
        int id = vertices.id(line, start, end);
        if (id < 0) throw lines.error(field, "more than " + limits.maxVertices() + " vertices (--max-vertices)");
        return id;
    }
}
