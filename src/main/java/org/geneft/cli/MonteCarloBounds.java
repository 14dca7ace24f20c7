package org.geneft.cli;

import org.geneft.graph.RelationClass;
import org.geneft.statics.montecarlo.AccuracyBoundCurve;
import org.geneft.statics.montecarlo.CurvePoint;
import org.geneft.statics.montecarlo.Method;
import org.geneft.statics.montecarlo.Precedence;

import java.util.ArrayList;
import java.util.List;

/** Runs Appendix D's Monte Carlo bound and the exact Bayes accuracy (paired) and turns them into rows. */
final class MonteCarloBounds {
    private MonteCarloBounds() { }

    static List<MonteCarloRow> compute(RelationClass relation, double[] fractions, int samplings, long seed) {
        if (relation.n() > Precedence.MAX_N)
            throw new IllegalArgumentException("--monte-carlo supports at most " + Precedence.MAX_N
                    + " elements (bit-mask posets and class sets), got n = " + relation.n());
        List<MonteCarloRow> rows = new ArrayList<>();
        for (CurvePoint p : AccuracyBoundCurve.compute(relation, fractions, samplings, seed,
                Method.APPENDIX_D, Method.EXACT_BAYES)) {
            rows.add(new MonteCarloRow(p.fraction(), p.appendixD().mean(), p.appendixD().standardError(),
                    p.exactBayes() == null ? null : p.exactBayes().mean(),
                    p.exactBayes() == null ? null : p.exactBayes().standardError(), p.samplings()));
        }
        return rows;
    }
}
