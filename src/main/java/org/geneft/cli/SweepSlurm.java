package org.geneft.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.geneft.cluster.SlurmClient;
import org.geneft.cluster.SlurmUnavailableException;
import org.geneft.cluster.SweepArrayScripts;
import org.geneft.experiments.Grid;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code geneft sweep FIGURE --slurm K}: writes the sweep's batch scripts into its folder and submits them, the
 * shards as a job array and the merge as a job that waits for it; records the plan in {@code sweep.json}.
 */
final class SweepSlurm {
    /** How long one sbatch may take before the controller counts as unreachable. */
    static final long TIMEOUT_SECONDS = 120;
    /** The plan of a submitted sweep, which {@code sweep status} reads. */
    static final String PLAN = "sweep.json";

    private SweepSlurm() { }

    static int submit(PrintWriter out, Grid grid, String precision, Path dir, int tasks, List<String> options) {
        if (tasks < 1) throw new IllegalArgumentException("--slurm must be >= 1, got " + tasks);
        if (tasks > grid.runs().size())
            throw new IllegalArgumentException("--slurm " + tasks + ": the grid " + grid.describe() + " has only "
                    + grid.runs().size() + " runs, so some tasks would have none; give at most " + grid.runs().size());
        if (!SlurmClient.available("sbatch"))
            throw new SlurmUnavailableException("SLURM's sbatch is not on the PATH: run this on a cluster's login node, "
                    + "or install SLURM's client (on Debian: apt-get install slurm-client)");
        Path abs = dir.toAbsolutePath().normalize();
        SweepArrayScripts s = new SweepArrayScripts(grid.figure(), grid.budget().spec(), grid.seed(), precision, abs,
                tasks, options, SweepArrayScripts.currentJava());
        try {
            Files.createDirectories(s.slurmDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + s.slurmDir() + ": " + e.getMessage(), e);
        }
        AtomicFiles.write(s.sweepScript(), w -> w.write(s.sweep()));
        AtomicFiles.write(s.mergeScript(), w -> w.write(s.merge()));
        SlurmClient slurm = new SlurmClient(TIMEOUT_SECONDS);
        String array = slurm.submit(s.sweepScript(), List.of());
        ObjectNode plan = Json.object();
        plan.put("figure", grid.figure());
        plan.put("budget", grid.budget().spec());
        plan.put("seed", grid.seed());
        plan.put("precision", precision);
        plan.put("shards", tasks);
        plan.put("grid", grid.fingerprint());
        plan.put("array_job", array);
        String merge;
        try {
            merge = slurm.submit(s.mergeScript(), List.of("--dependency=afterok:" + array, "--kill-on-invalid-dep=yes"));
        } catch (RuntimeException e) {
            AtomicFiles.write(abs.resolve(PLAN), w -> w.write(Json.write(plan)));
            throw new IllegalArgumentException("the shards run as job array " + array + ", but the merge job was refused ("
                    + e.getMessage() + "); merge by hand when they are done: geneft sweep merge " + abs, e);
        }
        plan.put("merge_job", merge);
        AtomicFiles.write(abs.resolve(PLAN), w -> w.write(Json.write(plan)));
        out.printf("submitted %s as SLURM job array %s: tasks 1-%d, task I runs shard I/%d into %s%n", grid.describe(),
                array, tasks, tasks, abs);
        out.printf("merge: job %s, after every task succeeds (%s)%n", merge, s.mergeScript());
        out.printf("progress: geneft sweep status %s; logs: %s/task-I.log; script: %s%n", abs, s.slurmDir(), s.sweepScript());
        out.flush();
        return ExitCode.OK;
    }
}
