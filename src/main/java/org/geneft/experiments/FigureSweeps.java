package org.geneft.experiments;

import org.geneft.training.Precision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figure sweeps of the paper (Figs. 3, 5-8): runs a figure's grid into its JSONL store, resuming what is
 * there, and summarises the stored runs into claims and tables. Never prints; progress goes to a listener.
 */
public final class FigureSweeps {
    private static final Map<String, FigureSweep> FIGURES = new LinkedHashMap<>();

    static {
        for (FigureSweep f : List.of(new Fig3Sweep(), new Fig3LegendSweep(), new Fig5Sweep(), new Fig6Sweep(), new Fig7Sweep(), new Fig8Sweep()))
            FIGURES.put(f.figure(), f);
    }

    /**
     * The sweeps' arithmetic unless asked otherwise: float32, the paper's (PyTorch's) precision and 1.4x faster here.
     * Chosen by measurement (docs/BENCHMARKS.md, bench/precision-compare.sh): on the quick grids of all five figures
     * 412 of 419 runs kept their phase in float32 (98.3 %, the rule fixed beforehand asked >= 98 %) and no verdict
     * changed.
     */
    public static final Precision DEFAULT_PRECISION = Precision.FLOAT32;

    /** The claims of the fig3-legend sweep, whose ids are the paper's places (Fig. 3(a), 3(b), Eq. 4), not its name. */
    public static final List<String> LEGEND_CLAIMS = List.of(Fig3LegendSweep.SMALLEST_GAP_ID[0],
            Fig3LegendSweep.SMALLEST_GAP_ID[1], Fig3LegendSweep.PC_ID);

    private FigureSweeps() { }

    /** The figures that have a sweep, in order. */
    public static List<String> figures() {
        return List.copyOf(FIGURES.keySet());
    }

    /** The grid of a figure for a budget and master seed. */
    public static Grid grid(String figure, String budget, long seed) {
        return grid(figure, budget, seed, DEFAULT_PRECISION);
    }

    /** A figure's protocol fields (grid and analysis notes) for a budget and master seed, in the default arithmetic. */
    public static java.util.Map<String, Object> protocol(String figure, String budget, long seed) {
        return sweep(figure).protocol(grid(figure, budget, seed));
    }

    /** The grid of a figure for a budget and master seed, its runs in the given arithmetic. */
    public static Grid grid(String figure, String budget, long seed, Precision precision) {
        return sweep(figure).grid(Budget.parse(budget), seed).in(precision);
    }

    /**
     * Runs every figure's whole grid, each in its own store folder {@code storeDir/<figure>} (one store holds one
     * grid), and returns their summaries in figure order: what {@code geneft verify} needs.
     */
    public static List<SweepSummary> runAll(String budget, long seed, Path storeDir, int threads) {
        Budget.parse(budget);
        List<SweepSummary> all = new ArrayList<>();
        for (String f : figures()) all.add(run(f, budget, seed, storeDir.resolve(f), threads));
        return all;
    }

    /** Runs the whole grid in the default arithmetic, with no progress reports; resumes {@code storeDir/runs.jsonl}. */
    public static SweepSummary run(String figure, String budget, long seed, Path storeDir, int threads) {
        return run(figure, budget, seed, storeDir, threads, Shard.ALL, SweepListener.NONE);
    }

    /**
     * Runs one shard of a figure's grid on {@code threads} workers, skipping the runs already in the shard's store
     * ({@link Shard#storeFileName()} in {@code storeDir}), and summarises the store.
     *
     * @throws IllegalArgumentException for an unknown figure or budget, a negative seed, or a store written by
     *                                  another grid (another figure, budget or seed)
     */
    public static SweepSummary run(String figure, String budget, long seed, Path storeDir, int threads, Shard shard,
            SweepListener listener) {
        return run(figure, budget, seed, DEFAULT_PRECISION, storeDir, threads, shard, listener);
    }

