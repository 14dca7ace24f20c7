package org.geneft.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerifyCommandTest {

    @Test
    void verifyPrintsAVerdictPerStaticClaimAndSaysWhatIsNotBuilt() {
        BoundsCommandTest.Run r = BoundsCommandTest.run("verify", "--budget", "smoke");
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("aut-complete-bipartite", "confirmed under conditions", "table2-total-order",
                "sec3-total-order-text", "Not built yet");
    }

    @Test
    void strictVerifyExitsOneWhenAClaimIsRefuted() {
        // The Sec. III text's n log2(n/2) is refuted as Stirling's approximation.
        assertThat(BoundsCommandTest.run("verify", "--strict").exit()).isEqualTo(ExitCode.REFUTED);
    }

    @Test
    void anUnknownBudgetIsBadUsage() {
        BoundsCommandTest.Run r = BoundsCommandTest.run("verify", "--budget", "huge");
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("--budget");
    }
}
