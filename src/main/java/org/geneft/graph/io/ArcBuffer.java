package org.geneft.graph.io;

import org.geneft.graph.Digraph;

import java.util.Arrays;
import java.util.List;

/** Growing primitive arrays of arcs (tail, head, optional label) collected while a file is read. */
final class ArcBuffer {
    // Digraph.of indexes arcs by int, so a larger file cannot be represented at all.
    private static final int MAX_ARCS = Integer.MAX_VALUE - 8;

    private final GraphLines lines;
    private int[] tails = new int[1024], heads = new int[1024];
    private int[] labels; // null: unlabelled
    private int size;

    ArcBuffer(GraphLines lines, boolean labelled) {
        this.lines = lines;
        if (labelled) labels = new int[1024];
    }

    void add(int tail, int head) {
        if (size == tails.length) grow();
        tails[size] = tail;
        heads[size] = head;
        size++;
    }

    void add(int tail, int head, int label) {
        if (size == tails.length) grow();
        tails[size] = tail;
        heads[size] = head;
        labels[size] = label;
        size++;
    }

    private void grow() {
        if (size == MAX_ARCS) throw lines.error("more than " + MAX_ARCS + " arcs");
        int capacity = (int) Math.min(MAX_ARCS, size + (size >> 1) + 1L);
        tails = Arrays.copyOf(tails, capacity);
        heads = Arrays.copyOf(heads, capacity);
        if (labels != null) labels = Arrays.copyOf(labels, capacity);
    }

    Digraph toDigraph(int n, List<String> labelNames, List<String> vertexNames) {
        return Digraph.of(n, Arrays.copyOf(tails, size), Arrays.copyOf(heads, size),
                labels == null ? null : Arrays.copyOf(labels, size), labelNames, vertexNames, null);
    }
}
