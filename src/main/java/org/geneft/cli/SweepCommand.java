package org.geneft.cli;

import org.geneft.claims.Claim;
import org.geneft.experiments.DataTable;
import org.geneft.experiments.FigureSweeps;
import org.geneft.experiments.Grid;
import org.geneft.experiments.Shard;
import org.geneft.experiments.SummaryFormat;
import org.geneft.experiments.SweepStatus;
import org.geneft.experiments.SweepSummary;
import org.geneft.training.Precision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** Runs a figure's sweep (a grid of training runs) into an append-only store and writes its summary. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {SweepCommand.Merge.class, SweepStatusCommand.class},
        description = {"Runs the training grid behind one of the paper's figures (fig3, fig3-legend: "
                + "Fig. 3's legend of decoders, fig5, fig6, fig7, fig8), "
                + "one JSON line per finished run in OUT/runs.jsonl, then writes OUT/summary.json (claims and verdicts) "
                + "and one CSV per table. Runs use all cores; a killed sweep loses only the runs in flight.",
                "Examples:",
                "  geneft sweep fig5 --budget quick --out runs/fig5",
                "  geneft sweep fig5 --budget quick --out runs/fig5 --resume",
                "  geneft sweep fig5 --budget paper --out runs/fig5 --shard 3/16",
                "  geneft sweep merge runs/fig5",
                "  geneft sweep fig5 --budget paper --out /shared/fig5 --slurm 16 --slurm-opt=--time=4:00:00",
                "  geneft sweep status /shared/fig5"})
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    // Optional for picocli only, so that "sweep merge DIR" parses; call() requires it.
    @Parameters(index = "0", arity = "0..1", paramLabel = "FIGURE", description = "fig3 | fig3-legend | fig5 | fig6 | fig7 | fig8")
    String figure;

    @Option(names = "--budget", defaultValue = "quick", paramLabel = "B",
            description = "smoke (seconds) | quick (minutes) | paper (the paper's protocol) (default: ${DEFAULT-VALUE})")
    String budget;

    @Option(names = "--out", paramLabel = "DIR", description = "folder of the store and the summary (default: runs/FIGURE)")
    Path out;

    @Option(names = "--resume", description = "continue the store in --out: skip the runs it holds (same figure, budget and seed only)")
    boolean resume;

    @Option(names = "--shard", paramLabel = "I/K",
            description = "run only shard I of K (1 <= I <= K) into OUT/runs.shard-I-of-K.jsonl; merge the shards afterwards")
    String shard;

    @Option(names = "--threads", paramLabel = "T", description = "parallel runs, >= 1 (default: the number of cores)")
    Integer threads;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED",
            description = "master seed; each run's seed derives from it and the run's replicate (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--precision", paramLabel = "P", defaultValue = "float32",
            description = "arithmetic of the training runs: float32 (the paper's) or float64; each has run keys of its "
                    + "own (default: ${DEFAULT-VALUE})")
    String precision;

    @Option(names = "--slurm", paramLabel = "K",
            description = "submit the sweep to SLURM instead: a job array of K tasks, one shard each, and a merge job after it")
    Integer slurm;

    @Option(names = "--slurm-opt", paramLabel = "OPT",
            description = "with --slurm: an sbatch option for the tasks and the merge, e.g. --slurm-opt=--partition=long; repeatable")
    List<String> slurmOptions;

    @Override
    public Integer call() {
        if (figure == null)
            throw new IllegalArgumentException("give a FIGURE (" + String.join(", ", FigureSweeps.figures())
                    + ") or the merge subcommand");
        if (out != null && out.toString().isEmpty()) throw new IllegalArgumentException("--out: the folder name is empty");
        Shard sh = shard == null ? Shard.ALL : Shard.parse(shard);
        Precision arithmetic = Precision.parse(precision, "--precision");
        Grid grid = FigureSweeps.grid(figure, budget, seed, arithmetic); // checks the figure and budget before anything is written
        Path dir = out == null ? Path.of("runs", figure) : out;
        if (slurmOptions != null && slurm == null) throw new IllegalArgumentException("--slurm-opt applies to --slurm K");
        if (slurm != null) {
            if (shard != null) throw new IllegalArgumentException("--slurm K cuts the grid into K shards itself; drop --shard");
            return SweepSlurm.submit(spec.commandLine().getOut(), grid, arithmetic.word(), dir, slurm,
                    slurmOptions == null ? List.of() : slurmOptions);
        }
        Path store = dir.resolve(sh.storeFileName());
        if (!resume && Files.exists(store) && store.toFile().length() > 0)
            throw new IllegalArgumentException(store + " exists: add --resume to continue it, or choose another --out");
        if (threads != null && threads < 1) throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        SweepSummary s = FigureSweeps.run(figure, budget, seed, arithmetic, dir, t, sh,
                SweepProgress.forConsole(spec.commandLine().getErr(), "sweep " + figure));
        PrintWriter o = spec.commandLine().getOut();
        if (!sh.isAll()) {
            o.printf("%s shard %s: %d of its runs stored in %s; merge the shards with: geneft sweep merge %s%n",
                    grid.describe(), sh, s.runsDone(), store, dir);
            o.flush();
            return ExitCode.OK;
        }
        report(o, s, grid, dir);
        return ExitCode.OK;
    }

    /** Writes summary.json and the tables' CSV files (each whole or not at all) and prints the verdicts. */
    static void report(PrintWriter o, SweepSummary s, Grid grid, Path dir) {
        for (DataTable t : s.tables()) AtomicFiles.write(dir.resolve(t.name() + ".csv"), w -> SummaryFormat.csv(t, w));
        AtomicFiles.write(dir.resolve("summary.json"), w -> w.write(SummaryFormat.json(s, grid)));
        o.printf("%s: %d of %d runs stored, %.1f s in this process%n", grid.describe(), s.runsDone(), s.runsPlanned(),
                s.wallSeconds());
        for (Claim c : s.claims()) {
            o.printf("%-22s %-27s %s%n", c.id(), c.verdict().words(), c.where());
            o.printf("    evidence: %s%n", c.evidence());
        }
        o.printf("wrote %s (summary.json, %s)%n", dir, String.join(", ",
                s.tables().stream().map(t -> t.name() + ".csv").toList()));
        o.flush();
    }

    /** Merges the stores of one grid (shards, or copies from several machines) and writes the summary. */
    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Merges the stores of one sweep: runs.jsonl and every runs.shard-I-of-K.jsonl in each DIR "
                    + "(or the store files given), one run per key, into OUT/runs.jsonl, then writes the summary there.",
                    "Example:", "  geneft sweep merge runs/fig5"})
    static final class Merge implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "DIR", description = "folders of shard stores, or store files")
        List<Path> inputs;

        @Option(names = "--out", paramLabel = "DIR", description = "where the merged store and summary go (default: the first DIR)")
        Path out;

        @Override
        public Integer call() {
            Path dir = out != null ? out : Files.isDirectory(inputs.get(0)) ? inputs.get(0)
                    : inputs.get(0).toAbsolutePath().getParent();
            FigureSweeps.Merged m = FigureSweeps.merge(inputs, dir,
                    SweepProgress.forConsole(spec.commandLine().getErr(), "merge"));
            report(spec.commandLine().getOut(), m.summary(), m.grid(), dir);
            if (m.summary().runsDone() < m.summary().runsPlanned()) missing(spec.commandLine().getOut(), m.grid(), dir);
            return ExitCode.OK;
        }

        /** Which shards an incomplete merge lacks, and how many of their runs (K from the shard files' names). */
        private void missing(PrintWriter o, Grid grid, Path merged) {
            Set<Integer> ks = new TreeSet<>();
            for (Path p : inputs) if (Files.isDirectory(p)) ks.add(SweepStatus.shardCountOf(p));
            o.printf("incomplete: %d of %d runs are missing, so no claim is judged", grid.runs().size()
                    - SweepStatus.of(merged, grid, 1).stored(), grid.runs().size());
            if (ks.size() == 1 && ks.iterator().next() > 1) {
                SweepStatus st = SweepStatus.of(merged, grid, ks.iterator().next());
                o.print("; shards missing runs: " + st.incomplete().stream()
                        .map(r -> r.shard() + " (" + r.stored() + " of " + r.planned() + " stored)")
                        .collect(Collectors.joining(", ")));
            }
            o.println();
            o.flush();
        }
    }
}
