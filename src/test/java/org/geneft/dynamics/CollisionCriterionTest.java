package org.geneft.dynamics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CollisionCriterionTest {

    @Test
    void forAScalarDecoderTheCriterionIsTheSignOfEq11sC() {
        double etaA = 1e-3, etaX = 2e-3;
        for (double[] p : new double[][] {{0.8, 0.5}, {0.2, 0.9}, {-1.5, 0.3}, {0.1, -0.05}}) {
            CollisionCriterion.Prediction pr = CollisionCriterion.predict(new double[][] {{p[0]}}, new double[] {p[1]}, etaA, etaX);
            double c = new ConservedQuantity(etaA, etaX).value(p[0], p[1]);
            // 1×1: M is the number C itself.
            assertThat(pr.lambdaMinReachable()).isCloseTo(c, within(1e-12 * Math.abs(c) + 1e-15));
            assertThat(pr.outcome()).isEqualTo(c > 0 ? Outcome.COLLISION : Outcome.NO_COLLISION);
        }
    }

    @Test
    void aWideDecoderReachesOneDimensionMoreThanItsRankUnlessR0LiesInItsRowSpace() {
        double[][] a = {{1, 0.5, -0.2}, {0.3, -1, 0.4}}; // 2×3, rank 2
        CollisionCriterion.Prediction generic = CollisionCriterion.predict(a, new double[] {0.1, 0.2, 0.3}, 1, 1);
        assertThat(generic.dimension()).isEqualTo(3);
        // AᵀA has rank 2 on a 3-dimensional V, minus r rᵀ: some direction of V is not positive.
        assertThat(generic.lambdaMinReachable()).isLessThanOrEqualTo(0);
        assertThat(generic.outcome()).isEqualTo(Outcome.NO_COLLISION);
        // A small r0 inside the row space: V is the row space, where AᵀA/2 dominates r rᵀ.
        double[] inside = {0.01 * (1 + 0.3), 0.01 * (0.5 - 1), 0.01 * (-0.2 + 0.4)};
        CollisionCriterion.Prediction row = CollisionCriterion.predict(a, inside, 1, 1);
        assertThat(row.dimension()).isEqualTo(2);
        assertThat(row.outcome()).isEqualTo(Outcome.COLLISION);
        // The unrestricted λ_min sees M's zero eigenvalue off V and cannot say so.
        assertThat(row.lambdaMinFull()).isCloseTo(0, within(1e-12));
    }

    @Test
    void theCriterionPredictsEveryDecidedIntegrationOfEq8AndTheUnrestrictedOneDoesNot() {
        List<CollisionCriterionCheck.Group> groups = CollisionCriterionCheck.run(12, 7, 1e-2, 1e-2, IntegrationSettings.DEFAULT);
        assertThat(groups).hasSize(CollisionCriterionCheck.SHAPES.length + 3); // + the three d > k row-space groups
        assertThat(groups).allSatisfy(g -> assertThat(g.agree()).as(g.toString()).isEqualTo(g.decided()));
        // Both outcomes occur, so agreement is not a constant guess: squares collide sometimes, wide
        // decoders with r0 in the row space too, generic wide ones never.
        assertThat(groups.stream().mapToInt(CollisionCriterionCheck.Group::collisions).sum()).isPositive();
        assertThat(groups).filteredOn(g -> g.d() > g.k() && !g.rowSpace()).allSatisfy(g -> assertThat(g.collisions()).isZero());
        assertThat(groups).filteredOn(g -> g.rowSpace()).anySatisfy(g -> assertThat(g.collisions()).isPositive());
        assertThat(groups).filteredOn(g -> g.rowSpace())
                .anySatisfy(g -> assertThat(g.agreeUnrestricted()).isLessThan(g.decided()));
        // Most draws are decided at the default horizon (measured: 2 of 300 undecided, all r0 in a row space).
        assertThat(groups.stream().mapToInt(CollisionCriterionCheck.Group::undecided).sum())
                .isLessThanOrEqualTo(groups.size());
    }
}
