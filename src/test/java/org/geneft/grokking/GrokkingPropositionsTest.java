package org.geneft.grokking;

import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GrokkingPropositionsTest {

    @Test
    void aWorldWhereEveryPointCoincidesFitsOnlyTrainingSetsOfOneSum() {
        // p = 2, every embedding 0: the three pairs (0,0), (0,1), (1,1) all sit at 0 with sums 0, 1, 2. Zero loss
        // needs at most one pair in the training set: the empty set and three singletons, each also injective.
        GrokkingPropositions.World w = GrokkingPropositions.explore(2, 0);
        assertThat(w.representations()).isEqualTo(1);
        assertThat(w.trainingSets()).isEqualTo(8);
        assertThat(w.zeroLoss()).isEqualTo(4);
        assertThat(w.injective()).isEqualTo(4);
        // Two pairs of different sums at one point, one of them a validation pair: Proposition 1's literal reading fails.
        assertThat(w.prop1Validation()).isNotNull();
        // p = 2 has no two pairs of equal sum, so Proposition 2 has nothing to say and no counterexample.
        assertThat(w.prop2NonInjective()).isNull();
    }

    @Test
    void theProofsHoldWhereTheyApplyAndEachConditionIsNeeded() {
        GrokkingPropositions.World w = GrokkingPropositions.explore(3, 1);
        assertThat(w.representations()).isEqualTo(27);
        assertThat(w.trainingSets()).isEqualTo(64);
        assertThat(w.prop1Violations()).isZero();
        assertThat(w.prop2Violations()).isZero();
        assertThat(w.injective()).isLessThan(w.zeroLoss());
        // (0,2) and (1,1) have sum 2: a non-injective zero-loss decoder lets them sit apart.
        assertThat(w.prop2NonInjective()).contains("pairs (0,2) and (1,1)");
    }

    @Test
    void theVerdictsStateTheConditions() {
        List<Claim> claims = GrokkingPropositions.check();
        assertThat(claims).extracting(Claim::id).containsExactly("grok-proposition-1", "grok-proposition-2");
        assertThat(claims.get(0).verdict()).isEqualTo(Verdict.CONFIRMED_UNDER_CONDITIONS);
        assertThat(claims.get(0).evidence()).contains("both pairs must be training samples").contains("e.g. E = [");
        assertThat(claims.get(1).verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(claims.get(1).evidence()).contains("The injectivity the statement assumes is needed");
    }
}
