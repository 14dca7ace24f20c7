package org.geneft.experiments;

import org.geneft.training.TrainConfig;

import java.util.List;
import java.util.Locale;

/**
 * What each budget runs, shared by the figures: sizes, step budgets, the decoder of the phase diagrams, log grids
 * and the checks every claim makes first (a smoke budget, an incomplete grid).
 */
final class Protocol {
    /** Table 4's step budget. */
    static final long PAPER_STEPS = 100_000;

    private Protocol() { }

    /** Number of elements: the paper's 30, or 12 for seconds-long smoke runs. */
    static int n(Budget b) {
        return b == Budget.SMOKE ? 12 : 30;
    }

    /** Step budget of the phase-diagram figures (5, 6, 8). */
    static long steps(Budget b) {
        return switch (b) {
            case SMOKE -> 200;
            case QUICK -> 3_000;
            case PAPER -> PAPER_STEPS;
        };
    }

    /** The decoder of the phase diagrams: Table 3's at paper budget, smaller ones to fit the others' time. */
    static TrainConfig.Builder phaseDiagramModel(Budget b) {
        TrainConfig.Builder c = TrainConfig.builder().steps(steps(b));
        return switch (b) {
            case SMOKE -> c.depth(1).width(8);
            case QUICK -> c.depth(2).width(20);
            case PAPER -> c;
        };
    }

    /** Words for the phase-diagram model of a budget. */
    static String phaseDiagramWords(Budget b) {
        return switch (b) {
            case SMOKE -> "n = 12, concat decoder 1 x 8, 200 steps";
            case QUICK -> "n = 30, concat decoder 2 hidden layers x 20 (Table 3: 3 x 50), 3000 steps (paper: 10^5)";
            case PAPER -> "n = 30, Table 3's model (concat, 3 hidden layers x 50, d = 2), 10^5 steps";
        };
    }

    /** 10^e for e = from, from + step, ..., to; StrictMath so keys are equal on every machine of a sharded sweep. */
    static double[] logGrid(double from, double to, double step) {
        int k = (int) Math.round((to - from) / step) + 1;
        double[] g = new double[k];
        for (int i = 0; i < k; i++) g[i] = StrictMath.pow(10, from + i * step);
        return g;
    }

    /** A claim's reason not to judge, or null: smoke budgets and incomplete grids are not evidence. */
    static String notCheckable(Grid grid, int stored) {
        if (grid.budget() == Budget.SMOKE)
            return "not checked at this budget: the smoke budget (" + phaseDiagramWords(Budget.SMOKE)
                    + ", one or two seeds) only exercises the pipeline";
        if (stored < grid.runs().size())
            return String.format(Locale.ROOT, "the grid is incomplete: %d of %d runs stored (a shard, or a sweep still "
                    + "running; merge the shards with geneft sweep merge)", stored, grid.runs().size());
        return null;
    }

    /** A finite number as a table cell, anything else as an empty cell (tables hold no NaN). */
    static Double cell(double x) {
        return Double.isFinite(x) ? x : null;
    }

    static String fmt(String f, Object... args) {
        return String.format(Locale.ROOT, f, args);
    }

    static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }
}
