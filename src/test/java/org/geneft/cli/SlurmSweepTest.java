package org.geneft.cli;

import org.geneft.experiments.FigureSweeps;
import org.geneft.experiments.Grid;
import org.geneft.experiments.RunOutcome;
import org.geneft.experiments.Shard;
import org.geneft.experiments.StoredRun;
import org.geneft.experiments.SweepListener;
import org.geneft.experiments.SweepStatus;
import org.geneft.testing.SingleNodeSlurm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Sweeps on a real SLURM: a single-node cluster of Debian's daemons (the launcher installs them as root), a fig7
 * quick sweep as a job array, merged by its dependent job, against a local run of the same sweep; then a task
 * cancelled mid-run and resubmitted; then SLURM's refusals. Every wait has a deadline.
 */
class SlurmSweepTest {
    private static final Pattern ARRAY = Pattern.compile("SLURM job array (\\d+)");

    @Test
    void aSweepRunsAsAJobArrayAndSurvivesACancelledTask(@TempDir Path dir) throws Exception {
        assumeTrue(SingleNodeSlurm.available(), "needs root and Debian's slurmctld, slurmd, munge (the launcher installs them)");
        Path local = dir.resolve("local");
        FigureSweeps.run("fig7", "quick", 1, local, 2);
        Map<String, RunOutcome> expected = outcomes(local.resolve("runs.jsonl"));
        Grid grid = FigureSweeps.grid("fig7", "quick", 1);
        assertThat(expected).hasSize(grid.runs().size());

        try (SingleNodeSlurm slurm = SingleNodeSlurm.start(dir.resolve("cluster"))) {
            // 1. Four tasks and the merge job after them: the merged store is the local run, run for run, bit for bit.
            Path out = dir.resolve("array");
            Child c = geneft(slurm.env(), "sweep", "fig7", "--budget", "quick", "--out", out.toString(), "--slurm", "4");
            assertThat(c.exit).as(c.err).isZero();
            assertThat(c.out).contains("SLURM job array", "merge: job", "geneft sweep status " + out);
            assertThat(out.resolve("slurm/sweep.sbatch")).content().contains("#SBATCH --array=1-4", "--resume");
            waitFor(180, () -> Files.exists(out.resolve("summary.json")), "the merge job's summary");
            assertThat(outcomesEqual(outcomes(out.resolve("runs.jsonl")), expected)).isTrue();
            assertThat(Files.readAllLines(out.resolve("runs.jsonl"))).hasSize(expected.size());
            Child st = geneft(slurm.env(), "sweep", "status", out.toString());
            assertThat(st.out).contains(grid.runs().size() + " of " + grid.runs().size() + " runs stored", "complete");

            // 2. A task cancelled mid-run, resubmitted: nothing lost, nothing stored twice.
            Path out2 = dir.resolve("cancelled");
            c = geneft(slurm.env(), "sweep", "fig7", "--budget", "quick", "--out", out2.toString(), "--slurm", "2");
            assertThat(c.exit).as(c.err).isZero();
            Matcher m = ARRAY.matcher(c.out);
            assertThat(m.find()).isTrue();
            String job = m.group(1);
            Path shard1 = out2.resolve(new Shard(1, 2).storeFileName());
            waitFor(120, () -> lines(shard1) >= 1, "task 1's first stored run");
            slurm.run(15, "scancel", job + "_1");
            int planned = grid.shard(new Shard(1, 2)).size();
            waitFor(60, () -> !slurm.runQuietly("squeue", "-h", "-j", job + "_1").contains(job),
                    "task 1 to leave the queue");
            int atCancel = lines(shard1);
            assertThat(atCancel).as("cancelled mid-run").isBetween(1, planned - 1);
            Child status = geneft(slurm.env(), "sweep", "status", out2.toString());
            assertThat(status.out).contains("partial", "sbatch --array=1");
            slurm.run(15, "sbatch", "--array=1", out2.resolve("slurm/sweep.sbatch").toString());
            waitFor(180, () -> SweepStatus.of(out2, grid, 2).incomplete().isEmpty(), "every shard complete");
            assertThat(Files.readAllLines(shard1)).hasSize(planned); // resumed: the runs stored before were not redone
            FigureSweeps.merge(List.of(out2), out2, SweepListener.NONE);
            assertThat(outcomesEqual(outcomes(out2.resolve("runs.jsonl")), expected)).isTrue();

            // 3. SLURM's refusals are exit 2 with its words, within the time limit.
            Child bad = geneft(slurm.env(), "sweep", "fig7", "--budget", "quick", "--out", dir.resolve("bad").toString(),
                    "--slurm", "2", "--slurm-opt=--partition=nosuch");
            assertThat(bad.exit).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(bad.err).contains("sbatch refused", "partition");
            Path down = dir.resolve("down.conf");
            Files.writeString(down, Files.readString(slurm.conf()).replaceAll("SlurmctldPort=\\d+", "SlurmctldPort=9"));
            Child unreachable = geneft(Map.of("SLURM_CONF", down.toString()), "sweep", "fig7", "--budget", "quick",
                    "--out", dir.resolve("down").toString(), "--slurm", "2");
            assertThat(unreachable.exit).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(unreachable.err).contains("sbatch refused");
        }
    }

    @Test
    void withoutSlurmTheSubmissionIsAMissingDependencyAndWritesNothing(@TempDir Path dir) throws Exception {
        Child c = geneft(Map.of("PATH", "/nonexistent"), "sweep", "fig7", "--budget", "quick", "--out",
                dir.resolve("s").toString(), "--slurm", "2");
        assertThat(c.exit).isEqualTo(ExitCode.MISSING_DEPENDENCY);
        assertThat(c.err).contains("sbatch is not on the PATH");
        assertThat(dir.resolve("s")).doesNotExist();
        CliRun tooMany = CliRun.of("sweep", "fig7", "--budget", "smoke", "--out", dir.resolve("t").toString(), "--slurm", "4");
        assertThat(tooMany.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(tooMany.err()).contains("--slurm 4", "only 3 runs");
    }

    private record Child(int exit, String out, String err) { }

    /** geneft in a child JVM with extra environment, as a user's shell would start it; at most 120 s. */
    private static Child geneft(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss16m", "-cp", System.getProperty("java.class.path"), GeneftCommand.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        Path err = Files.createTempFile("geneft-child", ".err");
        Process p = pb.redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("geneft " + String.join(" ", args) + " did not finish within 120 s");
        }
        String e = Files.readString(err);
        Files.delete(err);
        return new Child(p.exitValue(), out, e);
    }

    private static void waitFor(long seconds, BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("waited " + seconds + " s for " + what);
            Thread.sleep(50);
        }
    }

    private static int lines(Path store) {
        try {
            return Files.exists(store) ? (int) Files.readAllLines(store).stream().filter(l -> l.endsWith("}")).count() : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    private static Map<String, RunOutcome> outcomes(Path store) throws Exception {
        Map<String, RunOutcome> m = new HashMap<>();
        for (String l : Files.readAllLines(store)) {
            StoredRun r = org.geneft.experiments.RunStore.parse(l);
            assertThat(m.put(r.key(), r.outcome())).as("stored once: " + r.key()).isNull();
        }
        return m;
    }

    private static boolean outcomesEqual(Map<String, RunOutcome> a, Map<String, RunOutcome> b) {
        if (!a.keySet().equals(b.keySet())) return false;
        for (String k : a.keySet()) if (!a.get(k).sameResult(b.get(k))) return false;
        return true;
    }
}
