package org.geneft.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The batch scripts of a sweep on SLURM, as text a user can read, edit and resubmit: a job array whose task I runs
 * shard I of K into the sweep's folder, resuming what it stored, and a merge job meant to run after it.
 *
 * @param figure     the figure swept
 * @param budget     its budget
 * @param seed       master seed
 * @param precision  the runs' arithmetic ("float32", "float64")
 * @param dir        the sweep's folder (absolute: the tasks start elsewhere)
 * @param tasks      K, one shard per array task
 * @param options    extra sbatch options, one #SBATCH line each ("--partition=long", "--time=2:00:00")
 * @param command    the command that runs geneft: the JVM and its options, up to and including the main class
 */
public record SweepArrayScripts(String figure, String budget, long seed, String precision, Path dir, int tasks,
        List<String> options, List<String> command) {

    public SweepArrayScripts {
        if (!dir.isAbsolute()) throw new IllegalArgumentException("the sweep's folder must be absolute, got " + dir);
        if (tasks < 1) throw new IllegalArgumentException("--slurm must be >= 1, got " + tasks);
        for (String o : options)
            if (!o.startsWith("-") || o.contains("\n"))
                throw new IllegalArgumentException("--slurm-opt: expected one sbatch option such as --partition=long, got '"
                        + o + "'");
        options = List.copyOf(options);
        command = List.copyOf(command);
    }

    /** Where the scripts and the tasks' logs go. */
    public Path slurmDir() {
        return dir.resolve("slurm");
    }

    public Path sweepScript() {
        return slurmDir().resolve("sweep.sbatch");
    }

    public Path mergeScript() {
        return slurmDir().resolve("merge.sbatch");
    }

    /** The array job: task I runs shard I/K with --resume, on the CPUs SLURM gave it. */
    public String sweep() {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("sweep", figure, "--budget", budget, "--seed", Long.toString(seed), "--precision", precision,
                "--out", dir.toString()));
        String line = quoted(args) + " --shard \"${SLURM_ARRAY_TASK_ID}/" + tasks + "\" --threads \"${SLURM_CPUS_PER_TASK:-1}\" --resume";
        return header(String.format(Locale.ROOT, """
                # geneft sweep %s --budget %s --seed %d --precision %s as a SLURM job array: task I runs shard I of %d
                # into %s/runs.shard-I-of-%d.jsonl and skips the runs it stored before, so a requeued or resubmitted
                # task loses nothing. Written by geneft; edit and resubmit it as it is, or some tasks only:
                #   sbatch --array=3,7 %s
                """, figure, budget, seed, precision, tasks, dir, tasks, sweepScript()),
                List.of("--job-name=geneft-" + figure, "--array=1-" + tasks,
                        "--output=" + slurmDir().resolve("task-%a.log"), "--open-mode=append", "--requeue"))
                + "exec " + line + "\n";
    }

    /** The merge: every shard's store into runs.jsonl and the summary, in the sweep's folder. */
    public String merge() {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("sweep", "merge", dir.toString()));
        return header(String.format(Locale.ROOT, """
                # Merges the shards of geneft sweep %s --budget %s --seed %d in %s and writes its summary.
                # Submitted to run after the array job (--dependency=afterok); run it again, or the command below by hand,
                # once resubmitted tasks have finished.
                """, figure, budget, seed, dir),
                List.of("--job-name=geneft-" + figure + "-merge", "--output=" + slurmDir().resolve("merge.log")))
                + "exec " + quoted(args) + "\n";
    }

    private String header(String comment, List<String> own) {
        StringBuilder s = new StringBuilder("#!/bin/bash\n").append(comment);
        for (String o : own) s.append("#SBATCH ").append(o).append('\n');
        for (String o : options) s.append("#SBATCH ").append(o).append('\n');
        return s.append("set -eu\n").toString();
    }

    /** Each word in single quotes, so that paths with spaces or $ reach the command as they are. */
    static String quoted(List<String> words) {
        return words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
    }

    /** The command that runs this very geneft: this JVM, its Vector API module, the classpath made absolute. */
    public static List<String> currentJava() {
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent())
            c.addAll(List.of("--add-modules", "jdk.incubator.vector"));
        c.add("-Xss16m");
        String home = System.getProperty("geneft.home");
        if (home != null) c.add("-Dgeneft.home=" + Path.of(home).toAbsolutePath().normalize());
        c.add("-cp");
        c.add(java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> !e.isEmpty()).map(e -> Path.of(e).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(java.io.File.pathSeparator)));
        c.add("org.geneft.cli.GeneftCommand");
        return c;
    }
}
