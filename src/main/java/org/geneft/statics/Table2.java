package org.geneft.statics;

import org.geneft.graph.RelationClass;
import org.geneft.graph.RelationProperties;

import java.util.Optional;

/** The paper's Table 2 approximations of the description length, for the most specific row that applies. */
public final class Table2 {

    /** One row of Table 2 and its value in bits at this n. */
    public record Row(String name, String formula, double bits) { }

    private Table2() { }

    public static Optional<Row> approximate(RelationProperties p, int n) {
        if (p.relationClass().isPresent()) {
            RelationClass c = p.relationClass().get();
            if (c instanceof RelationClass.Equivalence e)
                return Optional.of(new Row("equivalence with k=" + e.k() + " classes", "n log2 k",
                        n * log2(e.k())));
            if (c instanceof RelationClass.TotalOrder)
                return Optional.of(new Row("total order", "n log2(n/e)", n * log2(n / Math.E)));
            if (c instanceof RelationClass.CompleteBipartite)
                return Optional.of(new Row("complete bipartite", "n", n));
        }
        if (p.symmetric()) return Optional.of(new Row("symmetric", "n(n+1)/2", (double) n * (n + 1) / 2));
        if (p.antisymmetric()) return Optional.of(new Row("antisymmetric", "n(n-1)/2", (double) n * (n - 1) / 2));
        if (p.reflexive()) return Optional.of(new Row("reflexive", "n(n-1)", (double) n * (n - 1)));
        return Optional.empty();
    }

    /** The Sec. III text's version for total orders, n log2(n/2), kept to show the discrepancy. */
    public static double totalOrderTextVersion(int n) {
        return n * log2(n / 2.0);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
