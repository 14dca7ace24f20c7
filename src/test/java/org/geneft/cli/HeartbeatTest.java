package org.geneft.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class HeartbeatTest {

    private static String beats(boolean quiet) throws InterruptedException {
        StringWriter s = new StringWriter();
        try (Heartbeat h = Heartbeat.start(new PrintWriter(s), "geneft bounds", quiet, 0, 60)) {
            h.step("searching |Aut| of 12 vertices (traces)");
            // The first beat is due at once; 60 s to the next, so exactly one within this wait.
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!quiet && s.toString().isEmpty() && System.nanoTime() < deadline) Thread.sleep(10);
            Thread.sleep(quiet ? 300 : 0);
        }
        return s.toString();
    }

    @Test
    void aLongStepSaysWhereItIsUnlessQuiet() throws Exception {
        String line = beats(false);
        assertThat(line).startsWith("geneft bounds: still ").contains("Java heap").contains("--quiet").endsWith("\n");
        assertThat(line.lines().count()).isEqualTo(1);
        assertThat(beats(true)).isEmpty();
    }
}
