package org.geneft.graph.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The graph file formats geneft reads, named by the word the user gives to {@code --format}. */
public enum GraphFormat {
    EDGELIST("edgelist", "edges", "edgelist", "el"),
    TRIPLES("triples", "tsv", "triples"),
    MATRIX("matrix", "mat", "matrix", "adj"),
    GRAPH6("graph6", "g6", "graph6"),
    DIGRAPH6("digraph6", "d6", "digraph6"),
    NTRIPLES("ntriples", "nt", "ntriples"),
    NQUADS("nquads", "nq", "nquads"),
    TURTLE("turtle", "ttl", "turtle");

    private final String word;
    private final String[] extensions;

    GraphFormat(String word, String... extensions) {
        this.word = word;
        this.extensions = extensions;
    }

    /** The word accepted by {@code --format}. */
    public String word() { return word; }

    /** The format named by a {@code --format} word, ignoring case. */
    public static GraphFormat parse(String word) {
        String w = word == null ? "" : word.trim().toLowerCase(Locale.ROOT);
        for (GraphFormat f : values()) if (f.word.equals(w)) return f;
        throw new IllegalArgumentException("unknown graph format '" + word + "'; accepted: " + acceptedWords());
    }

    /**
     * The format implied by the file's extension. ".txt" is deliberately not mapped: WN18RR and
     * FB15k-237 ship tab-separated triples as train.txt, and plain edge lists use it just as often.
     */
    public static GraphFormat detect(Path file) {
        if (GraphInput.isStdin(file))
            throw new GraphInputException(file, 0, "standard input has no extension to tell its format; pass --format "
                    + acceptedWords());
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        // A compressed file is named by what it holds: kg.nt.gz is N-Triples (read through gzip).
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) name = name.substring(0, name.length() - 3);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (GraphFormat f : values())
            for (String e : f.extensions) if (e.equals(ext)) return f;
        String what = ext.isEmpty() ? "a file without extension" : "the extension '." + ext + "'";
        throw new GraphInputException(file, 0,
                "cannot tell the graph format from " + what + "; pass --format " + acceptedWords());
    }

    /** The accepted words joined by '|', for messages. */
    public static String acceptedWords() {
        return Arrays.stream(values()).map(GraphFormat::word).collect(Collectors.joining("|"));
    }
}
