package org.geneft.graph.io;

import org.geneft.graph.Digraph;

import java.nio.file.Path;

/**
 * Reads knowledge-graph triples {@code head<TAB>relation<TAB>tail}, as WN18RR and FB15k-237 ship
 * them; relations become arc labels. Fields are split on tabs only, since entity names may hold spaces.
 */
final class TripleReader implements GraphReader {
    private static final String[] FIELD_NAMES = {"head", "relation", "tail"};

    private final ReadLimits limits;

    TripleReader(ReadLimits limits) { this.limits = limits; }

    @Override
    public Digraph read(Path file) {
        try (GraphLines lines = GraphLines.open(file, true)) {
            NameIndex vertices = new NameIndex(limits.maxVertices(), lines);
            NameIndex relations = new NameIndex(Integer.MAX_VALUE, lines);
            ArcBuffer arcs = new ArcBuffer(lines, true);
            String[] fields = new String[3];
            String line;
            while ((line = lines.next()) != null) {
                split(line, fields, lines);
                int head = vertex(vertices, fields[0], 1, lines);
                int relation = relations.id(fields[1]);
                int tail = vertex(vertices, fields[2], 3, lines);
                arcs.add(head, tail, relation);
            }
            if (vertices.size() == 0) throw lines.error("no triples, so no vertices: the graph is empty");
            return arcs.toDigraph(vertices.size(), relations.names(), vertices.names());
        }
    }

    /** Splits on tabs into exactly three fields, each trimmed of surrounding blanks and non-empty. */
    private static void split(String line, String[] fields, GraphLines lines) {
        int count = 1;
        for (int i = 0; i < line.length(); i++) if (line.charAt(i) == '\t') count++;
        if (count != 3)
            throw lines.error("expected 3 tab-separated fields 'head<TAB>relation<TAB>tail', found " + count);
        int from = 0;
        for (int f = 0; f < 3; f++) {
            int to = f < 2 ? line.indexOf('\t', from) : line.length();
            int a = from, b = to;
            while (a < b && LineTokens.isBlank(line.charAt(a))) a++;
            while (b > a && LineTokens.isBlank(line.charAt(b - 1))) b--;
            if (a == b) throw lines.error(f + 1, "the " + FIELD_NAMES[f] + " is empty");
            fields[f] = line.substring(a, b);
            from = to + 1;
        }
    }

    private int vertex(NameIndex vertices, String name, int field, GraphLines lines) {
        int id = vertices.id(name);
        if (id < 0) throw lines.error(field, "more than " + limits.maxVertices() + " vertices (ReadLimits.maxVertices)");
        return id;
    }
}
