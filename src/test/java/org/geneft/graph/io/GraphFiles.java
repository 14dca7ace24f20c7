package org.geneft.graph.io;

import org.geneft.graph.Digraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/** Test fixtures: writes graph files and renders a Digraph's arcs by vertex and label names. */
final class GraphFiles {
    private GraphFiles() {}

    static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeBytes(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Arcs as "tail>head", or "tail-label>head" when labelled, by vertex names. */
    static Set<String> arcs(Digraph g) {
        Set<String> out = new TreeSet<>();
        for (int v = 0; v < g.n(); v++)
            for (long a = g.outStart(v); a < g.outStart(v + 1); a++)
                out.add(g.vertexName(v) + (g.isLabelled() ? "-" + g.labelNames().get(g.label(a)) : "")
                        + ">" + g.vertexName(g.head(a)));
        return out;
    }
}
