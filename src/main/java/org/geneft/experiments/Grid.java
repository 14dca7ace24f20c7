package org.geneft.experiments;

import org.geneft.training.Precision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A figure's sweep: its runs in a fixed order, for one budget and master seed.
 *
 * @param figure   "fig3", ..., "fig8"
 * @param budget   the budget the grid was built for
 * @param seed     the master seed the runs' seeds derive from
 * @param runs     the runs, in the order shards partition
 * @param protocol what this budget runs, in words (for the summary and the README)
 */
public record Grid(String figure, Budget budget, long seed, List<RunSpec> runs, String protocol) {
    public Grid {
        Objects.requireNonNull(figure);
        Objects.requireNonNull(budget);
        Objects.requireNonNull(protocol);
        runs = List.copyOf(runs);
        Set<String> keys = new HashSet<>();
        for (RunSpec r : runs)
            if (!keys.add(r.key())) throw new IllegalStateException(figure + ": two runs of the grid share the key " + r.key());
    }

    /**
     * Seed of a cell's replicate: the same for every cell of the figure (common random numbers, so neighbouring
     * cells differ by their hyperparameters, not by their training sets), and a function of the master seed only.
     */
    public static long replicateSeed(long masterSeed, int replicate) {
        SplittableRandom r = new SplittableRandom(masterSeed);
        long s = 0;
        for (int i = 0; i <= replicate; i++) s = r.nextLong() >>> 1;
        return s;
    }

    /** The same grid with every run in the given arithmetic (float32 runs have keys, so a fingerprint, of their own). */
    public Grid in(Precision p) {
        if (p == precision()) return this;
        return new Grid(figure, budget, seed, runs.stream().map(r -> r.in(p)).toList(), protocol + ", " + p.word() + " arithmetic");
    }

    /** The runs' arithmetic (float64 for an empty grid). */
    public Precision precision() {
        return runs.isEmpty() ? Precision.FLOAT64 : runs.get(0).precision();
    }

    /** The runs of one shard, in grid order. */
    public List<RunSpec> shard(Shard shard) {
        List<RunSpec> mine = new ArrayList<>();
        for (int p = 0; p < runs.size(); p++)
            if (shard.contains(p)) mine.add(runs.get(p));
        return mine;
    }

    /** A short hash of the figure, budget, seed and every run key: two stores belong together iff it is equal. */
    public String fingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((figure + "\n" + budget.spec() + "\n" + seed + "\n").getBytes(StandardCharsets.UTF_8));
            for (RunSpec r : runs) md.update((r.key() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** "fig5/quick seed 1" (and " float32" when so), for messages. */
    public String describe() {
        return figure + "/" + budget.spec() + " seed " + seed + (precision() == Precision.FLOAT64 ? "" : " " + precision().word());
    }
}
