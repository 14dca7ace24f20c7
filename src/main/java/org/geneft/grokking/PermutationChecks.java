package org.geneft.grokking;

import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Verdict;
import org.geneft.experiments.DataTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The permutation group's phase diagram (Appendix H, Fig. 6(d)): S3 with matrix embeddings, the decoder's learning
 * rate against its weight decay, as toy/Figure5d_permutation.ipynb runs it (PhaseDiagram.Kind.PERMUTATION). Its
 * verdicts: the four phases, and the corners and the sandwiched grokking Sec. 4.1 names for every weight-decay
 * diagram. At the published protocol the cells are also set beside the published panel's own (the authors'
 * data_perm_r.h5, shipped as a resource): one draw decides much, so the agreement is reported, not judged.
 */
public final class PermutationChecks {
    static final String PHASES = "On the permutation group S3 with matrix embeddings, the decoder learning rate against "
            + "decoder weight decay diagram includes all four phases (comprehension, grokking, memorization, confusion)";
    static final String SANDWICHED = "On S3 too, grokking is sandwiched between comprehension and memorization";
    static final String CORNERS = "On S3 too, the fast, capable decoder (largest learning rate, no weight decay) memorizes, "
            + "and the fast, simple one (largest weight decay) is confused";
    /** The notebook's seed (np.random.seed and torch.manual_seed). */
    static final long AUTHORS_SEED = 0;
    /** The published panel's weight decays (data_perm_r.h5, and the notebook's wds). */
    static final List<Double> DECAYS = List.of(0.0, 1.0, 2.0, 3.0, 5.0, 10.0, 20.0, 30.0, 50.0, 100.0, 200.0);
    private static final String PUBLISHED = "authors/fig6d.csv";
    /** This class's claims (Fig. 18's are PermutationFractionChecks'). */
    static final List<String> IDS = List.of("grok-s3-phases", "grok-s3-corners", "grok-s3-grokking-sandwiched");

    private final GrokkingBudget budget;
    private final long seed;
    private final ToyRun.Draw draw;
    private final int threads;
    private final ToyRunStore store;

    /** On the notebook's draw (any authors' draw; seed 0) or geneft's (from {@code seed}). */
    public PermutationChecks(GrokkingBudget budget, long seed, ToyRun.Draw draw, int threads, ToyRunStore store) {
        this.budget = budget;
        this.seed = seed;
        this.draw = draw.single();
        this.threads = threads;
        this.store = store;
    }

    private static long seedOf(long seed, ToyRun.Draw draw) {
        return draw == ToyRun.Draw.GENEFT ? seed : AUTHORS_SEED;
    }

    /**
     * The diagram's axes (decoder rates, weight decays), or none when the budget draws no diagrams: the published
     * 16 x 11 at the paper budget; k rates and k of the published decays (first, last, evenly between) otherwise.
     */
    static List<List<Double>> axes(GrokkingBudget budget) {
        if (budget.phaseGrid() == 0) return List.of();
        if (budget.word().equals("paper")) return List.of(PhaseChecks.rates(16), DECAYS);
        int k = budget.phaseGrid();
        List<Double> decays = new ArrayList<>();
        for (int i = 0; i < k; i++) decays.add(DECAYS.get((int) Math.round((DECAYS.size() - 1) * i / (double) (k - 1))));
        return List.of(PhaseChecks.rates(k), decays);
    }

    /** The configurations of every cell, in the order the sweep stores them. */
    public static List<ToyRun.Config> configs(GrokkingBudget budget, long seed, ToyRun.Draw given) {
        List<List<Double>> axes = axes(budget);
        if (axes.isEmpty()) return List.of();
        ToyRun.Draw draw = given.single();
        return PhaseDiagram.configs(PhaseDiagram.Kind.PERMUTATION, axes.get(0), axes.get(1), seedOf(seed, draw), draw,
                budget.phaseSteps());
    }

