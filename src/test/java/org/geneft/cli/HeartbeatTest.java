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

    @Test
    void aCountingStepIsReadAtEachBeat() throws Exception {
        StringWriter s = new StringWriter();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger(7);
        try (Heartbeat h = Heartbeat.start(new PrintWriter(s), "geneft grokking sweep", false, 1, 60)) {
            h.step(() -> "training: " + done.get() + " of 9 runs stored");
            done.set(8); // before the first beat, due after a second: the beat must read the count then, not now
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (s.toString().isEmpty() && System.nanoTime() < deadline) Thread.sleep(10);
        }
        assertThat(s.toString()).contains("training: 8 of 9 runs stored");
    }
}
