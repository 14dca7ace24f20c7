package org.geneft.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerifyCommandTest {

    /** One run (Symja takes tens of seconds), checked for both its output and its strict exit code. */
    @Test
    void verifyPrintsAVerdictPerClaimAndStrictModeExitsOneOnARefutedClaim() {
        CliRun r = CliRun.of("verify", "--budget", "smoke", "--strict");
        // The Sec. III text's n log2(n/2) is refuted as Stirling's approximation, statically and symbolically.
        assertThat(r.exit()).isEqualTo(ExitCode.REFUTED);
        assertThat(r.out()).contains("aut-complete-bipartite", "confirmed under conditions", "table2-total-order",
                "sec3-total-order-text", "conserved-quantity/dc-dt-zero", "ansatz-reduction/c-equation",
                "Not built yet");
    }

    @Test
    void anUnknownBudgetIsBadUsage() {
        CliRun r = CliRun.of("verify", "--budget", "huge");
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("--budget");
    }

    @Test
    void aMissingProofFolderIsBadInputNamingIt() {
        CliRun r = CliRun.of("verify", "--budget", "smoke", "--proofs", "/nonexistent-proofs");
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("/nonexistent-proofs");
    }
}
