package org.geneft.aut;

import org.geneft.graph.Digraph;

/** Computes the automorphism group of a labelled, coloured digraph (arcs, labels, colours and loops preserved). */
public interface AutomorphismEngine {

    AutomorphismGroup automorphisms(Digraph g);

    /** The groups of several graphs, in order; an engine may share per-call costs (threads, native set-up) among them. */
    default java.util.List<AutomorphismGroup> automorphismsOfEach(java.util.List<Digraph> graphs) {
        return graphs.stream().map(this::automorphisms).toList();
    }

    /** Short name, reported in results. */
    String name();
}
