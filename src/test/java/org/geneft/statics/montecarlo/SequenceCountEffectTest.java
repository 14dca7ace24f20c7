package org.geneft.statics.montecarlo;

import org.geneft.graph.RelationClass;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SequenceCountEffectTest {

    private static RelationClass.TotalOrder order(int n) {
        return new RelationClass.TotalOrder(IntStream.range(0, n).toArray());
    }

    @Test
    void tenSequencesInflateTheBoundAndAThousandBarely() {
        List<SequenceCountEffect.Row> rows = SequenceCountEffect.measure(order(12), new double[] {0.05, 0.1}, 20, 3);
        assertThat(rows).hasSize(2);
        for (SequenceCountEffect.Row r : rows) {
            // Jensen: E max(p̂, 1-p̂) >= max(p, 1-p) entry by entry, so the mean difference is >= 0 up to noise;
            // with 10 draws the excess on a p = 1/2 entry is E|p̂ - 1/2| ~ 0.12, far above 3 standard errors.
            assertThat(r.tenMinusExact().mean()).as("10 at " + r.fraction())
                    .isGreaterThan(3 * r.tenMinusExact().standardError());
            // A hundred times more draws shrink the excess about tenfold (it scales as 1/sqrt(draws)).
            assertThat(r.thousandMinusExact().mean()).as("1000 at " + r.fraction())
                    .isLessThan(r.tenMinusExact().mean() / 4);
        }
    }
}
