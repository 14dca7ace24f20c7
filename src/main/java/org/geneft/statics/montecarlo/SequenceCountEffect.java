package org.geneft.statics.montecarlo;

import org.geneft.graph.RelationClass;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What Appendix D's number of sampled linear extensions does to its total-order bound. The appendix draws 1000
 * orderings per training set, then says "Using these 10 sequences": max(p̂, 1 − p̂) of a sampled p̂ is biased
 * upwards (Jensen), so fewer sequences inflate the bound. Both counts are compared, on the same training sets,
 * with the exact posterior (down-set counting), paired set by set.
 */
public final class SequenceCountEffect {

    /** The paired differences of one training fraction. */
    public record Row(double fraction, Estimate tenMinusExact, Estimate thousandMinusExact, int trainingSets) { }

    private SequenceCountEffect() { }

    /**
     * @param fractions training fractions; training sets whose exact posterior is out of the counting budget are
     *                  skipped (the comparison needs the exact value)
     */
    public static List<Row> measure(RelationClass.TotalOrder order, double[] fractions, int trainingSets, long seed) {
        BoundSettings exact = BoundSettings.defaults();
        BoundSettings ten = sampled(exact, 10), thousand = sampled(exact, 1000);
        SplittableRandom root = new SplittableRandom(seed);
        List<Row> rows = new ArrayList<>();
        for (double f : fractions) {
            SplittableRandom rng = root.split();
            List<Double> d10 = new ArrayList<>(), d1000 = new ArrayList<>();
            for (int s = 0; s < trainingSets; s++) {
                TrainingSet training = TrainingSet.sample(order.n(), f, rng);
                if (LinearExtensionCounter.count(Precedence.of(order, training), exact.downSetBudget()).isEmpty()) continue;
                double reference = AppendixDTotalOrderBound.accuracy(order, training, exact, rng);
                d10.add(AppendixDTotalOrderBound.accuracy(order, training, ten, rng) - reference);
                d1000.add(AppendixDTotalOrderBound.accuracy(order, training, thousand, rng) - reference);
            }
            if (!d10.isEmpty())
                rows.add(new Row(f, Estimate.of(unbox(d10)), Estimate.of(unbox(d1000)), d10.size()));
        }
        return rows;
    }

    private static BoundSettings sampled(BoundSettings s, int sequences) {
        return new BoundSettings(LinearExtensionMode.SAMPLED, sequences, s.mixingConstant(), s.downSetBudget(),
                s.bayesNodeBudget());
    }

    private static double[] unbox(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
