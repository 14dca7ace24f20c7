package org.geneft.grokking;

import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TransformerPhasesTest {
    private static final GrokkingBudget PAPER = GrokkingBudget.parse("paper"), QUICK = GrokkingBudget.parse("quick");
    private static final EmbeddingPca.Circle NOISE = new EmbeddingPca.Circle(3, 0.3, 0.5, 0.1);
    private static final char C = 'c', G = 'g', M = 'm', X = 'x';

    /** A run of the given phase: its two 90 % steps are all the phase reads. */
    private static TransformerRun.Result run(double rate, double decay, double dropout, long seed, char phase) {
        long train = phase == X ? -1 : 100, test = phase == C ? 300 : phase == G ? 2500 : -1;
        TransformerRun.Config c = TransformerChecks.config(rate, decay, dropout, 30_000, seed);
        long last = test >= 0 ? 2 * test : 30_000;
        List<TransformerRun.Point> pts = new ArrayList<>();
        for (long s = 0; s <= last; s += 50)
            pts.add(new TransformerRun.Point(s, train >= 0 && s >= train ? 1 : 0.03, test >= 0 && s >= test ? 1 : 0.03,
                    3.0));
        TransformerRun.Point end = pts.get(pts.size() - 1);
        return new TransformerRun.Result(c, train, test, last, end.train(), end.test(), NOISE,
                train < 0 ? null : NOISE, NOISE, pts, NOISE);
    }

    /** The grid's runs from rows of phases, one row a decoder rate (ascending), one column a decay (ascending). */
    private static List<TransformerRun.Result> grid(String... rows) {
        double[] rates = TransformerPhases.rates(), decays = TransformerPhases.decays();
        List<TransformerRun.Result> runs = new ArrayList<>();
        for (int x = 0; x < rates.length; x++)
            for (int y = 0; y < decays.length; y++) runs.add(run(rates[x], decays[y], 0, 1, rows[x].charAt(y)));
        return runs;
    }

    private static Map<String, Claim> claims(List<TransformerRun.Result> runs) {
        return TransformerPhases.check(PAPER, 1, runs).claims().stream().collect(Collectors.toMap(Claim::id, c -> c));
    }

    @Test
    void theGridIsTheAuthorsRatesAndDecaysWithTheScansColumn() {
        double[] rates = TransformerPhases.rates();
        assertThat(rates).hasSize(6).isSorted();
        // 10^(-9 + 8 i / 14) at i = 2, 5, 8, 11, 14, and the scan's 10^-3 between the third and the fourth.
        assertThat(rates[0]).isCloseTo(Math.pow(10, -9 + 16.0 / 14), org.assertj.core.data.Offset.offset(1e-22));
        assertThat(rates[3]).isEqualTo(TransformerChecks.LR);
        assertThat(rates[5]).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(TransformerPhases.decays()).containsExactly(TransformerChecks.authorsDecay(0),
                TransformerChecks.authorsDecay(6), TransformerChecks.authorsDecay(12), TransformerChecks.authorsDecay(18));
    }

    /** The grid adds 20 runs at the paper budget, none a scan's; the scan's column comes from its own runs. */
    @Test
    void theGridRunsAtThePaperBudgetOnlyAndReusesTheScan() {
        assertThat(TransformerPhases.configs(QUICK, 1)).isEmpty();
        List<TransformerRun.Config> grid = TransformerPhases.configs(PAPER, 1);
        assertThat(grid).hasSize(20).allMatch(c -> c.decoderLr() != TransformerChecks.LR && c.seed() == 1
                && c.dropout() == 0 && c.steps() == PAPER.transformerSteps());
        Set<String> all = new HashSet<>();
        for (TransformerRun.Config c : TransformerChecks.configs(PAPER, 1)) assertThat(all.add(c.key())).isTrue();
        assertThat(all).hasSize(33 + 20);
        // The decay scan's first seed holds the four decays of the scan's column.
        for (double d : TransformerPhases.decays())
            assertThat(all).contains(TransformerChecks.config(d, 0, PAPER.transformerSteps(), 1).key());
    }

    @Test
    void belowThePaperBudgetBothClaimsAreNotChecked() {
        for (Claim c : TransformerPhases.check(QUICK, 1, List.of()).claims())
            assertThat(c.verdict()).isEqualTo(Verdict.NOT_CHECKED);
    }

    /** Rows: decoder rate ascending; columns: decay ascending. Memorization at fast rates and low decay. */
    @Test
    void grokkingBesideMemorizationIsReproduced() {
        Map<String, Claim> v = claims(grid("xxxx", "xxxx", "cccx", "xccx", "ggcx", "mmgx"));
        assertThat(v.get("grok-transformer-phases").verdict()).isEqualTo(Verdict.REPRODUCED);
        Claim near = v.get("grok-transformer-grokking-near-memorization");
        assertThat(near.verdict()).isEqualTo(Verdict.REPRODUCED);
        // (4, 0): memorization 1 step away at (5, 0), comprehension 2 at (3, 1) and (4, 2); (4, 1) and (5, 2): 1 and
        // 1. Means 1.00 against 4/3.
        assertThat(near.evidence()).contains("means 1.00 and 1.33");
    }

    @Test
    void grokkingAmongComprehensionIsNotReproduced() {
        Map<String, Claim> v = claims(grid("mmxx", "mcxx", "ccgx", "cgcx", "cccx", "ccxx"));
        assertThat(v.get("grok-transformer-phases").verdict()).isEqualTo(Verdict.REPRODUCED);
        Claim near = v.get("grok-transformer-grokking-near-memorization");
        assertThat(near.verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
        // (2, 2): memorization at (0, 1) 3 steps, (1, 0) 3 steps; comprehension (2, 1) 1. (3, 1): 3 and 1.
        assertThat(near.evidence()).contains("means 3.00 and 1.00");
    }

    @Test
    void aMissingPhaseIsNotReproducedAndLeavesTheReadingUndecided() {
        Map<String, Claim> v = claims(grid("xxxx", "xxxx", "cccx", "cccx", "mccx", "mmcx"));
        assertThat(v.get("grok-transformer-phases").verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(v.get("grok-transformer-phases").evidence()).contains("0 grokking");
        assertThat(v.get("grok-transformer-grokking-near-memorization").verdict()).isEqualTo(Verdict.UNDECIDED);
        // Grokking, but no memorization cell to measure against.
        assertThat(claims(grid("xxxx", "xxxx", "cccx", "gccx", "cgcx", "ccgx"))
                .get("grok-transformer-grokking-near-memorization").verdict()).isEqualTo(Verdict.UNDECIDED);
        // Equal distances decide nothing either.
        assertThat(claims(grid("xxxx", "xxxx", "xxxx", "cxxx", "gxxx", "mxxx"))
                .get("grok-transformer-grokking-near-memorization").verdict()).isEqualTo(Verdict.UNDECIDED);
    }

    /** Runs of other seeds, with dropout, or off the grid do not enter it; a missing cell is said, not guessed. */
    @Test
    void onlyTheGridsRunsArePlaced() {
        List<TransformerRun.Result> runs = new ArrayList<>(grid("xxxx", "xxxx", "cccx", "xccx", "ggcx", "mmgx"));
        double[] rates = TransformerPhases.rates(), decays = TransformerPhases.decays();
        runs.add(run(rates[0], decays[0], 0, 2, C));
        runs.add(run(rates[0], decays[0], 1.0 / 3, 1, C));
        runs.add(run(rates[0], TransformerChecks.authorsDecay(3), 0, 1, C));
        Map<String, Claim> v = claims(runs);
        assertThat(v.get("grok-transformer-phases").evidence()).contains("6 comprehension, 3 grokking, 2 memorization, "
                + "13 confusion");
        assertThat(TransformerPhases.check(PAPER, 1, runs).tables().get(0).rows()).hasSize(24);
        for (Claim c : TransformerPhases.check(PAPER, 1, runs.subList(1, runs.size())).claims())
            assertThat(c).satisfies(x -> assertThat(x.verdict()).isEqualTo(Verdict.NOT_CHECKED),
                    x -> assertThat(x.evidence()).contains("23 of the grid's 24 cells"));
    }

    /** In the whole check, the scans and their claims read only the runs at the authors' decoder rate. */
    @Test
    void theScansReadOnlyTheAuthorsRate() {
        List<TransformerRun.Result> runs = new ArrayList<>(grid("xxxx", "xxxx", "cccx", "xccx", "ggcx", "mmgx"));
        runs.add(run(TransformerChecks.LR, 0, 0, 1, M));
        GrokkingChecks.Result r = new TransformerChecks(PAPER, 1, 1, null).check(runs);
        Map<String, List<List<Object>>> t = r.tables().stream()
                .collect(Collectors.toMap(org.geneft.experiments.DataTable::name, org.geneft.experiments.DataTable::rows));
        // The scan's column (rate 10^-3): "xccx" by decay, so two reached and two never.
        assertThat(t.get("grok-transformer-decay-scan")).hasSize(2);
        assertThat(t.get("grok-transformer-decay-scan-never")).hasSize(2);
        assertThat(t.get("grok-transformer")).hasSize(5);
        assertThat(t.get("grok-transformer-phases")).hasSize(24);
        assertThat(r.figures()).containsKeys("transformer", "transformerPhases");
    }
}
