package org.geneft.grokking;

import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Verdict;
import org.geneft.experiments.DataTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fig. 7 (right) at TransformerChecks' reduced scale: the transformer's phases on a grid of the decoder's learning rate
 * against its weight decay, the embeddings' rate held at the authors' 10^-3 (snakefile, weight_decay_vs_decoder_lr:
 * 15 rates 10^linspace(-9, -1, 15) by the 19 decays, seed 1). The grid here is every third of the authors' rates from
 * the third (five) by every sixth of their decays (four), plus the column at 10^-3, which is the decay scan's own runs
 * of the first seed; 20 runs beside the scan's, at the paper budget only.
 */
public final class TransformerPhases {
    static final int[] RATE_INDICES = {2, 5, 8, 11, 14}, DECAY_INDICES = {0, 6, 12, 18};

    static final String FOUR = "The transformer's phase diagram over the decoder's learning rate and weight decay shows "
            + "the four phases (comprehension, grokking, memorization, confusion), as the toy model's do";
    static final String NEAR = "On transformers the grokking phase stays closer to the memorization phase than to the "
            + "comprehension phase, leading to delayed generalization";

    private TransformerPhases() { }

    /** The authors' decoder learning rates, 10^linspace(-9, -1, 15) (phasegrok/definitions.py, Ranges.decoder_lr). */
    static double authorsDecoderRate(int i) {
        return Math.pow(10, -9 + 8.0 * i / 14);
    }

    /** The grid's decoder rates, ascending: the authors' share and the scan's 10^-3 between their 8th and 9th. */
    static double[] rates() {
        double[] r = new double[RATE_INDICES.length + 1];
        for (int i = 0; i < RATE_INDICES.length; i++) r[i] = authorsDecoderRate(RATE_INDICES[i]);
        r[RATE_INDICES.length] = TransformerChecks.LR;
        Arrays.sort(r);
        return r;
    }

