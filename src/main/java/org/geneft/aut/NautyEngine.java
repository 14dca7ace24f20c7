package org.geneft.aut;

/** Which nauty-family search {@link NautyAutomorphisms} runs, and on which encoding of the digraph. */
public enum NautyEngine {
    /** Traces on the undirected 3-vertex gadget: the fast default (Traces accepts only simple undirected graphs). */
    TRACES(NautyLibrary.ENGINE_TRACES, "traces/gadget"),
    /** sparsenauty in digraph mode on the digraph itself: slow on big graphs, kept as an independent cross-check. */
    SPARSENAUTY(NautyLibrary.ENGINE_SPARSENAUTY, "sparsenauty/digraph");

    final int code;
    final String encodingName;

    NautyEngine(int code, String encodingName) {
        this.code = code;
        this.encodingName = encodingName;
    }
}
