package org.geneft.dynamics;

import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DynamicClaimsTest {

    private static void check(int samples) {
        List<Claim> claims = new DynamicClaims(samples, 1).check();
        claims.forEach(c -> System.out.println(c.id() + ": " + c.verdict().words() + " — " + c.evidence()));
        assertThat(claims).extracting(Claim::id)
                .containsExactly("repon-conserved-quantity", "repon-eq12", "repon-eq13", "repon-eq12-unreduced",
                        "repon-matrix-criterion", "sec4-limit-a-constant", "sec4-limit-r-constant");
        assertThat(claims.get(0).verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(claims.get(1).verdict()).isEqualTo(Verdict.CONFIRMED);
        // Eq. 13 holds from b(0) = y, as derived; from b(0) = 0 with y = 3 it does not (z 4.4-7.1 at 150 samples).
        assertThat(claims.get(2).verdict()).isEqualTo(Verdict.CONFIRMED_UNDER_CONDITIONS);
        assertThat(claims.get(2).evidence()).contains("holds when the bias has converged", "from b(0) = 0 with y = 3");
        assertThat(claims.get(3).verdict()).isEqualTo(Verdict.REFUTED);
        assertThat(claims.get(3).evidence()).contains("y = 0.3", "y = 1", "y = 3");
        assertThat(claims.get(4).verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(claims.get(4).evidence()).contains("agreement");
        assertThat(claims).allSatisfy(c -> assertThat(c.evidence()).isNotBlank());
    }

    @Test
    void dynamicClaimsCarryVerdictsAndTheirEvidence() {
        // 150 samples keeps this a few seconds: stderr <= 0.041, and the un-reduced excess at y = 3
        // (between 0.51 at y = 2 and 0.72 at y = 4 against Eq. 12's 0.39, measured at 10^4 by
        // bench/repon.sh) is still ~6 of them, above the refutation threshold |z| = 4.
        check(150);
    }

    @Test
    @Tag("slow")
    void dynamicClaimsAtTwoThousandSamples() {
        check(2000); // stderr <= 0.011
    }
}
