package org.geneft.aut;

/** The group of the whole graph together with the reductions that led to it. */
public record ReducedSearch(AutomorphismGroup group, Reduction reduction) { }
