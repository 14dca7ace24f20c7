package org.geneft.aut;

import org.geneft.graph.Digraph;

/** Computes the automorphism group of a labelled, coloured digraph (arcs, labels, colours and loops preserved). */
public interface AutomorphismEngine {

    AutomorphismGroup automorphisms(Digraph g);

    /** Short name, reported in results. */
    String name();
}
