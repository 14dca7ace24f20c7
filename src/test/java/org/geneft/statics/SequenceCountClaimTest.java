package org.geneft.statics;

import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SequenceCountClaimTest {

    @Test
    void aThousandSequencesGiveTheExactBoundTenInflateItAndWhichTheAuthorsUsedIsNotCheckable() {
        // At n = 12 most pairs stay undetermined at these fractions, where 10 draws inflate max(p, 1-p) by
        // about 0.02 (SequenceCountEffectTest): far above the claim's 0.005 + 3 standard errors.
        Claim c = new SequenceCountClaim(12, 20, 1).check();
        // Which of the two numbers the authors used is a fact about them: not checkable, whatever the effect.
        assertThat(c.verdict()).as(c.evidence()).isEqualTo(Verdict.NOT_CHECKABLE);
        assertThat(c.evidence()).contains("the number matters: read as 10, the text's bound is inflated",
                "cannot be known");
    }
}