    /** {@link #run(String, String, long, Path, int, Shard, SweepListener)} with every run in the given arithmetic. */
    public static SweepSummary run(String figure, String budget, long seed, Precision precision, Path storeDir,
            int threads, Shard shard, SweepListener listener) {
        FigureSweep f = sweep(figure);
        Budget b = Budget.parse(budget);
        if (seed < 0) throw new IllegalArgumentException("--seed must be >= 0, got " + seed);
        if (threads < 1) throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
        Grid grid = f.grid(b, seed).in(precision);
        createFolder(storeDir);
        Path file = storeDir.resolve(shard.storeFileName());
        try (StoreLock lock = StoreLock.acquire(file)) {
            RunStore store = RunStore.open(file);
            store.tornLine().ifPresent(listener::note);
            String fp = grid.fingerprint();
            for (StoredRun r : store.loaded()) checkSameGrid(file, r, grid, fp);
            Set<String> done = new HashSet<>();
            for (StoredRun r : store.loaded()) done.add(r.key());
            List<RunSpec> mine = grid.shard(shard);
            List<RunSpec> todo = new ArrayList<>();
            for (RunSpec s : mine) if (!done.contains(s.key())) todo.add(s);
            listener.started(grid, mine.size(), mine.size() - todo.size());
            double wall = SweepRunner.run(grid, todo, store, threads, listener);
            return summarise(f, grid, RunStore.open(file).loaded(), wall);
        }
    }

    /**
     * Merges stores of one grid (shards, or copies from several machines): reads {@code runs.jsonl} and every
     * {@code runs.shard-I-of-K.jsonl} of each folder (or the files given), keeps one run per key, writes them to
     * {@code out/runs.jsonl} (whole or not at all) and summarises.
     *
     * @throws IllegalArgumentException when no store is found, or the stores belong to different grids
     */
    public static Merged merge(List<Path> inputs, Path out, SweepListener listener) {
        if (inputs.isEmpty()) throw new IllegalArgumentException("merge: give at least one folder or store file");
        List<Path> files = storeFiles(inputs);
        Path target = out.resolve(Shard.ALL.storeFileName());
        if (Files.exists(target) && files.stream().noneMatch(f -> sameFile(f, target)))
            throw new IllegalArgumentException("merge: " + target + " exists and is not one of the stores merged; merging "
                    + "would replace its runs: add its folder to the inputs, or choose another --out");
        List<StoredRun> all = new ArrayList<>();
        Map<String, Path> fileOfKey = new HashMap<>();
        Map<String, StoredRun> firstOfKey = new HashMap<>();
        StoredRun first = null;
        Path firstFile = null;
        for (Path file : files) {
            RunStore s = RunStore.open(file);
            s.tornLine().ifPresent(listener::note);
            for (StoredRun r : s.loaded()) {
                if (first == null) { first = r; firstFile = file; }
                if (!r.fingerprint().equals(first.fingerprint()))
                    throw new IllegalArgumentException(file + ": holds runs of grid " + r.figure() + "/" + r.budget()
                            + " seed " + r.seed() + " (" + r.fingerprint() + "), but " + firstFile + " holds "
                            + first.figure() + "/" + first.budget() + " seed " + first.seed() + " ("
                            + first.fingerprint() + "): merge stores of one grid only");
                StoredRun seen = firstOfKey.putIfAbsent(r.key(), r);
                if (seen == null) fileOfKey.put(r.key(), file);
                else if (!seen.outcome().sameResult(r.outcome()))
                    throw new IllegalArgumentException("merge: the run " + r.key() + " has different results in "
                            + fileOfKey.get(r.key()) + " (" + seen.outcome().describe() + ") and " + file + " ("
                            + r.outcome().describe() + "); a run is deterministic, so one of them comes from another "
                            + "geneft version or machine: merge the stores of one only");
                all.add(r);
            }
        }
        if (first == null) throw new IllegalArgumentException("merge: no stored runs in " + files);
        FigureSweep f = sweep(first.figure());
        Grid grid = f.grid(Budget.parse(first.budget()), first.seed()).in(first.precision());
        String fp = grid.fingerprint();
        Map<String, RunSpec> specs = new HashMap<>();
        for (RunSpec s : grid.runs()) specs.put(s.key(), s);
        Map<String, StoredRun> byKey = RunStore.byKey(all);
        for (StoredRun r : byKey.values()) checkSameGrid(firstFile, r, grid, fp);
        List<StoredRun> ordered = new ArrayList<>();
        for (RunSpec s : grid.runs()) if (byKey.containsKey(s.key())) ordered.add(byKey.get(s.key()));
        createFolder(out);
        try (StoreLock lock = StoreLock.acquire(target)) {
            RunStore.writeAll(target, ordered, specs, grid);
        }
        if (all.size() > ordered.size())
            listener.note((all.size() - ordered.size()) + " run(s) stored twice with the same results (a store merged "
                    + "before, or a copy) kept once");
        return new Merged(grid, summarise(f, grid, ordered, 0));
    }

