package org.geneft.statics;

import org.geneft.aut.NautyAutomorphisms;
import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TreeRowTest {

    @Test
    void enumerationCountsCayleysRootedTrees() {
        long[] cayley = {1, 2, 9, 64, 625, 7776};
        for (int n = 1; n <= TreeRow.MAX_ENUMERATED_N; n++)
            assertThat(TreeRow.enumerateRootedTrees(n)).as("n=" + n).isEqualTo(cayley[n - 1]);
    }

    @Test
    void table2TreeRowHoldsForThePathAndFailsForBranchingTrees() {
        Claim c = new TreeRow(new NautyAutomorphisms(), 1).check();
        assertThat(c.id()).isEqualTo("table2-tree");
        assertThat(c.verdict()).isEqualTo(Verdict.REFUTED);
        String within = c.evidence().substring(c.evidence().indexOf("Within"), c.evidence().indexOf("outside"));
        assertThat(within).contains("path").doesNotContain("binary");
        // The perfect binary tree on 1023 nodes: log2|Aut| = 511, so b = log2 1023! - 511.
        String b = String.format(java.util.Locale.ROOT, "b = %.1f", DescriptionLength.log2Factorial(1023) - 511);
        assertThat(c.evidence()).contains("complete binary n=1023", b);
    }
}