    /** The grid's decoder rates in words, for the protocol. */
    static String rateWords() {
        StringBuilder s = new StringBuilder();
        for (double r : rates()) s.append(s.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3g", r));
        return s.toString();
    }

    static double[] decays() {
        return Arrays.stream(DECAY_INDICES).mapToDouble(TransformerChecks::authorsDecay).toArray();
    }

    static boolean runs(GrokkingBudget b) {
        return b.word().equals("paper");
    }

    /** The runs the grid adds to the decay scan's (none below the paper budget): one seed, no dropout. */
    public static List<TransformerRun.Config> configs(GrokkingBudget b, long seed) {
        List<TransformerRun.Config> out = new ArrayList<>();
        if (!runs(b)) return out;
        for (int i : RATE_INDICES)
            for (double decay : decays())
                out.add(TransformerChecks.config(authorsDecoderRate(i), decay, 0, b.transformerSteps(), seed));
        return out;
    }

    /** The grid's cell of a run, or null when the run is not on the grid. */
    static int[] cell(TransformerRun.Config c, long seed) {
        if (c.seed() != seed || c.dropout() != 0) return null;
        int x = indexOf(rates(), c.decoderLr()), y = indexOf(decays(), c.decay());
        return x < 0 || y < 0 ? null : new int[] {x, y};
    }

    private static int indexOf(double[] values, double v) {
        for (int i = 0; i < values.length; i++) if (values[i] == v) return i;
        return -1;
    }

    /** The two claims, the grid's table and the figure's switch, from every run of the budget. */
    static GrokkingChecks.Result check(GrokkingBudget b, long seed, List<TransformerRun.Result> all) {
        String where = "Sec. 4.2, Fig. 7 (right); abstract";
        if (!runs(b)) {
            GrokkingBudget paper = GrokkingBudget.parse("paper");
            return notChecked(where, String.format(Locale.ROOT, "Not checked at this budget: the grid runs at the paper "
                    + "budget only (%d runs of up to %,d steps beside the decay scan's, about 2 core-hours at this "
                    + "verifier's reduced scale).", configs(paper, seed).size(), paper.transformerSteps()));
        }
        double[] rates = rates(), decays = decays();
        PhaseDiagram.Phase[][] grid = new PhaseDiagram.Phase[rates.length][decays.length];
        long[][] diverged = new long[rates.length][decays.length];
        List<List<Object>> rows = new ArrayList<>();
        for (TransformerRun.Result r : all) {
            int[] at = cell(r.config(), seed);
            if (at == null) continue;
            grid[at[0]][at[1]] = r.phase();
            diverged[at[0]][at[1]] = r.diverged() ? r.lastStep() : -1;
            rows.add(Arrays.asList(r.config().decoderLr(), r.config().decay(), r.phase().word(),
                    r.trainStep() < 0 ? null : r.trainStep(), r.testStep() < 0 ? null : r.testStep(), r.finalTest()));
        }
        int filled = (int) Arrays.stream(grid).flatMap(Arrays::stream).filter(java.util.Objects::nonNull).count();
        if (filled < rates.length * decays.length) {
            // Only where the runs were not all trained first (a store read as it stands): said, never guessed.
            return notChecked(where, String.format(Locale.ROOT, "Not checked: %d of the grid's %d cells are stored.",
                    filled, rates.length * decays.length));
        }
        StringBuilder cells = new StringBuilder();
        Map<PhaseDiagram.Phase, Integer> count = new LinkedHashMap<>();
        for (int x = 0; x < rates.length; x++) {
            cells.append(String.format(Locale.ROOT, "%srate %.3g:", x == 0 ? "" : "; ", rates[x]));
            for (int y = 0; y < decays.length; y++) {
                count.merge(grid[x][y], 1, Integer::sum);
                cells.append(String.format(Locale.ROOT, " %.3g %s%s", decays[y], grid[x][y].word(), diverged[x][y] < 0
                        ? "" : String.format(Locale.ROOT, " (diverged: non-finite weights at step %,d)", diverged[x][y])));
            }
        }
        String basis = String.format(Locale.ROOT, "reduced scale: p = %d, d = %d, %d layers, up to %,d steps, seed %d; "
                + "a grid of %d decoder rates by %d decays", TransformerChecks.P, TransformerChecks.D,
                TransformerChecks.DEPTH, b.transformerSteps(), seed, rates.length, decays.length);
        String tally = String.format(Locale.ROOT, "%d comprehension, %d grokking, %d memorization, %d confusion",
                count.getOrDefault(PhaseDiagram.Phase.COMPREHENSION, 0), count.getOrDefault(PhaseDiagram.Phase.GROKKING, 0),
                count.getOrDefault(PhaseDiagram.Phase.MEMORIZATION, 0), count.getOrDefault(PhaseDiagram.Phase.CONFUSION, 0));
        List<Claim> claims = new ArrayList<>();
        claims.add(new Claim("grok-transformer-phases", FOUR, where, Method.EMPIRICAL,
                count.size() == 4 ? Verdict.REPRODUCED : Verdict.NOT_REPRODUCED,
                String.format(Locale.ROOT, "Phases (Appendix A's: 90 %% on both sets within the budget, a gap over 10^3 "
                        + "steps for grokking): %s. By cell (decoder learning rate: weight decay and phase): %s.", tally,
                        cells), basis));
        claims.add(near(grid, rates, decays, tally, where, basis));
        Map<String, Object> fig = new LinkedHashMap<>();
        fig.put("run", true);
        fig.put("rates", rates.length);
        fig.put("decays", decays.length);
        return new GrokkingChecks.Result(claims, List.of(new DataTable("grok-transformer-phases", List.of("x", "y",
                "phase", "train_step", "test_step", "final_test"), rows)), Map.of("transformerPhases", fig), Map.of());
    }

    private static GrokkingChecks.Result notChecked(String where, String why) {
        return new GrokkingChecks.Result(List.of(
                new Claim("grok-transformer-phases", FOUR, where, Method.EMPIRICAL, Verdict.NOT_CHECKED, why),
                new Claim("grok-transformer-grokking-near-memorization", NEAR, where, Method.EMPIRICAL,
                        Verdict.NOT_CHECKED, why)), List.of(), Map.of("transformerPhases", Map.of("run", false)), Map.of());
    }

    /**
     * Read on the grid: the mean distance (in grid steps, rate and decay indices added) from a grokking cell to the
     * nearest memorization cell is below the mean distance to the nearest comprehension cell. Undecided when the grid
     * lacks one of the three phases, or the two distances tie.
     */
    private static Claim near(PhaseDiagram.Phase[][] grid, double[] rates, double[] decays, String tally, String where,
            String basis) {
        double toMemory = 0, toComprehension = 0;
        int grokking = 0;
        StringBuilder each = new StringBuilder();
        for (int x = 0; x < grid.length; x++)
            for (int y = 0; y < grid[x].length; y++) {
                if (grid[x][y] != PhaseDiagram.Phase.GROKKING) continue;
                int m = nearest(grid, x, y, PhaseDiagram.Phase.MEMORIZATION),
                        c = nearest(grid, x, y, PhaseDiagram.Phase.COMPREHENSION);
                grokking++;
                toMemory += m;
                toComprehension += c;
                each.append(String.format(Locale.ROOT, "%s(rate %.3g, decay %.3g): %s to memorization, %s to "
                        + "comprehension", each.length() == 0 ? "" : "; ", rates[x], decays[y], steps(m), steps(c)));
            }
        boolean decidable = grokking > 0 && toMemory < Integer.MAX_VALUE && toComprehension < Integer.MAX_VALUE;
        Verdict v = !decidable || toMemory == toComprehension ? Verdict.UNDECIDED
                : toMemory < toComprehension ? Verdict.REPRODUCED : Verdict.NOT_REPRODUCED;
        String evidence = grokking == 0 ? "No grokking cell on the grid (" + tally + "): nothing to place."
                : String.format(Locale.ROOT, "Read as: the mean grid distance (rate and decay steps added) from a "
                + "grokking cell to the nearest memorization cell is below that to the nearest comprehension cell. "
                + "Phases: %s. %s%s.", tally, each, decidable ? String.format(Locale.ROOT, "; means %.2f and %.2f",
                toMemory / grokking, toComprehension / grokking) : "");
        return new Claim("grok-transformer-grokking-near-memorization", NEAR, where, Method.EMPIRICAL, v, evidence,
                basis);
    }

    /** Grid steps from (x, y) to the nearest cell of the phase, or Integer.MAX_VALUE when there is none. */
    private static int nearest(PhaseDiagram.Phase[][] grid, int x, int y, PhaseDiagram.Phase phase) {
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < grid.length; i++)
            for (int j = 0; j < grid[i].length; j++)
                if (grid[i][j] == phase) best = Math.min(best, Math.abs(i - x) + Math.abs(j - y));
        return best;
    }

    private static String steps(int d) {
        return d == Integer.MAX_VALUE ? "none" : d + (d == 1 ? " step" : " steps");
    }
}
