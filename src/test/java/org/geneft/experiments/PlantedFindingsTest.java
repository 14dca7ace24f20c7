package org.geneft.experiments;

import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;
import org.geneft.training.Phase;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The summaries find what is planted in synthetic stored outcomes (no training). */
class PlantedFindingsTest {

    private static RunOutcome outcome(Phase phase, double fullAcc) {
        return new RunOutcome(phase, 1, fullAcc, fullAcc, 0.1, 10, phase == Phase.MEMORIZATION ? -1 : 20, 100, 0.01);
    }

    private static Map<String, RunOutcome> plant(Grid grid, Function<RunSpec, RunOutcome> f) {
        Map<String, RunOutcome> m = new HashMap<>();
        for (RunSpec r : grid.runs()) m.put(r.key(), f.apply(r));
        return m;
    }

    private static Claim claim(Analysis a, String id) {
        return a.claims().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anAccuracyAboveTheBoundsAtOneFractionIsReportedAndNothingElse() {
        Fig3Sweep fig3 = new Fig3Sweep();
        Grid grid = fig3.grid(Budget.QUICK, 1);
        // Perfect accuracy at fraction 0.05 for mod 3's default decoder (Eq. 5: 0.80 there), chance elsewhere.
        Analysis a = fig3.analyse(grid, plant(grid, r -> r.relation().equals("mod:3") && r.config().trainFraction() == 0.05
                && !Fig3Sweep.isInductive(r.config()) ? outcome(Phase.GENERALIZATION, 1.0) : outcome(Phase.CONFUSION, 0.5)));
        Claim bound = claim(a, "fig3-bound");
        assertThat(bound.verdict()).isEqualTo(Verdict.REFUTED);
        assertThat(bound.evidence()).contains("mod3 default at 0.05").contains("Eq. 5 f_UB").contains("Monte Carlo bound")
                .doesNotContain("at 0.10").doesNotContain("mod3 inductive").doesNotContain("gt default");
        // The inductive decoder is worse than the default at 0.05 only: not significant over all fractions.
        assertThat(claim(a, "fig3-inductive-bias").verdict()).isNotEqualTo(Verdict.CONFIRMED);
    }

    @Test
    void twoSeedsAreTooFewForThreeStandardErrorsToRefuteABound() {
        // Student's t: with one degree of freedom 3 standard errors' one-sided level (0.00135) is 236 of them.
        assertThat(Fig3Sweep.significance(2)).isGreaterThan(200);
        assertThat(Fig3Sweep.significance(100_000)).isCloseTo(3, org.assertj.core.api.Assertions.within(0.01));
        Fig3Sweep fig3 = new Fig3Sweep();
        Grid grid = fig3.grid(Budget.QUICK, 1);
        // mod 3's default decoder at fraction 0.05: 0.95 and 1.0 against Eq. 5's 0.894, 3.2 standard errors (0.025)
        // above it: listed, but no refutation from two seeds.
        Analysis a = fig3.analyse(grid, plant(grid, r -> r.relation().equals("mod:3") && r.config().trainFraction() == 0.05
                && !Fig3Sweep.isInductive(r.config()) ? outcome(Phase.GENERALIZATION, r.replicate() == 0 ? 0.95 : 1.0)
                : outcome(Phase.CONFUSION, 0.5)));
        Claim bound = claim(a, "fig3-bound");
        assertThat(bound.verdict()).as(bound.evidence()).isEqualTo(Verdict.CONFIRMED);
        assertThat(bound.evidence()).contains("mod3 default at 0.05: 0.9750 +- 0.0250 > Eq. 5 f_UB");
    }

    @Test
    void aPerfectRunAgainstABoundOneMinusAFewPartsInTenBillionIsNoExcess() {
        Fig3Sweep fig3 = new Fig3Sweep();
        Grid grid = fig3.grid(Budget.PAPER, 1);
        // Perfect accuracy from fraction 0.9 on: Eq. 5's f_UB there is 1 - 4e-10 (paper store), far below one pair of
        // n² in one run, so no point is listed against it; at 0.05 a perfect run is a real excess (f_UB 0.80) and still is.
        Analysis a = fig3.analyse(grid, plant(grid, r -> r.config().trainFraction() >= 0.9
                || (r.relation().equals("mod:3") && r.config().trainFraction() == 0.05 && !Fig3Sweep.isInductive(r.config()))
                ? outcome(Phase.GENERALIZATION, 1.0) : outcome(Phase.CONFUSION, 0.5)));
        Claim bound = claim(a, "fig3-bound");
        // (The Monte Carlo bound, 0.9998 +- 0.0001 at 0.9 for gt, is a measurable excess and may be listed.)
        assertThat(bound.evidence()).contains("mod3 default at 0.05").doesNotContain("f_UB 1.0000");
    }

    /** A legend run's accuracy: planted per architecture (mode, hidden layers), whether the paper names it for the
     * run's relation, and fraction. */
    private interface LegendPlant {
        double acc(Fig3LegendSweep.Architecture a, boolean claimed, double fraction);
    }

    private static Map<String, RunOutcome> legend(Grid grid, LegendPlant p) {
        return plant(grid, r -> {
            Fig3LegendSweep.Architecture a = Fig3LegendSweep.Architecture.of(r.config());
            return outcome(Phase.GENERALIZATION, p.acc(a, a.equals(Fig3LegendSweep.claimed(r.relation())),
                    r.config().trainFraction()));
        });
    }

    @Test
    void theLegendsSmallestGapIsConfirmedTiedOrBeatenAsPlanted() {
        Fig3LegendSweep legend = new Fig3LegendSweep();
        Grid grid = legend.grid(Budget.QUICK, 1);
        Fig3LegendSweep.Architecture mod3 = Fig3LegendSweep.claimed("mod:3"), gt = Fig3LegendSweep.claimed("gt");
        assertThat(mod3.label()).isEqualTo("mode 3 (sqdiff), 0 hidden");
        assertThat(gt.label()).isEqualTo("mode 2 (diff), 0 hidden");
        // The paper's architectures perfect, every other one at 0.6: their gaps are the smallest on every pair.
        Analysis best = legend.analyse(grid, legend(grid, (a, mine, f) -> mine ? 1.0 : 0.6));
        assertThat(claim(best, "fig3a-smallest-gap").verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(claim(best, "fig3b-smallest-gap").verdict()).isEqualTo(Verdict.CONFIRMED);
        // Table 3's decoder as good as the paper's: no smallest gap to confirm.
        Fig3LegendSweep.Architecture table3 = new Fig3LegendSweep.Architecture(org.geneft.training.DecoderInput.CONCAT, 3);
        Analysis tie = legend.analyse(grid, legend(grid, (a, mine, f) -> mine || a.equals(table3) ? 1.0 : 0.6));
        assertThat(claim(tie, "fig3a-smallest-gap").verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(claim(tie, "fig3a-smallest-gap").evidence()).contains("not told apart").contains("mode 1 (concat), 3 hidden");
        // Table 3's decoder better than the paper's: refuted, naming it.
        Analysis beaten = legend.analyse(grid, legend(grid, (a, mine, f) -> a.equals(table3) ? 1.0
                : mine ? 0.9 : 0.6));
        assertThat(claim(beaten, "fig3b-smallest-gap").verdict()).isEqualTo(Verdict.REFUTED);
        assertThat(claim(beaten, "fig3b-smallest-gap").evidence()).contains("smaller gaps than mode 2 (diff), 0 hidden")
                .contains("mode 1 (concat), 3 hidden (difference +0.1000");
    }

    @Test
    void aRiseNearBOverN2IsAtItsScaleAndOneSevenTimesLaterDependsOnTheReading() {
        Fig3LegendSweep legend = new Fig3LegendSweep();
        Grid grid = legend.grid(Budget.QUICK, 1);
        // Every decoder at chance-ish 0.5 below 0.1 and perfect from 0.1: halfway (0.833 for mod 3, 0.758 for gt) is
        // crossed between 0.05 and 0.1, within a factor 3.2 of b/n^2 (0.044 and 0.120): confirmed.
        Analysis near = legend.analyse(grid, legend(grid, (a, mine, f) -> f >= 0.1 ? 1.0 : 0.5));
        Claim c = claim(near, "eq4-pc-against-data");
        assertThat(c.verdict()).as(c.evidence()).isEqualTo(Verdict.CONFIRMED);
        // Perfect only from 0.5: mod 3 crosses 0.833 at 0.2 x 2.5^(2/3) = 0.37, 8.3 times b/n^2: beyond half a
        // decade, within a decade, so mod 3 depends on the reading; gt (0.758 at 0.32, 2.7 times) holds under both.
        Analysis late = legend.analyse(grid, legend(grid, (a, mine, f) -> f >= 0.5 ? 1.0 : 0.5));
        Claim l = claim(late, "eq4-pc-against-data");
        assertThat(l.verdict()).as(l.evidence()).isEqualTo(Verdict.DEPENDS_ON_READING);
        assertThat(l.evidence()).contains("mod3: depends on the reading").contains("gt: confirmed")
                .contains("a ratio of 8.3");
    }

    @Test
    void aSlightDelayIsLaterThanTheBoundAndWithinTheFactor() {
        // The bound reaches 0.9 at 0.1; the network's interval decides.
        assertThat(Fig3Sweep.delayedRise(new InductiveGap.Rise(0.9, 0.2, 0.15, 0.25), 0.1, Math.sqrt(10)))
                .isEqualTo(Verdict.CONFIRMED);
        assertThat(Fig3Sweep.delayedRise(new InductiveGap.Rise(0.9, 0.5, 0.4, 0.6), 0.1, Math.sqrt(10)))
                .isEqualTo(Verdict.REFUTED);
        assertThat(Fig3Sweep.delayedRise(new InductiveGap.Rise(0.9, 0.5, 0.4, 0.6), 0.1, 10)).isEqualTo(Verdict.CONFIRMED);
        // An interval that reaches back to the bound shows no delay: undecided, not confirmed.
        assertThat(Fig3Sweep.delayedRise(new InductiveGap.Rise(0.9, 0.2, 0.08, 0.25), 0.1, 10))
                .isEqualTo(Verdict.UNDECIDED);
        assertThat(Fig3Sweep.delayedRise(new InductiveGap.Rise(0.9, 0.2, 0.15, 0.25), Double.POSITIVE_INFINITY, 10))
                .isEqualTo(Verdict.UNDECIDED);
    }

    @Test
    void theDelayedRiseIsJudgedPerRelationUnderFourReadings() {
        Fig3Sweep fig3 = new Fig3Sweep();
        Grid grid = fig3.grid(Budget.QUICK, 1);
        // Perfect from 0.75 only, 0.5 before: reaching 0.9 at 0.5 x 1.5^0.8 = 0.692, many times the bound's fraction.
        Analysis a = fig3.analyse(grid, plant(grid, r -> outcome(Phase.GENERALIZATION,
                r.config().trainFraction() >= 0.75 ? 1.0 : 0.5)));
        Claim c = claim(a, "fig3-delayed-rise");
        assertThat(c.verdict()).as(c.evidence()).isIn(Verdict.REFUTED, Verdict.DEPENDS_ON_READING);
        for (String reading : new String[] {"Table 3's decoder within a factor 3.16", "Table 3's decoder within a factor 10",
                "the inductive decoder within a factor 3.16", "the inductive decoder within a factor 10"})
            assertThat(c.evidence()).contains("under " + reading);
        assertThat(c.evidence()).contains("mod3: ").contains("gt: ").contains("reaches 0.90 at 0.692");
    }

    @Test
    void generalizationAboveEq12IsAViolationAndBelowItIsNot() {
        Fig6Sweep fig6 = new Fig6Sweep();
        Grid grid = fig6.grid(Budget.QUICK, 1);
        // Every seed generalizes at ratio 100, where Eq. 12 gives 0.045: 4/4 has probability 4e-6 under the bound.
        Analysis above = fig6.analyse(grid, plant(grid, r -> r.config().etaDec() / r.config().etaEnc() > 99
                ? outcome(Phase.GENERALIZATION, 1) : outcome(Phase.MEMORIZATION, 0.6)));
        // The quick budget trains a reduced model, so each reading's refutation reads "not reproduced" (EmpiricalBasis).
        assertThat(above.claims().get(0).verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(above.claims().get(0).evidence()).contains("not reproduced at this budget (3 of 21 points exceed")
                .contains("ratio 100").doesNotContain("refuted");
        Analysis below = fig6.analyse(grid, plant(grid, r -> outcome(Phase.MEMORIZATION, 0.6)));
        assertThat(below.claims().get(0).verdict()).isEqualTo(Verdict.REPRODUCED);
    }

    @Test
    void aViolationUnderOneReadingOfSigmaOnlyDependsOnTheReading() {
        Fig6Sweep fig6 = new Fig6Sweep();
        Grid grid = fig6.grid(Budget.QUICK, 1);
        // Every seed generalizes at init 3, ratio 1 only. With sigma_a = sigma_c Eq. 12 gives 0.392 there (4/4 has
        // probability 0.024, above the Bonferroni level 0.05/21); with sigma_c = 3, sigma_a = 1 it gives 0.147
        // (4/4: 4.7e-4, below it): refuted under one reading only.
        Analysis a = fig6.analyse(grid, plant(grid, r -> r.config().initScale() == 3
                && Math.abs(r.config().etaDec() / r.config().etaEnc() - 1) < 1e-9
                ? outcome(Phase.GENERALIZATION, 1) : outcome(Phase.MEMORIZATION, 0.6)));
        Claim c = a.claims().get(0);
        assertThat(c.verdict()).as(c.evidence()).isEqualTo(Verdict.DEPENDS_ON_READING);
        assertThat(c.evidence()).contains(
                "under sigma_a = sigma_c (the paper's single line): reproduced at this budget (0 of 21",
                "under sigma_c = the init scale, sigma_a = 1 (the scale acts on the embeddings only): not reproduced "
                        + "at this budget (1 of 21",
                "init 3.00, ratio 1.00: 4/4 generalized vs Eq. 12 0.147");
    }

    @Test
    void aDropAtTheSmallestRatioIsTheLowerLimitAndNoDropDecidesNothing() {
        Fig6Sweep fig6 = new Fig6Sweep();
        Grid grid = fig6.grid(Budget.QUICK, 1);
        double smallest = grid.runs().stream().mapToDouble(r -> r.config().etaDec() / r.config().etaEnc()).min().orElseThrow();
        // Every seed memorizes at the smallest ratio and generalizes at the others: a lower limit, beyond chance.
        Analysis drop = fig6.analyse(grid, plant(grid, r -> r.config().etaDec() / r.config().etaEnc() < smallest * 1.001
                ? outcome(Phase.MEMORIZATION, 0.6) : outcome(Phase.GENERALIZATION, 1)));
        Claim seen = claim(drop, "fig6-lower-limit");
        assertThat(seen.verdict()).as(seen.evidence()).isEqualTo(Verdict.CONFIRMED);
        assertThat(seen.evidence()).contains("0/4 at ratio 0.100, best 4/4");
        // Generalizing everywhere at the low end: undecided (a limit further down is not excluded), not confirmed.
        Analysis flat = fig6.analyse(grid, plant(grid, r -> outcome(Phase.GENERALIZATION, 1)));
        assertThat(claim(flat, "fig6-lower-limit").verdict()).isEqualTo(Verdict.UNDECIDED);
    }

    @Test
    void aPlantedSlopeOneBoundaryIsFittedAsSlopeOneAndTaskIndependent() {
        Fig5Sweep fig5 = new Fig5Sweep();
        Grid grid = fig5.grid(Budget.QUICK, 1);
        // Generalize iff eta_dec/eta_enc < 10^1.2, memorize above: slope 1, intercept 1.2 for every relation.
        Analysis a = fig5.analyse(grid, plant(grid, r -> Math.log10(r.config().etaDec() / r.config().etaEnc()) < 1.2
                ? outcome(Phase.GENERALIZATION, 1) : outcome(Phase.MEMORIZATION, 0.6)));
        assertThat(claim(a, "fig5-slope").verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(claim(a, "fig5-slope").evidence()).contains("slope 1.000").contains("the slope is +1, not -1");
        assertThat(claim(a, "fig5-intercept").verdict()).isEqualTo(Verdict.CONFIRMED);
        DataTable fit = a.tables().get(1);
        // The boundary lies between the grid's 10^1 and 10^1.5 ratios; p_gen jumps 1 -> 0, interpolated to the middle.
        assertThat(fit.rows().get(3).get(8)).isEqualTo(1.25);
        // Where the common line sits against Eq. 12 is said, not left for the reader: 1.25 against -0.30.
        assertThat(claim(a, "fig5-intercept").evidence()).contains("sits 1.55 decades above Eq. 12's log10(1/2) = -0.30");
        // A critical ratio of 10^1.25 = 18 with no scatter: significantly above the rule of thumb's 10.
        assertThat(claim(a, "fig5-rule-of-thumb").verdict()).isEqualTo(Verdict.REFUTED);
        // At 10^0.7 it is below 10: confirmed.
        Analysis below = fig5.analyse(grid, plant(grid, r -> Math.log10(r.config().etaDec() / r.config().etaEnc()) < 0.7
                ? outcome(Phase.GENERALIZATION, 1) : outcome(Phase.MEMORIZATION, 0.6)));
        assertThat(claim(below, "fig5-rule-of-thumb").verdict()).as(claim(below, "fig5-rule-of-thumb").evidence())
                .isEqualTo(Verdict.CONFIRMED);
        // Planted slope -1 (eta_dec * eta_enc < 10^-5.3): refuted against Eq. 12, as the text's -1 would be.
        Analysis minus = fig5.analyse(grid, plant(grid, r -> Math.log10(r.config().etaDec() * r.config().etaEnc()) < -5.3
                ? outcome(Phase.GENERALIZATION, 1) : outcome(Phase.MEMORIZATION, 0.6)));
        assertThat(claim(minus, "fig5-slope").verdict()).isEqualTo(Verdict.REFUTED);
        assertThat(claim(minus, "fig5-slope").evidence()).contains("the slope is -1, not Eq. 12's +1");
    }

    @Test
    void aSlopeThatCannotExcludeZeroIsUndecidedNotConfirmed() {
        // Issue 21: a slope of 0.4 +- 0.42 has Eq. 12's +1 within 3 errors, but also 0 (no dependence on eta_enc).
        Fig5Sweep fig5 = new Fig5Sweep();
        Grid grid = fig5.grid(Budget.QUICK, 1);
        java.util.Map<Long, Double> threshold = java.util.Map.of(-40L, -3.2, -35L, -1.7, -30L, -2.7, -25L, -1.7, -20L, -2.2);
        Analysis a = fig5.analyse(grid, plant(grid, r -> {
            if (!r.relation().equals("mod:3")) return outcome(Phase.GENERALIZATION, 1);
            double t = threshold.get(Math.round(10 * Math.log10(r.config().etaEnc())));
            return Math.log10(r.config().etaDec()) < t ? outcome(Phase.GENERALIZATION, 1) : outcome(Phase.MEMORIZATION, 0.6);
        }));
        assertThat(claim(a, "fig5-slope").verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(claim(a, "fig5-slope").evidence()).contains("but so is 0: the grid cannot decide");
    }

    @Test
    void aBoundaryThatLeavesTheGridUnderWeightDecayIsAWdDependence() {
        Fig8Sweep fig8 = new Fig8Sweep();
        Grid grid = fig8.grid(Budget.QUICK, 1);
        // Same boundary (eta_dec 10^-2.25) for every weight decay: independent.
        Analysis same = fig8.analyse(grid, plant(grid, r -> Math.log10(r.config().etaDec()) < -2.25
                ? outcome(Phase.GENERALIZATION, 1) : outcome(Phase.MEMORIZATION, 0.6)));
        assertThat(same.claims().get(0).verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(same.tables().get(1).rows()).allSatisfy(row -> assertThat((Double) row.get(1))
                .isCloseTo(Math.pow(10, -2.25), org.assertj.core.api.Assertions.within(1e-12)));
        // With wd_dec >= 0.1 every seed generalizes up to the grid's top: the boundary moved out, > 1 decade.
        Analysis moved = fig8.analyse(grid, plant(grid, r -> r.config().wdDec() >= 0.1
                || Math.log10(r.config().etaDec()) < -2.25 ? outcome(Phase.GENERALIZATION, 1) : outcome(Phase.MEMORIZATION, 0.6)));
        assertThat(moved.claims().get(0).verdict()).isEqualTo(Verdict.REFUTED);
        assertThat(moved.claims().get(0).evidence()).contains("wd 0.100: above the grid");
        assertThat(moved.tables().get(1).rows().get(2).get(1)).isNull();
    }
}
