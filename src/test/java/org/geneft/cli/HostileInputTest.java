package org.geneft.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sizes past what memory holds, values past what doubles integrate and ranges that meant something else: each is
 * bad input (exit 2) with a message naming the option, never a stack trace, exit 1 or the internal error's 70.
 */
class HostileInputTest {

    private static void refused(CliRun r, String... named) {
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains(named).doesNotContain("internal error").doesNotContain("\tat ");
    }

    @Test
    void modelsTheHeapCannotHoldAreRefusedBeforeAllocating() {
        refused(CliRun.of("train", "--relation", "mod:3", "--n", "30", "--width", "1000000"), "--width 1000000", "-Xmx");
        refused(CliRun.of("train", "--relation", "mod:3", "--n", "30", "--depth", "100000"), "--depth 100000");
        refused(CliRun.of("train", "--relation", "mod:3", "--n", "30", "--embedding-dim", "10000000"),
                "--embedding-dim 10000000");
        refused(CliRun.of("repon", "integrate", "--a2", "1", "--c", "0.5", "--flow", "compare", "--k", "100000", "--d",
                "100000"), "--k 100000");
        refused(CliRun.of("repon", "probability", "--samples", "2000000000"), "--samples");
        refused(CliRun.of("bounds", "--relation", "gt", "--monte-carlo", "--samplings", "2000000000"), "--samplings");
    }

    @Test
    void nonFiniteResultsAreErrorsNamingTheirOptions() {
        refused(CliRun.of("repon", "integrate", "--a2", "1e308", "--c", "1e308"), "--a2 1.0E308");
        refused(CliRun.of("train", "--relation", "mod:3", "--n", "12", "--steps", "50", "--wd-dec", "1e300"),
                "diverged", "--wd-dec 1.0E300");
    }

    @Test
    void messagesNameTheWholeCommand() {
        CliRun r = CliRun.of("repon", "integrate", "--a2", "1");
        assertThat(r.err()).startsWith("geneft repon integrate: ").contains("Try 'geneft repon integrate --help'.");
        assertThat(CliRun.of("--no-such-option").err()).startsWith("geneft: ").doesNotContain("geneft geneft");
        assertThat(CliRun.of("sweep", "merge", "/nonexistent").err()).startsWith("geneft sweep merge: ");
    }

    @Test
    void everyRangeMatchesItsMessage(@TempDir Path dir) {
        refused(CliRun.of("repon", "probability", "--multi", "0", "--samples", "10"), "--multi must be >= 1");
        refused(CliRun.of("sweep", "fig7", "--budget", "smoke", "--threads", "0", "--out", dir.resolve("s").toString()),
                "--threads must be >= 1");
        refused(CliRun.of("sweep", "fig7", "--budget", "smoke", "--out", ""), "--out");
        assertThat(dir.resolve("s")).doesNotExist();
        assertThat(Path.of("runs.jsonl")).doesNotExist();
    }

    /** What still runs out of memory (here a graph too large for a 48 MB heap) is exit 2 with a way out, in a child JVM. */
    @Test
    void runningOutOfMemoryIsALimitNotACrash(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.edges");
        try (Writer w = Files.newBufferedWriter(big)) {
            for (int i = 0; i < 600_000; i++) w.write("v" + i + " v" + ((i * 7919L + 1) % 600_000) + "\n");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-Xss16m", "-cp", System.getProperty("java.class.path"), GeneftCommand.class.getName(),
                "bounds", big.toString()));
        Process child = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(child.getErrorStream().readAllBytes());
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(err).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err).contains("out of memory").contains("-Xmx").doesNotContain("\tat ");
    }
}
