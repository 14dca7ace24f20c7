package org.geneft.statics;

import org.geneft.aut.NautyAutomorphisms;
import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;
import org.geneft.graph.RelationFamily;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TransitiveRowTest {

    @Test
    void enumerationCountsTheKnownTransitiveRelations() {
        // OEIS A006905, the number of transitive relations on n labelled elements.
        long[] known = {1, 2, 13, 171, 3994};
        for (int n = 0; n < known.length; n++) {
            if (n == 0) continue;
            assertThat(TransitiveRow.enumerate(n)).as("n=" + n).isEqualTo(known[n]);
        }
    }

    @Test
    void theHalfToHalfRelationsWithFreeLoopsAreTransitive() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 30;
        for (int trial = 0; trial < 200; trial++) {
            boolean[][] r = new boolean[n][n];
            for (int i = 0; i < n; i++) {
                r[i][i] = random.nextBoolean();
                if (i < n / 2) for (int j = n / 2; j < n; j++) r[i][j] = random.nextBoolean();
            }
            assertThat(TransitiveRow.transitive(r)).isTrue();
        }
        // and an arc i -> j -> k without i -> k is caught.
        boolean[][] broken = new boolean[3][3];
        broken[0][1] = broken[1][2] = true;
        assertThat(TransitiveRow.transitive(broken)).isFalse();
    }

    @Test
    void heightIsTheLongestChain() {
        int n = 30;
        assertThat(TransitiveRow.height(new RelationFamily.GreaterThan().matrix(n))).isEqualTo(n);
        assertThat(TransitiveRow.height(new RelationFamily.Mod(3).matrix(n))).isEqualTo(10);
        assertThat(TransitiveRow.height(new RelationFamily.Mod(7).matrix(n))).isEqualTo(5);   // classes of 5 and 4
        // Two 2-blocks under a single element: {0,1} R {2,3} R 4 gives 5; an antichain gives 1.
        boolean[][] r = new boolean[5][5];
        for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) r[i][j] = i / 2 < j / 2 || (i / 2 == j / 2 && i < 4);
        assertThat(TransitiveRow.transitive(r)).isTrue();
        assertThat(TransitiveRow.height(r)).isEqualTo(5);
        assertThat(TransitiveRow.height(new boolean[4][4])).isEqualTo(1);
    }

    @Test
    void chainLengthNeededInvertsTheFormula() {
        double k = TransitiveRow.chainLengthNeeded(30, 107.7);
        assertThat(TransitiveRow.table2(30, k)).isCloseTo(107.7, within(1e-6));
        assertThat(TransitiveRow.table2(30, 3)).isCloseTo(450, within(1e-9));
    }

    @Test
    void theRowFailsOnTheTransitiveRelationsTable2ListsElsewhere() {
        Claim c = new TransitiveRow(new NautyAutomorphisms(), 30).check();
        assertThat(c.id()).isEqualTo("table2-transitive");
        assertThat(c.verdict()).isEqualTo(Verdict.REFUTED);
        String gt = String.format(java.util.Locale.ROOT, "gt: b = %.1f bits", DescriptionLength.log2Factorial(30));
        assertThat(c.evidence()).contains(gt, "3994", "255");
    }

}
