package org.geneft.statics;

import org.geneft.aut.AutomorphismGroup;
import org.geneft.graph.Digraph;
import org.geneft.graph.RelationClass;
import org.geneft.graph.RelationProperties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything Sec. III says about one graph: description length (exact and Table 2), Eq. 3-5 and
 * the transition scale. Immutable; built by {@link #compute}.
 */
public record StaticBounds(int n, long arcs, long loops, int labels, RelationProperties properties,
                           AutomorphismGroup automorphisms, double log2Factorial, double bBits,
                           Optional<Table2.Row> table2, OptionalDouble totalOrderTextBits,
                           GuessProbability.PStar pStar, DataSetSize dataSetSize,
                           Map<Double, Double> criticalFractions, double transitionFraction,
                           List<CurvePoint> accuracyUpperBound) {

    /** One point of the Eq. 5 curve: m = fraction * N samples. */
    public record CurvePoint(double fraction, double samples, double inferable, double upperBound) { }

    public static StaticBounds compute(Digraph g, RelationProperties p, AutomorphismGroup aut,
                                       List<Double> alphas, double[] fractions) {
        int n = g.n();
        double b = DescriptionLength.bits(n, aut.log2Order());
        DataSetSize size = DataSetSize.of(g);
        BallsInBuckets model = new BallsInBuckets(b, size.value());
        GuessProbability.PStar pStar = GuessProbability.of(g, p, size.value());
        Map<Double, Double> pc = new LinkedHashMap<>();
        for (double alpha : alphas) pc.put(alpha, model.criticalFraction(alpha));
        List<CurvePoint> curve = new ArrayList<>();
        for (double f : fractions) {
            if (!(f >= 0 && f <= 1)) throw new IllegalArgumentException("training fraction must lie in [0, 1], got " + f);
            double m = f * size.value();
            curve.add(new CurvePoint(f, m, model.inferableFraction(m), model.accuracyUpperBound(m, pStar.value())));
        }
        boolean totalOrder = p.relationClass().filter(c -> c instanceof RelationClass.TotalOrder).isPresent();
        return new StaticBounds(n, g.arcCount(), g.loopCount(), g.labelCount(), p, aut,
                DescriptionLength.log2Factorial(n), b, Table2.approximate(p, n),
                totalOrder ? OptionalDouble.of(Table2.totalOrderTextVersion(n)) : OptionalDouble.empty(),
                pStar, size, pc, model.transitionFraction(), List.copyOf(curve));
    }
}
