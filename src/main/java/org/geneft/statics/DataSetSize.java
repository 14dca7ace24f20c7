package org.geneft.statics;

import org.geneft.graph.Digraph;

/**
 * N, the number of labelled pairs a learner sees: n^2 for one relation (Sec. II); L n^2 for a graph
 * with L arc labels, since a multi-relational data set labels every (head, relation, tail) triple,
 * as in knowledge-graph completion.
 */
public record DataSetSize(double value, String reason) {

    public static DataSetSize of(Digraph g) {
        double n2 = (double) g.n() * g.n();
        if (!g.isLabelled()) return new DataSetSize(n2, "n^2 ordered pairs of one relation (Sec. II)");
        return new DataSetSize(g.labelCount() * n2, "L*n^2 with L=" + g.labelCount()
                + " labels: every (head, relation, tail) triple is one labelled pair");
    }
}
