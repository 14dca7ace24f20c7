package org.geneft.aut;

import java.util.List;

/**
 * What the exact reductions removed before the native search, and the log2 factor each contributed;
 * log2 |Aut(G)| = twinLog2 + leafLog2 + chainLog2 + flapLog2 + componentLog2 + searchLog2.
 *
 * @param verticesBefore  vertices of the input graph
 * @param arcsBefore      arcs of the input graph
 * @param verticesAfter   vertices left for the native search (summed over the component groups)
 * @param arcsAfter       arcs left for the native search
 * @param twinVertices    vertices removed as twins
 * @param twinLog2        log2 Π |C|! over twin classes
 * @param leafVertices    vertices removed in pendant trees (stripped whole, bottom-up)
 * @param leafLog2        log2 Π c! over equal subtrees under one vertex of a pendant tree or its root
 * @param chainVertices   vertices removed as copies of parallel chains (the same code between the same two ends)
 * @param chainLog2       log2 Π k! over classes of k parallel copies
 * @param flapVertices    vertices removed as copies of small rigid flaps on the same hubs ({@link SymmetricFlaps})
 * @param flapLog2        log2 Π k! over classes of k copied flaps
 * @param components      components of the twin-free graph, isolated rigid vertices included
 * @param groups          groups of possibly isomorphic components searched separately
 * @param componentLog2   log2 Π count! over isomorphism classes of components (their permutations)
 * @param searchLog2      log2 of the product of the components' own groups, from the native search
 * @param largestSearch   vertices of the largest group handed to the native search
 * @param engine          the engine that searched what remained
 * @param redundantLabels labels dropped first because their arcs are another label's, reversed or not (factor 1)
 */
public record Reduction(int verticesBefore, long arcsBefore, int verticesAfter, long arcsAfter,
                        int twinVertices, double twinLog2, int leafVertices, double leafLog2, int chainVertices,
                        double chainLog2, int flapVertices, double flapLog2, int components, int groups, double componentLog2,
                        double searchLog2, int largestSearch, String engine, List<String> redundantLabels) {
    public Reduction {
        redundantLabels = List.copyOf(redundantLabels);
    }
}
