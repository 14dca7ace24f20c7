package org.geneft.cli;

import org.geneft.aut.AutomorphismGroup;
import org.geneft.aut.Reduction;
import org.geneft.graph.RelationClass;
import org.geneft.graph.RelationProperties;
import org.geneft.statics.StaticBounds;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** The readable `bounds` output. */
final class BoundsTable {
    private BoundsTable() { }

    static void print(PrintWriter out, String source, StaticBounds s, List<MonteCarloRow> monteCarlo, Reduction reduction) {
        AutomorphismGroup aut = s.automorphisms();
        out.printf("graph            %s%n", source);
        out.printf("n, arcs, loops   %d, %d, %d%s%n", s.n(), s.arcs(), s.loops(),
                s.labels() > 1 ? " (" + s.labels() + " arc labels)" : "");
        out.printf("properties       %s%n", properties(s.properties()));
        out.printf("log2 |Aut(G)|    %.6f   (log10 %.6f%s; %d generators, %d orbits; %s, %.3f s)%n",
                aut.log2Order(), aut.log10Order(), aut.exactOrder() == null ? "" : "; exactly " + aut.exactOrder(),
                aut.generators(), aut.orbitCount(), aut.engine(), aut.seconds());
        if (reduction != null)
            out.printf("reduction        %d -> %d vertices, %d -> %d arcs; log2 factors: twins %.6f (%d removed), leaves %.6f (%d removed), "
                            + "parallel chains %.6f (%d removed), flaps %.6f (%d removed), components %.6f (%d, %d groups searched), search %.6f (%s)%n",
                    reduction.verticesBefore(), reduction.verticesAfter(), reduction.arcsBefore(), reduction.arcsAfter(),
                    reduction.twinLog2(), reduction.twinVertices(), reduction.leafLog2(), reduction.leafVertices(),
                    reduction.chainLog2(), reduction.chainVertices(), reduction.flapLog2(),
                    reduction.flapVertices(), reduction.componentLog2(), reduction.components(),
                    reduction.groups(), reduction.searchLog2(), reduction.engine());
        if (reduction != null && !reduction.redundantLabels().isEmpty())
            out.printf("                 labels dropped first (their arcs repeat another label's, reversed or not): %s%n",
                    String.join(", ", reduction.redundantLabels()));
        out.printf("b (exact)        %.6f bits = log2 n! (%.6f) - log2 |Aut|%n", s.bBits(), s.log2Factorial());
        if (s.table2().isPresent())
            out.printf("b (Table 2)      %.6f bits   [%s: %s]%n", s.table2().get().bits(), s.table2().get().name(),
                    s.table2().get().formula());
        else
            out.printf("b (Table 2)      -   (no row of Table 2 applies)%n");
        if (s.totalOrderTextBits().isPresent())
            out.printf("b (Sec. III)     %.6f bits   [the text's n log2(n/2)]%n", s.totalOrderTextBits().getAsDouble());
        out.printf("N                %.0f   (%s)%n", s.dataSetSize().value(), s.dataSetSize().reason());
        out.printf("p*               %.6f   (%s)%n", s.pStar().value(), s.pStar().source());
        out.printf("transition b/N   %.6f%n", s.transitionFraction());
        for (Map.Entry<Double, Double> e : s.criticalFractions().entrySet())
            out.printf("p_c(alpha=%s)%s%.6f%s%n", e.getKey(), " ".repeat(Math.max(1, 6 - e.getKey().toString().length())),
                    e.getValue(), e.getValue() > 1 ? "   (> 1: not reachable by Eq. 4)" : "");
        out.println();
        boolean mc = monteCarlo != null;
        out.printf("%9s %12s %9s %9s%s%n", "fraction", "m", "f (Eq.3)", "f_UB(Eq.5)",
                mc ? String.format(" %10s %8s %10s %8s", "MC bound", "stderr", "exact", "stderr") : "");
        for (int i = 0; i < s.accuracyUpperBound().size(); i++) {
            StaticBounds.CurvePoint p = s.accuracyUpperBound().get(i);
            String extra = "";
            if (mc) {
                MonteCarloRow r = monteCarlo.get(i);
                extra = String.format(" %10.6f %8.6f %10s %8s", r.bound(), r.stderr(),
                        r.exactBayes() == null ? "-" : String.format("%.6f", r.exactBayes()),
                        r.exactStderr() == null ? "-" : String.format("%.6f", r.exactStderr()));
            }
            out.printf("%9.4f %12.1f %9.6f %9.6f%s%n", p.fraction(), p.samples(), p.inferable(), p.upperBound(), extra);
        }
        out.flush();
    }

    private static String properties(RelationProperties p) {
        StringBuilder sb = new StringBuilder();
        if (p.reflexive()) sb.append("reflexive ");
        if (p.irreflexive()) sb.append("irreflexive ");
        if (p.symmetric()) sb.append("symmetric ");
        if (p.antisymmetric()) sb.append("antisymmetric ");
        if (p.transitive() == null) sb.append("transitive:unknown(too costly) ");
        else if (p.transitive()) sb.append("transitive ");
        if (p.total()) sb.append("total ");
        if (sb.length() == 0) sb.append("none ");
        p.relationClass().ifPresent(c -> sb.append("-> ").append(describe(c)));
        return sb.toString().trim();
    }

    static String describe(RelationClass c) {
        if (c instanceof RelationClass.Equivalence e) {
            StringBuilder sizes = new StringBuilder();
            for (int size : e.classSizes()) sizes.append(sizes.length() == 0 ? "" : ",").append(size);
            return "equivalence with " + e.k() + " classes (sizes " + sizes + ")";
        }
        if (c instanceof RelationClass.TotalOrder) return "strict total order";
        RelationClass.CompleteBipartite b = (RelationClass.CompleteBipartite) c;
        return "complete bipartite K_{" + b.sizeS() + "," + (b.n() - b.sizeS())
                + "} (complement of a 2-class equivalence, no loops)";
    }
}
