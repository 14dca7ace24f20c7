package org.geneft.statics;

import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Theorem1CheckTest {

    /** Bell numbers: set partitions of 0..8 elements. */
    private static final long[] BELL = {1, 1, 2, 5, 15, 52, 203, 877, 4140};

    @Test
    void everyPartitionIsVisitedOnce() {
        for (int n = 1; n <= 8; n++)
            assertThat(Theorem1Check.count(new int[n], Theorem1Check.everyPair(n)).partitions()).isEqualTo(BELL[n]);
    }

    @Test
    void trainingOnEveryPairTheZeroLossEmbeddingsAreTheRefinementsOfTheClasses() {
        // A zero-loss embedding may split a class in any way but never merge two: prod of Bell(class size).
        for (int[] sizes : Theorem1Check.CLASS_SIZES) {
            int[] classOf = Theorem1Check.classesOf(sizes);
            Theorem1Check.Counts c = Theorem1Check.count(classOf, Theorem1Check.everyPair(classOf.length));
            long refinements = 1;
            for (int s : sizes) refinements *= BELL[s];
            assertThat(c.zeroLoss()).isEqualTo(refinements);
            assertThat(c.zeroLossSeparating()).isEqualTo(refinements);
            assertThat(c.zeroLossGroupedByClass()).isEqualTo(1);
            assertThat(c.injective()).isZero();
            // Injective in each argument: only the grouping into the classes, and only with two classes.
            assertThat(c.injectivePerArgument()).isEqualTo(sizes.length == 2 ? 1 : 0);
            assertThat(c.injectivePerArgumentGrouped()).isEqualTo(c.injectivePerArgument());
        }
    }

    @Test
    void oneTrainedPairPerLabelAdmitsAnInjectiveDecoder() {
        // Classes {0,1} and {2}; trained (0,1) -> 1 and (0,2) -> 0 only: every partition separating the two
        // trained inputs works, so the injective count is positive: the enumeration can find injective decoders.
        boolean[][] trained = new boolean[3][3];
        trained[0][1] = trained[0][2] = true;
        Theorem1Check.Counts c = Theorem1Check.count(new int[] {0, 0, 1}, trained);
        assertThat(c.injective()).isEqualTo(c.zeroLoss()).isPositive();
        // Putting 1 and 2 at one point makes the two trained inputs equal: 2 of the 5 partitions fail.
        assertThat(c.zeroLoss()).isEqualTo(3);
    }

    @Test
    void separationHoldsUnderItsConditionAndTheGroupingHalfIsVacuous() {
        List<Claim> claims = new Theorem1Check(1).check();
        assertThat(claims).extracting(Claim::id).containsExactly("theorem1-separation", "theorem1-collapse");
        assertThat(claims.get(0).verdict()).isEqualTo(Verdict.CONFIRMED_UNDER_CONDITIONS);
        // As stated no partition admits an injective decoder: vacuous, not false. As the proof uses it, it groups
        // wherever it can be met (2 classes) and is never met with 3: the readings differ.
        assertThat(claims.get(1).verdict()).isEqualTo(Verdict.DEPENDS_ON_READING);
        assertThat(claims.get(1).evidence()).contains("under injective as stated: vacuous",
                "under injective in each argument, as the proof uses it: confirmed under conditions");
        assertThat(claims.get(1).evidence()).contains("0 partitions admit an injective zero-loss decoder",
                "2 classes [2, 2]: 1 (1 grouped)", "3 classes [2, 2, 2]: 0 (0 grouped)");
        assertThat(new Theorem1Check(1).check()).isEqualTo(claims);
    }
}
