package org.geneft.graph;

import java.util.Optional;

/**
 * The properties of a relation that the statics use (Table 2), detected on the union of its
 * labels. {@code transitive} is null when checking it would cost more than the detector's budget.
 *
 * @param relationClass the structured class (equivalence, total order, complete bipartite), when
 *                      the graph is unlabelled and is one
 */
public record RelationProperties(boolean reflexive, boolean irreflexive, boolean symmetric,
                                 boolean antisymmetric, Boolean transitive, boolean total,
                                 Optional<RelationClass> relationClass) {
}
