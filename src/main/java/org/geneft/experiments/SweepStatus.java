package org.geneft.experiments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far a sharded sweep has come: for each of its K shards, the runs stored of those planned, counted over every
 * store in its folder (the shards' files and a merged runs.jsonl), each run once.
 *
 * @param grid   the sweep's grid
 * @param shards K, the number of shards the grid is cut into
 * @param rows   one row per shard, in order
 */
public record SweepStatus(Grid grid, int shards, List<ShardRow> rows) {
    private static final Pattern SHARD_FILE = Pattern.compile("runs\\.shard-(\\d+)-of-(\\d+)\\.jsonl");

    /** One shard's progress. */
    public record ShardRow(Shard shard, int planned, int stored) {
        public boolean complete() {
            return stored == planned;
        }
    }

    /** Counts the stored runs of {@code grid} in the folder's stores, shard by shard for K = {@code shards}. */
    public static SweepStatus of(Path dir, Grid grid, int shards) {
        Map<String, Integer> position = new HashMap<>();
        for (int p = 0; p < grid.runs().size(); p++) position.put(grid.runs().get(p).key(), p);
        Set<String> stored = new HashSet<>();
        String fp = grid.fingerprint();
        for (Path file : storeFiles(dir))
            for (StoredRun r : RunStore.open(file).loaded())
                if (r.fingerprint().equals(fp) && position.containsKey(r.key())) stored.add(r.key());
        List<ShardRow> rows = new ArrayList<>();
        for (int i = 1; i <= shards; i++) {
            Shard s = new Shard(i, shards);
            int planned = 0, have = 0;
            for (RunSpec r : grid.shard(s)) {
                planned++;
                if (stored.contains(r.key())) have++;
            }
            rows.add(new ShardRow(s, planned, have));
        }
        return new SweepStatus(grid, shards, rows);
    }

    public int stored() {
        return rows.stream().mapToInt(ShardRow::stored).sum();
    }

    public int planned() {
        return rows.stream().mapToInt(ShardRow::planned).sum();
    }

    /** The shards still missing runs. */
    public List<ShardRow> incomplete() {
        return rows.stream().filter(r -> !r.complete()).toList();
    }

    /**
     * K, as the folder's shard files name it ({@code runs.shard-I-of-K.jsonl}), or 1 when it holds only a whole-grid
     * store; an IllegalArgumentException when files of different K are mixed.
     */
    public static int shardCountOf(Path dir) {
        Set<Integer> ks = new TreeSet<>();
        for (Path f : storeFiles(dir)) {
            Matcher m = SHARD_FILE.matcher(f.getFileName().toString());
            if (m.matches()) ks.add(Integer.parseInt(m.group(2)));
        }
        if (ks.size() > 1)
            throw new IllegalArgumentException(dir + ": holds shards of different counts K " + ks
                    + "; a sweep is cut one way only");
        return ks.isEmpty() ? 1 : ks.iterator().next();
    }

    /** The first stored run of the folder, which names the grid; an IllegalArgumentException when there is none. */
    public static StoredRun firstRun(Path dir) {
        for (Path f : storeFiles(dir)) {
            List<StoredRun> runs = RunStore.open(f).loaded();
            if (!runs.isEmpty()) return runs.get(0);
        }
        throw new IllegalArgumentException(dir + ": no stored runs yet, and no plan (sweep.json) to say what the sweep is");
    }

    static List<Path> storeFiles(Path dir) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + ": no such folder");
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "runs{,.shard-*-of-*}.jsonl")) {
            for (Path f : ds) found.add(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        found.sort(null);
        return found;
    }
}