    public GrokkingChecks.Result run() {
        List<List<Double>> axes = axes(budget);
        if (axes.isEmpty()) return check(List.of());
        return check(PhaseDiagram.run(PhaseDiagram.Kind.PERMUTATION, axes.get(0), axes.get(1), seedOf(seed, draw), draw,
                threads, budget.phaseSteps(), store));
    }

    /** The published panel's cells (decoder rate, weight decay, its two 90 % steps, -1 where not reached). */
    static List<PhaseDiagram.Cell> published() {
        return PublishedPanel.read(PUBLISHED);
    }

    private static Map<PhaseDiagram.Phase, Integer> counts(List<PhaseDiagram.Cell> cells) {
        Map<PhaseDiagram.Phase, Integer> c = new EnumMap<>(PhaseDiagram.Phase.class);
        for (PhaseDiagram.Phase ph : PhaseDiagram.Phase.values()) c.put(ph, 0);
        for (PhaseDiagram.Cell cell : cells) c.merge(cell.phase(), 1, Integer::sum);
        return c;
    }

    private static String words(Map<PhaseDiagram.Phase, Integer> counts) {
        return String.join(", ", counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().word()).toList());
    }

    /** The verdicts from the diagram's cells (none: not checked). */
    GrokkingChecks.Result check(List<PhaseDiagram.Cell> cells) {
        List<Claim> claims = new ArrayList<>();
        if (cells.isEmpty()) {
            String notRun = "Not checked at the smoke budget (no phase diagram runs).";
            claims.add(new Claim("grok-s3-phases", PHASES, "Appendix H, Fig. 6(d)", Method.EMPIRICAL, Verdict.NOT_CHECKED, notRun));
            claims.add(new Claim("grok-s3-corners", CORNERS, "Sec. 4.1, Fig. 6(d)", Method.EMPIRICAL, Verdict.NOT_CHECKED, notRun));
            claims.add(new Claim("grok-s3-grokking-sandwiched", SANDWICHED, "Sec. 4.1 (iv), Fig. 6(d)", Method.EMPIRICAL,
                    Verdict.NOT_CHECKED, notRun));
            return new GrokkingChecks.Result(claims, List.of(), Map.of(), Map.of());
        }
        boolean paper = budget.word().equals("paper");
        Verdict holds = paper ? Verdict.CONFIRMED : Verdict.REPRODUCED;
        String steps = budget.phaseSteps() == 100_000 ? "10^5" : String.format(Locale.ROOT, "%,d", budget.phaseSteps());
        String basis = paper ? "the published panel's protocol (its 16 x 11 grid, 10^5 steps, one run a cell) on "
                + (draw == ToyRun.Draw.AUTHORS ? "the notebook's draw (numpy seed 0)" : "geneft's draw of seed " + seed)
                : "quick budget: " + axes(budget).get(0).size() + " x " + axes(budget).get(1).size() + " cells of the "
                + "published axes, " + steps + " steps (the published panel ran 10^5)";
        Map<PhaseDiagram.Phase, Integer> ours = counts(cells);
        boolean allFour = ours.values().stream().allMatch(v -> v > 0);

        // Beside the published panel, cell by cell, where the protocol is the same (10^5 steps, its grid points).
        List<PhaseDiagram.Cell> published = published();
        PublishedPanel.Agreement agreement = budget.phaseSteps() == 100_000 ? PublishedPanel.agreement(cells, published)
                : new PublishedPanel.Agreement(0, 0);
        int compared = agreement.compared(), same = agreement.same();
        String beside = compared == 0 ? String.format(Locale.ROOT, " The published panel (the authors' data_perm_r.h5, "
                + "10^5 steps) has %s; its cells are compared one by one only at its own step budget.", words(counts(published)))
                : String.format(Locale.ROOT, " Beside the published panel (the authors' data_perm_r.h5: %s): the same "
                + "phase in %d of %d cells, reported, not judged: the published cells came from the authors' torch "
                + "initialisation, which geneft does not reproduce, and one draw decides much.", words(counts(published)), same, compared);
        claims.add(new Claim("grok-s3-phases", PHASES, "Appendix H, Fig. 6(d)", Method.EMPIRICAL,
                allFour ? holds : Verdict.NOT_REPRODUCED,
                "Phases: " + words(ours) + " (Appendix A with the authors' thresholds: 90 % within " + steps + " steps, "
                        + "grokking when held-out 90 % comes more than 10^3 steps after training 90 %)." + beside
                        + (allFour ? "" : " " + PhaseChecks.ONE_SPLIT), basis));

        double xMax = cells.stream().mapToDouble(PhaseDiagram.Cell::x).max().orElseThrow();
        double yMax = cells.stream().mapToDouble(PhaseDiagram.Cell::y).max().orElseThrow();
        PhaseDiagram.Phase free = at(cells, xMax, 0), decayed = at(cells, xMax, yMax);
        boolean corners = free == PhaseDiagram.Phase.MEMORIZATION && decayed == PhaseDiagram.Phase.CONFUSION;
        claims.add(new Claim("grok-s3-corners", CORNERS, "Sec. 4.1, Fig. 6(d)", Method.EMPIRICAL,
                corners ? holds : Verdict.NOT_REPRODUCED,
                String.format(Locale.ROOT, "Decoder rate %.0e: %s at weight decay 0, %s at %.0f.", xMax, free.word(),
                        decayed.word(), yMax) + (corners ? "" : " " + PhaseChecks.ONE_SPLIT), basis));

        claims.add(Sandwich.claim("grok-s3-grokking-sandwiched", SANDWICHED, "Sec. 4.1 (iv), Fig. 6(d)",
                Map.of("d", cells), Map.of("d published", published), holds, true, "", basis));

        List<DataTable> tables = List.of(table("grok-fig6d", cells), table("grok-fig6d-published", published));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("budget", budget.word());
        p.put("draw", draw == ToyRun.Draw.AUTHORS ? "the notebook's numpy draw (seed 0: the 6 x 30 normal targets, then the "
                + "24 training pairs of 36), geneft's initial weights" : "geneft's, seed " + seed);
        p.put("grid", paper ? "the published panel's: 16 decoder rates 10^-5..10^-2 in fifths of a decade x weight decays "
                + DECAYS : axes(budget).get(0).size() + " decoder rates 10^-5..10^-2 (log) x weight decays " + axes(budget).get(1));
        p.put("runs", "toy/Figure5d_permutation.ipynb's model: S3's 6 elements as 3 x 3 matrices (uniform +-0.05), "
                + "multiplied, a 9-200-200-30 tanh decoder, MSE to random targets plus 10^-3 mean |E|, embeddings' AdamW "
                + "at 10^-3, decoder AdamW at the cell's rate and decay, full batch of the 24 training pairs; accuracies "
                + "after each step, as the notebook reads them; up to " + steps + " steps, stopped once both pass 90 %");
        return new GrokkingChecks.Result(claims, tables, Map.of(), Map.of("grokking-permutation", p));
    }

    /** A diagram's cells as a table; y_index places the uneven weight decays evenly, as the published panel does. */
    private static DataTable table(String name, List<PhaseDiagram.Cell> cells) {
        List<List<Object>> rows = new ArrayList<>();
        for (PhaseDiagram.Cell c : cells)
            rows.add(Arrays.asList(c.x(), c.y(), DECAYS.indexOf(c.y()), c.trainStep() < 0 ? null : c.trainStep(),
                    c.testStep() < 0 ? null : c.testStep(), c.phase().word()));
        return new DataTable(name, List.of("x", "y", "y_index", "train_step", "test_step", "phase"), rows);
    }

    private static PhaseDiagram.Phase at(List<PhaseDiagram.Cell> cells, double x, double y) {
        return cells.stream().filter(c -> c.x() == x && c.y() == y).map(PhaseDiagram.Cell::phase).findFirst().orElseThrow();
    }
}
