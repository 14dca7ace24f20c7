package org.geneft.statics;

import org.geneft.aut.AutomorphismEngine;
import org.geneft.graph.Digraph;
import org.geneft.graph.PropertyDetector;
import org.geneft.graph.RelationFamily;
import org.geneft.graph.RelationProperties;
import org.geneft.statics.montecarlo.AccuracyBoundCurve;
import org.geneft.statics.montecarlo.CurvePoint;
import org.geneft.statics.montecarlo.Method;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Figure 2's data: the accuracy upper bound against the training fraction for the paper's relations,
 * Eq. 5 beside Appendix D's Monte Carlo bound and, on the same training sets, the exact Bayes-optimal
 * accuracy (where counting fits its budget).
 */
public final class AccuracyBoundFigure {

    /**
     * One relation's curves.
     *
     * @param relation   the relation's spec, e.g. "mod:3"
     * @param n          number of elements
     * @param bits       exact description length b
     * @param pStar      p* of Eq. 5
     * @param transition b/n², the paper's transition scale
     * @param eq5        f_UB of Eq. 5, one per fraction
     * @param monteCarlo Appendix D and exact Bayes, one per fraction
     */
    public record Series(String relation, int n, double bits, double pStar, double transition,
                         List<StaticBounds.CurvePoint> eq5, List<CurvePoint> monteCarlo) {
        public Series {
            Objects.requireNonNull(relation);
            eq5 = List.copyOf(eq5);
            monteCarlo = List.copyOf(monteCarlo);
            if (eq5.size() != monteCarlo.size())
                throw new IllegalArgumentException("Eq. 5 and the Monte Carlo must share their fractions");
        }
    }

    private AccuracyBoundFigure() { }

    /** The paper's three relations of Fig. 2 at size n: mod 3, greater-than, K_{n/2,n/2}. */
    public static List<Series> compute(AutomorphismEngine engine, int n, double[] fractions, int samplings, long seed) {
        List<Series> out = new ArrayList<>();
        for (RelationFamily family : List.of(new RelationFamily.Mod(3), new RelationFamily.GreaterThan(),
                new RelationFamily.CompleteBipartite(n / 2))) {
            Digraph g = family.graph(n);
            RelationProperties p = new PropertyDetector().detect(g);
            StaticBounds s = StaticBounds.compute(g, p, engine.automorphisms(g), List.of(0.9), fractions);
            List<CurvePoint> mc = AccuracyBoundCurve.compute(p.relationClass().orElseThrow(), fractions, samplings, seed,
                    Method.APPENDIX_D, Method.EXACT_BAYES);
            out.add(new Series(family.spec(), n, s.bBits(), s.pStar().value(), s.transitionFraction(),
                    s.accuracyUpperBound(), mc));
        }
        return List.copyOf(out);
    }
}
