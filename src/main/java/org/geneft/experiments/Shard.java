package org.geneft.experiments;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One machine's share of a grid, {@code i/K}: the runs at positions p (in the grid's fixed order) with
 * p mod K = i − 1. The K shards are disjoint and together cover the grid, so they can run as an array job.
 *
 * @param index 1-based shard number i, 1 ≤ i ≤ K
 * @param count number of shards K ≥ 1
 */
public record Shard(int index, int count) {
    private static final Pattern SPEC = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

    /** The whole grid. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1) throw new IllegalArgumentException("--shard i/K needs K >= 1, got " + index + "/" + count);
        if (index < 1 || index > count)
            throw new IllegalArgumentException("--shard i/K needs 1 <= i <= K (shards are numbered from 1), got "
                    + index + "/" + count);
    }

    /** Parses "i/K", for example "3/16". */
    public static Shard parse(String spec) {
        Matcher m = SPEC.matcher(spec == null ? "" : spec.trim());
        if (!m.matches()) throw new IllegalArgumentException("--shard: expected i/K such as 3/16, got '" + spec + "'");
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Whether the run at this position of the grid belongs to the shard. */
    public boolean contains(int position) {
        return position % count == index - 1;
    }

    public boolean isAll() {
        return count == 1;
    }

    /** The store's file name: runs.jsonl for the whole grid, runs.shard-i-of-K.jsonl for a shard. */
    public String storeFileName() {
        return isAll() ? "runs.jsonl" : "runs.shard-" + index + "-of-" + count + ".jsonl";
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
