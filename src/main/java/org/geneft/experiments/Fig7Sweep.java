package org.geneft.experiments;

import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Verdict;
import org.geneft.statics.montecarlo.Estimate;
import org.geneft.training.Phase;
import org.geneft.training.TrainConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.geneft.experiments.Protocol.fmt;
import static org.geneft.experiments.Protocol.row;

/**
 * Fig. 7 (Appendix E): test accuracy against decoder depth for mod 3, width 10, training fraction 0.3 — the
 * Goldilocks zone: confusion when the decoder is too shallow, memorization when too deep, generalization between.
 */
final class Fig7Sweep implements FigureSweep {
    static final String FIGURE = "fig7";

    public String figure() {
        return FIGURE;
    }

    static int[] depths(Budget b) {
        return b == Budget.SMOKE ? new int[] {0, 1, 3} : new int[] {0, 1, 2, 3, 4, 5, 6};
    }

    static int seeds(Budget b) {
        return switch (b) { case SMOKE -> 1; case QUICK -> 3; case PAPER -> 5; };
    }

    public Grid grid(Budget budget, long seed) {
        int n = Protocol.n(budget);
        List<RunSpec> runs = new ArrayList<>();
        for (int depth : depths(budget))
            for (int s = 0; s < seeds(budget); s++) {
                // No early stop: the figure plots the test accuracy at the end of the budget, not when 0.9 is first reached.
                TrainConfig c = TrainConfig.builder().depth(depth).width(10).trainFraction(0.3).steps(Protocol.steps(budget))
                        .earlyStop(false).seed(Grid.replicateSeed(seed, s)).build();
                runs.add(new RunSpec(FIGURE, "mod:3", n, c, s));
            }
        return new Grid(FIGURE, budget, seed, runs, fmt("mod 3, n = %d, concat decoder of width 10 and depth %s, "
                + "training fraction 0.3, learning rates 1e-3, %d steps without early stop, %d seed(s) per depth",
                n, java.util.Arrays.toString(depths(budget)), Protocol.steps(budget), seeds(budget)));
    }

    public Analysis analyse(Grid grid, Map<String, RunOutcome> outcomes) {
        List<List<Object>> rows = new ArrayList<>();
        List<Integer> depthsSeen = new ArrayList<>();
        List<PhaseCell> cells = new ArrayList<>();
        StringBuilder per = new StringBuilder();
        for (int depth : depths(grid.budget())) {
            List<RunOutcome> runs = new ArrayList<>();
            for (RunSpec r : grid.runs())
                if (r.config().depth() == depth && outcomes.containsKey(r.key())) runs.add(outcomes.get(r.key()));
            if (runs.isEmpty()) continue;
            Estimate test = Estimate.of(runs.stream().mapToDouble(RunOutcome::testAcc).toArray());
            Estimate train = Estimate.of(runs.stream().mapToDouble(RunOutcome::trainAcc).toArray());
            PhaseCell c = PhaseCell.of(runs);
            depthsSeen.add(depth);
            cells.add(c);
            rows.add(row(depth, c.seeds(), test.mean(), test.standardError(), c.generalization(), c.grokking(),
                    c.memorization(), c.confusion(), train.mean(), train.standardError(), c.majority().spec()));
            per.append(fmt("depth %d: test %.3f +- %.3f, train %.3f, %s; ", depth, test.mean(), test.standardError(),
                    train.mean(), c.majority().spec()));
        }
        DataTable table = new DataTable("fig7", List.of("depth", "seeds", "test_acc_mean", "test_acc_stderr",
                "generalization", "grokking", "memorization", "confusion", "train_acc_mean", "train_acc_stderr", "phase"), rows);
        return new Analysis(List.of(claim(grid, outcomes.size(), depthsSeen, cells, per.toString())), List.of(table));
    }

    private static Claim claim(Grid grid, int stored, List<Integer> depths, List<PhaseCell> cells, String per) {
        String statement = "a Goldilocks zone of decoder depth: confusion when the decoder is too shallow, memorization "
                + "when it is too deep, generalization between";
        String where = "Fig. 7, Appendix E";
        String skip = Protocol.notCheckable(grid, stored);
        if (skip != null) return new Claim("fig7-goldilocks", statement, where, Method.EMPIRICAL, Verdict.NOT_CHECKED, skip);
        Phase shallow = cells.get(0).majority(), deep = cells.get(cells.size() - 1).majority();
        boolean middle = false;
        for (int i = 1; i < cells.size() - 1; i++) middle |= cells.get(i).pGen() > 0.5;
        boolean all = shallow == Phase.CONFUSION && deep == Phase.MEMORIZATION && middle;
        String seen = fmt("majority phase at depth %d: %s, at depth %d: %s; an intermediate depth where most seeds "
                + "generalize: %s. %s%s", depths.get(0), shallow.spec(), depths.get(depths.size() - 1), deep.spec(),
                middle ? "yes" : "no", per, grid.protocol());
        // A pattern: below the paper's protocol an incomplete one reads "not reproduced at this budget" (EmpiricalBasis).
        return new Claim("fig7-goldilocks", statement, where, Method.EMPIRICAL, all ? Verdict.CONFIRMED : Verdict.REFUTED, seen);
    }
}
