package org.geneft.statics;

import org.geneft.graph.Digraph;
import org.geneft.graph.RelationClass;
import org.geneft.graph.RelationProperties;

/**
 * p* of Eq. 5, the probability of guessing an uninferable pair right: the paper's values for its
 * classes (1/k for an equivalence with k classes, 1/2 for complete bipartite, 1/3 for a total
 * order, from its three-element argument), and the arc density for any other graph.
 */
public final class GuessProbability {

    /** @param value p*; @param source where it comes from, for the report */
    public record PStar(double value, String source) { }

    private GuessProbability() { }

    public static PStar of(Digraph g, RelationProperties p, double dataSetSize) {
        if (p.relationClass().isPresent()) {
            RelationClass c = p.relationClass().get();
            if (c instanceof RelationClass.Equivalence e) return new PStar(1.0 / e.k(), "1/k, equivalence (Sec. III)");
            if (c instanceof RelationClass.CompleteBipartite) return new PStar(0.5, "1/2, complete bipartite (Sec. III)");
            if (c instanceof RelationClass.TotalOrder) return new PStar(1.0 / 3, "1/3, total order (Sec. III, three-element argument)");
        }
        return new PStar(g.arcCount() / dataSetSize, "arc density (no class of the paper detected)");
    }
}
