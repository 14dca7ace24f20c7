package org.geneft.statics;

import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PropertyClassCountsTest {

    @Test
    void enumerationGivesTheKnownClassSizes() {
        // Counted by hand for n = 3: 9 free cells; 3 loops + 3 pairs; 3 free loops x 3 choices per pair; 6 off-diagonal cells.
        assertThat(PropertyClassCounts.enumerate(PropertyClassCounts.Row.GENERIC, 3)).isEqualTo(512);
        assertThat(PropertyClassCounts.enumerate(PropertyClassCounts.Row.SYMMETRIC, 3)).isEqualTo(64);
        assertThat(PropertyClassCounts.enumerate(PropertyClassCounts.Row.ANTISYMMETRIC, 3)).isEqualTo(8 * 27);
        assertThat(PropertyClassCounts.enumerate(PropertyClassCounts.Row.REFLEXIVE, 3)).isEqualTo(64);
    }

    @Test
    void closedFormsMatchEnumerationForEverySmallN() {
        for (PropertyClassCounts.Row row : PropertyClassCounts.Row.values())
            for (int n = 1; n <= PropertyClassCounts.MAX_ENUMERATED_N; n++)
                // log2 of an integer below 2^16: only rounding separates the two.
                assertThat(Math.log(PropertyClassCounts.enumerate(row, n)) / Math.log(2))
                        .as(row + " n=" + n).isCloseTo(row.exactBits(n), within(1e-9));
    }

    @Test
    void table2IsConfirmedForGenericSymmetricReflexiveAndRefutedForAntisymmetric() {
        List<Claim> claims = new PropertyClassCounts(30).check();
        assertThat(claims).extracting(Claim::id).containsExactly("table2-generic", "table2-symmetric",
                "table2-antisymmetric", "table2-reflexive", "table2-antisymmetric-tournament");
        assertThat(claims).filteredOn(c -> !c.id().equals("table2-antisymmetric"))
                .allSatisfy(c -> assertThat(c.verdict()).isEqualTo(Verdict.CONFIRMED));
        Claim anti = claims.get(2);
        assertThat(anti.verdict()).isEqualTo(Verdict.REFUTED);
        // n + n(n-1)/2 log2 3 at n = 30 (3 choices per pair, a free loop each) against Table 2's 435.
        String exact = String.format(java.util.Locale.ROOT, "%.3f", 30 + 435 * Math.log(3) / Math.log(2));
        assertThat(anti.evidence()).contains(exact, "435.000", "tournaments");
        // The tournament reading, which gt satisfies, is exact: 1, 2, 8, 64 counted by brute force.
        Claim tournament = claims.get(4);
        assertThat(tournament.verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(tournament.evidence()).contains("1, 2, 8, 64", "435 bits");
        // Together, one finding whose verdict depends on the reading, not a refutation.
        assertThat(org.geneft.claims.Findings.of(List.of(anti, tournament))).singleElement()
                .satisfies(f -> assertThat(f.verdict()).isEqualTo(Verdict.DEPENDS_ON_READING));
    }
}
