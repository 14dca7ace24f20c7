package org.geneft.statics;

import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BipartiteAsEquivalenceTest {

    @Test
    void completeBipartiteIsAnEquivalenceOnlyThroughItsComplement() {
        for (int n : new int[] {4, 7, 30}) {
            Claim c = new BipartiteAsEquivalence(n).check();
            // Not an equivalence as written (irreflexive, not transitive), one after complementing.
            assertThat(c.verdict()).as("n=" + n).isEqualTo(Verdict.CONFIRMED_UNDER_CONDITIONS);
            assertThat(c.evidence()).contains("reflexive false, irreflexive true", "transitive false", "it is not an",
                    "so it is a two-class equivalence");
        }
    }

    @Test
    void tooFewElementsAreBadInput() {
        assertThatThrownBy(() -> new BipartiteAsEquivalence(1)).hasMessageContaining("--n");
    }
}
