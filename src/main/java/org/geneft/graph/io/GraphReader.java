package org.geneft.graph.io;

import org.geneft.graph.Digraph;

import java.nio.file.Path;

/** Reads one graph from a file in one format; every failure is a {@link GraphInputException}. */
public interface GraphReader {
    Digraph read(Path file);
}