    /**
     * The store files of the inputs, each once: a file named twice, or one shard present in two folders, is refused
     * (merging one shard twice is a mistake to report, not to paper over).
     */
    private static List<Path> storeFiles(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        Map<String, Path> shardFolder = new HashMap<>();
        for (Path p : inputs)
            for (Path file : storesIn(p)) {
                for (Path seen : files)
                    if (sameFile(seen, file))
                        throw new IllegalArgumentException("merge: " + file + " is given twice (as " + seen + ")");
                String name = file.getFileName().toString();
                Path other = shardFolder.putIfAbsent(name, file);
                if (other != null && name.startsWith("runs.shard-"))
                    throw new IllegalArgumentException("merge: the same shard is in " + other + " and " + file
                            + ": merge one copy of each shard");
                files.add(file);
            }
        return files;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The summary of a figure's stores in {@code dir} (its runs.jsonl and shard files), read and never trained: what
     * {@code verify --sweeps} renders. Runs of another grid are refused naming the file; a run stored twice with
     * different results too. A missing folder or an incomplete grid gives claims that say so and judge nothing.
     */
    public static SweepSummary stored(String figure, String budget, long seed, Precision precision, Path dir) {
        FigureSweep f = sweep(figure);
        Grid grid = f.grid(Budget.parse(budget), seed).in(precision);
        String fp = grid.fingerprint();
        Map<String, StoredRun> byKey = new LinkedHashMap<>();
        Map<String, Path> fileOfKey = new HashMap<>();
        if (Files.isDirectory(dir))
            for (Path file : SweepStatus.storeFiles(dir))
                for (StoredRun r : RunStore.open(file).loaded()) {
                    checkSameGrid(file, r, grid, fp);
                    StoredRun seen = byKey.putIfAbsent(r.key(), r);
                    if (seen == null) fileOfKey.put(r.key(), file);
                    else if (!seen.outcome().sameResult(r.outcome()))
                        throw new IllegalArgumentException("the run " + r.key() + " has different results in "
                                + fileOfKey.get(r.key()) + " and " + file + ": keep the stores of one geneft version");
                }
        return summarise(f, grid, new ArrayList<>(byKey.values()), 0);
    }

    /** The grid the merged stores belong to, and their summary. */
    public record Merged(Grid grid, SweepSummary summary) { }

    /** Summarises stored runs of a figure's grid (a pure function of the runs; the wall time is passed through). */
    static SweepSummary summarise(FigureSweep f, Grid grid, List<StoredRun> stored, double wall) {
        Map<String, RunOutcome> outcomes = new HashMap<>();
        for (StoredRun r : stored) outcomes.putIfAbsent(r.key(), r.outcome());
        Analysis a = f.analyse(grid, outcomes);
        List<org.geneft.claims.Claim> judged = a.claims().stream().map(c -> f.basis(c.id(), grid.budget()).judge(c)).toList();
        return new SweepSummary(grid.figure(), grid.budget().spec(), outcomes.size(), grid.runs().size(), judged,
                a.tables(), wall);
    }

    private static FigureSweep sweep(String figure) {
        FigureSweep f = FIGURES.get(figure == null ? "" : figure.trim());
        if (f == null)
            throw new IllegalArgumentException("unknown figure '" + figure + "': expected one of " + String.join(", ", figures()));
        return f;
    }

    private static void checkSameGrid(Path file, StoredRun r, Grid grid, String fingerprint) {
        if (r.fingerprint().equals(fingerprint)) return;
        boolean sameName = r.figure().equals(grid.figure()) && r.budget().equals(grid.budget().spec()) && r.seed() == grid.seed();
        throw new IllegalArgumentException(file + ": written by the sweep " + r.figure() + "/" + r.budget() + " seed "
                + r.seed() + " (grid " + r.fingerprint() + "), not " + grid.describe() + " (grid " + fingerprint + ")"
                + (sameName ? ": the grid of that figure and budget has changed since (another geneft version)" : "")
                + "; resume only with the same figure, budget and seed, or use another --out folder");
    }

    private static List<Path> storesIn(Path p) {
        if (Files.isRegularFile(p)) return List.of(p);
        if (!Files.isDirectory(p)) throw new IllegalArgumentException("merge: " + p + " is neither a folder nor a file");
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p, "runs{,.shard-*-of-*}.jsonl")) {
            for (Path f : ds) found.add(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + p + ": " + e.getMessage(), e);
        }
        if (found.isEmpty())
            throw new IllegalArgumentException("merge: no runs.jsonl or runs.shard-I-of-K.jsonl in " + p);
        found.sort(null);
        return found;
    }

    private static void createFolder(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir))
            throw new IllegalArgumentException("--out " + dir + " exists and is not a folder");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }
}
