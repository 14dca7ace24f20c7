package org.geneft.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * SLURM's client commands (sbatch, scancel), each run with a time limit: a controller that does not answer is an
 * error after {@code timeoutSeconds}, never a hang. A missing client is {@link SlurmUnavailableException}, a refusal
 * (an invalid partition, a bad option, an unreachable controller) an IllegalArgumentException with SLURM's words.
 */
public final class SlurmClient {
    private final long timeoutSeconds;

    public SlurmClient(long timeoutSeconds) {
        if (timeoutSeconds < 1) throw new IllegalArgumentException("the SLURM time limit must be >= 1 s");
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Submits a batch script with extra sbatch options; returns the job id sbatch prints with --parsable. */
    public String submit(Path script, List<String> options) {
        List<String> cmd = new ArrayList<>(List.of("sbatch", "--parsable"));
        cmd.addAll(options);
        cmd.add(script.toString());
        String out = run(cmd).strip();
        // --parsable prints "jobid" or "jobid;cluster".
        String id = out.contains(";") ? out.substring(0, out.indexOf(';')) : out;
        if (!id.matches("\\d+")) throw new IllegalArgumentException("sbatch answered '" + out + "', not a job id");
        return id;
    }

    /** Cancels a job, an array or one task of it ("123", "123_4"). */
    public void cancel(String job) {
        run(List.of("scancel", job));
    }

    /** Whether a SLURM client command is on the PATH. */
    public static boolean available(String command) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator))
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) return true;
        return false;
    }

    private String run(List<String> cmd) {
        if (!available(cmd.get(0)))
            throw new SlurmUnavailableException("SLURM's " + cmd.get(0) + " is not on the PATH: run this on a cluster's "
                    + "login node, or install SLURM's client (on Debian: apt-get install slurm-client)");
        Process p;
        Path out = null, err = null;
        try {
            out = Files.createTempFile("geneft-slurm", ".out");
            err = Files.createTempFile("geneft-slurm", ".err");
            p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalArgumentException(String.join(" ", cmd) + ": no answer within " + timeoutSeconds
                        + " s; is the SLURM controller up (scontrol ping)?");
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            String stderr = Files.readString(err, StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0)
                throw new IllegalArgumentException(cmd.get(0) + " refused (exit " + p.exitValue() + "): "
                        + (stderr.isEmpty() ? stdout.strip() : stderr.replace('\n', ' ')));
            return stdout;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + cmd.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + cmd.get(0), e);
        } finally {
            for (Path f : new Path[] {out, err}) {
                try {
                    if (f != null) Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // a temporary file of a few bytes
                }
            }
        }
    }
}
