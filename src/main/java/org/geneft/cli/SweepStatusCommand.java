package org.geneft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.geneft.experiments.FigureSweeps;
import org.geneft.experiments.Grid;
import org.geneft.experiments.StoredRun;
import org.geneft.experiments.SweepStatus;
import org.geneft.training.Precision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code geneft sweep status DIR}: runs stored of planned, per shard, for a sweep submitted or run by shards. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"How far a sharded sweep has come: for each shard, the runs stored of those planned (counted over "
                + "the shards' stores and a merged runs.jsonl), and what to resubmit. The sweep is read from DIR/sweep.json "
                + "(written by --slurm) or from the stored runs.", "Example:", "  geneft sweep status /shared/fig5"})
final class SweepStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the sweep's folder")
    Path dir;

    @Override
    public Integer call() {
        SweepStatus s = status(dir);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%s: %d of %d runs stored, %d shard(s)%n", s.grid().describe(), s.stored(), s.planned(), s.shards());
        for (SweepStatus.ShardRow r : s.rows())
            o.printf("  shard %-9s %5d of %5d  %s%n", r.shard(), r.stored(), r.planned(),
                    r.complete() ? "done" : r.stored() == 0 ? "not started" : "partial");
        if (s.incomplete().isEmpty()) o.printf("complete: merge with geneft sweep merge %s%n", dir);
        else if (Files.exists(dir.resolve("slurm/sweep.sbatch")))
            o.printf("once no task of it is queued or running, resubmit the unfinished shards with: sbatch --array=%s %s%n",
                    s.incomplete().stream().map(r -> Integer.toString(r.shard().index())).collect(Collectors.joining(",")),
                    dir.resolve("slurm/sweep.sbatch"));
        o.flush();
        return ExitCode.OK;
    }

    /** The sweep in a folder: from its plan when --slurm wrote one, otherwise from its stores. */
    static SweepStatus status(Path dir) {
        Path plan = dir.resolve(SweepSlurm.PLAN);
        if (Files.isRegularFile(plan)) {
            JsonNode p;
            try {
                p = Json.mapper().readTree(plan.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(plan + ": not a sweep plan: " + e.getMessage(), e);
            }
            for (String f : new String[] {"figure", "budget", "seed", "precision", "shards"})
                if (!p.hasNonNull(f)) throw new IllegalArgumentException(plan + ": the field '" + f + "' is missing");
            Grid grid = FigureSweeps.grid(p.get("figure").asText(), p.get("budget").asText(), p.get("seed").asLong(),
                    Precision.parse(p.get("precision").asText(), plan + ": precision"));
            return SweepStatus.of(dir, grid, p.get("shards").asInt());
        }
        StoredRun first = SweepStatus.firstRun(dir);
        Grid grid = FigureSweeps.grid(first.figure(), first.budget(), first.seed(), first.precision());
        return SweepStatus.of(dir, grid, SweepStatus.shardCountOf(dir));
    }
}
