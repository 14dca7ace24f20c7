package org.geneft.experiments;

import org.geneft.aut.NautyAutomorphisms;
import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Verdict;
import org.geneft.graph.Digraph;
import org.geneft.graph.PropertyDetector;
import org.geneft.graph.RelationFamily;
import org.geneft.graph.RelationProperties;
import org.geneft.statics.StaticBounds;
import org.geneft.statics.montecarlo.AccuracyBoundCurve;
import org.geneft.statics.montecarlo.BoundSettings;
import org.geneft.statics.montecarlo.CurvePoint;
import org.geneft.statics.montecarlo.Estimate;
import org.geneft.training.DecoderInput;
import org.geneft.training.TrainConfig;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.geneft.experiments.Protocol.fmt;
import static org.geneft.experiments.Protocol.row;

/**
 * Fig. 3's legend: the paper compares decoders that differ in how the two embeddings are combined (its modes 1-3:
 * concat, diff, sqdiff) and in their number of hidden layers, and says the inductive gap is the smallest for mode 3
 * with no hidden layer (mod 3) and for mode 2 with none (greater-than). The legend itself is not in the text, so this
 * sweep trains every mode at 0, 1 and 3 hidden layers of width 50 (the last with concat is Table 3's decoder), on
 * fractions from below Eq. 4's critical fraction to where the bound is reached, with Fig. 3's training protocol.
 * The same runs place the networks' rise against Eq. 4's scale b/n².
 */
final class Fig3LegendSweep implements FigureSweep {
    static final String FIGURE = "fig3-legend";
    static final String[] RELATIONS = Fig3Sweep.RELATIONS;
    static final DecoderInput[] MODES = {DecoderInput.CONCAT, DecoderInput.DIFF, DecoderInput.SQDIFF};
    /** Paired gap differences beyond this many standard errors are significant (as fig3-inductive-bias). */
    static final double Z = 3;
    record Plan(double[] fractions, int seeds, long steps, int[] depths, int width, int samplings) { }

    static Plan plan(Budget b) {
        return switch (b) {
            case SMOKE -> new Plan(new double[] {0.1, 0.5}, 1, 200, new int[] {0, 1}, 8, 2);
            case QUICK -> new Plan(new double[] {0.05, 0.1, 0.2, 0.5}, 2, 1_500, new int[] {0, 1, 3}, 50, 8);
            case PAPER -> new Plan(new double[] {0.02, 0.05, 0.1, 0.2, 0.3, 0.5}, 3, Protocol.PAPER_STEPS,
                    new int[] {0, 1, 3}, 50, 20);
        };
    }

    public String figure() {
        return FIGURE;
    }

    /** A decoder of the legend: its mode and number of hidden layers. */
    record Architecture(DecoderInput mode, int depth) {
        /** The paper's mode number: 1 concat, 2 diff, 3 sqdiff. */
        int modeNumber() {
            return mode.ordinal() + 1;
        }

        /** A one-word name for tables and plots: m3h0 for mode 3 with no hidden layer. */
        String key() {
            return "m" + modeNumber() + "h" + depth;
        }

        String label() {
            return "mode " + modeNumber() + " (" + mode.spec() + "), " + depth + " hidden";
        }

        static Architecture of(TrainConfig c) {
            return new Architecture(c.mode(), c.depth());
        }
    }

    static List<Architecture> architectures(Plan p) {
        List<Architecture> a = new ArrayList<>();
        for (DecoderInput m : MODES) for (int d : p.depths) a.add(new Architecture(m, d));
        return a;
    }

    /** The architecture the paper names as having the smallest gap for a relation. */
    static Architecture claimed(String relation) {
        return new Architecture(relation.equals("gt") ? DecoderInput.DIFF : DecoderInput.SQDIFF, 0);
    }

    public Grid grid(Budget budget, long seed) {
        Plan p = plan(budget);
        int n = Protocol.n(budget);
        List<RunSpec> runs = new ArrayList<>();
        for (String rel : RELATIONS)
            for (Architecture a : architectures(p))
                for (double f : p.fractions)
                    for (int s = 0; s < p.seeds; s++)
                        runs.add(new RunSpec(FIGURE, rel, n, TrainConfig.builder().mode(a.mode()).depth(a.depth())
                                .width(p.width).trainFraction(f).steps(p.steps).earlyStop(false)
                                .seed(Grid.replicateSeed(seed, s)).build(), s));
        return new Grid(FIGURE, budget, seed, runs, fmt("Fig. 3's legend: mod 3 and greater-than, n = %d; decoders of "
                        + "modes 1-3 (concat, diff, sqdiff) with %s hidden layers of width %d (d = 2); fractions %s; %d "
                        + "seed(s), the same training sets for every decoder; %d steps without early stop, learning rates "
                        + "1e-3; accuracy over all n^2 pairs against Appendix D's Monte Carlo bound over %d training sets",
                n, java.util.Arrays.toString(p.depths), p.width, java.util.Arrays.toString(p.fractions), p.seeds,
                p.steps, p.samplings));
    }

    public Analysis analyse(Grid grid, Map<String, RunOutcome> outcomes) {
        Plan p = plan(grid.budget());
        int n = Protocol.n(grid.budget());
        List<Architecture> archs = architectures(p);
        List<List<Object>> accRows = new ArrayList<>(), gapRows = new ArrayList<>(), riseRows = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<ScaleReading> scale = new ArrayList<>();
        String skip = Protocol.notCheckable(grid, outcomes.size());
        for (String rel : RELATIONS) {
            Digraph g = RelationFamily.parse(rel).graph(n);
            RelationProperties props = new PropertyDetector().detect(g);
            StaticBounds s = StaticBounds.compute(g, props, new NautyAutomorphisms().automorphisms(g), List.of(0.9),
                    p.fractions);
            List<CurvePoint> mc = AccuracyBoundCurve.compute(props.relationClass().orElseThrow(), p.fractions,
                    p.samplings, grid.seed(), EnumSet.of(org.geneft.statics.montecarlo.Method.APPENDIX_D),
                    BoundSettings.defaults(), Runtime.getRuntime().availableProcessors());
            double[] bound = mc.stream().mapToDouble(c -> c.appendixD().mean()).toArray();
            double chance = InductiveGap.chance(g);
            // acc[a][f] = decoder a's accuracies over all pairs at fraction f, one per seed (in seed order).
            double[][][] acc = new double[archs.size()][p.fractions.length][];
            for (int ai = 0; ai < archs.size(); ai++) {
                Architecture a = archs.get(ai);
                for (int fi = 0; fi < p.fractions.length; fi++) {
                    List<Double> v = new ArrayList<>();
                    for (RunSpec r : grid.runs())
                        if (r.relation().equals(rel) && Architecture.of(r.config()).equals(a)
                                && r.config().trainFraction() == p.fractions[fi] && outcomes.containsKey(r.key()))
                            v.add(outcomes.get(r.key()).fullAcc());
                    acc[ai][fi] = v.stream().mapToDouble(Double::doubleValue).toArray();
                    if (v.isEmpty()) continue;
                    Estimate e = Estimate.of(acc[ai][fi]);
                    accRows.add(row(Fig3Sweep.label(rel), a.modeNumber(), a.mode().spec(), a.depth(), p.fractions[fi],
                            v.size(), e.mean(), e.standardError(), bound[fi], a.key(), s.transitionFraction()));
                }
            }
            if (!InductiveGap.complete(acc)) continue;
            InductiveGap gaps = new InductiveGap(p.fractions, bound, chance, acc);
            for (int ai = 0; ai < archs.size(); ai++) {
                Estimate e = gaps.gap(ai);
                InductiveGap.Rise r = gaps.halfRise(ai);
                gapRows.add(row(Fig3Sweep.label(rel), archs.get(ai).modeNumber(), archs.get(ai).mode().spec(),
                        archs.get(ai).depth(), e.mean(), e.standardError()));
                riseRows.add(row(Fig3Sweep.label(rel), archs.get(ai).modeNumber(), archs.get(ai).mode().spec(),
                        archs.get(ai).depth(), r.level(), Protocol.cell(r.mean()), Protocol.cell(r.earliest()),
                        Protocol.cell(r.latest()), s.transitionFraction()));
            }
            if (skip != null) continue;
            claims.add(smallestGap(rel, archs, gaps, grid));
            int table3 = archs.indexOf(new Architecture(DecoderInput.CONCAT, 3));
            int best = gaps.earliestRise();
            scale.add(new ScaleReading(rel, "Table 3's decoder", gaps.halfRise(table3), s.transitionFraction()));
            scale.add(new ScaleReading(rel, "the earliest-rising decoder (" + archs.get(best).label() + ")",
                    gaps.halfRise(best), s.transitionFraction()));
        }
        if (skip != null) {
            claims.add(new Claim(SMALLEST_GAP_ID[0], smallestGapStatement(RELATIONS[0]), WHERE[0], Method.EMPIRICAL,
                    Verdict.NOT_CHECKED, skip));
            claims.add(new Claim(SMALLEST_GAP_ID[1], smallestGapStatement(RELATIONS[1]), WHERE[1], Method.EMPIRICAL,
                    Verdict.NOT_CHECKED, skip));
            claims.add(new Claim(PC_ID, PC_STATEMENT, PC_WHERE, Method.EMPIRICAL, Verdict.NOT_CHECKED, skip));
        } else claims.add(scaleClaim(scale, grid));
        List<DataTable> tables = List.of(
                new DataTable("fig3-legend", List.of("relation", "mode", "mode_name", "hidden_layers", "fraction", "seeds",
                        "acc_mean", "acc_stderr", "mc_bound", "decoder", "b_over_n2"), accRows),
                new DataTable("fig3-legend-gap", List.of("relation", "mode", "mode_name", "hidden_layers", "gap_mean",
                        "gap_stderr"), gapRows),
                new DataTable("fig3-legend-rise", List.of("relation", "mode", "mode_name", "hidden_layers", "half_level",
                        "half_rise", "half_rise_earliest", "half_rise_latest", "b_over_n2"), riseRows));
        return new Analysis(claims, tables);
    }

    static final String[] SMALLEST_GAP_ID = {"fig3a-smallest-gap", "fig3b-smallest-gap"};
    private static final String[] WHERE = {"Sec. III, Fig. 3(a)", "Sec. III, Fig. 3(b)"};
    static final String PC_ID = "eq4-pc-against-data";
    private static final String PC_STATEMENT = "the networks' accuracy rises at the scale of Eq. 4's critical fraction "
            + "(the vertical lines of Fig. 3 at b/n², Eq. 4's p_c for alpha = 1 - 1/e)";
    private static final String PC_WHERE = "Sec. III, Eq. 4, Fig. 3";

    private static String smallestGapStatement(String relation) {
        return relation.equals("gt")
                ? "the inductive gap is the smallest for a network in mode 2 with 0 hidden layers among Fig. 3(b)'s "
                        + "architectures (greater-than)"
                : "the inductive gap is the smallest for a network in mode 3 with 0 hidden layers among Fig. 3(a)'s "
                        + "architectures (mod 3)";
    }

    /**
     * Confirmed when the paper's architecture has a smaller gap than every other one beyond 3 standard errors of the
     * paired differences (same training sets; pooled over fractions and seeds), refuted when another one is smaller
     * beyond them, otherwise undecided, with the architectures it cannot be told from.
     */
    private static Claim smallestGap(String rel, List<Architecture> archs, InductiveGap gaps, Grid grid) {
        int i = RELATIONS[0].equals(rel) ? 0 : 1;
        Architecture mine = claimed(rel);
        int m = archs.indexOf(mine);
        StringBuilder ties = new StringBuilder(), better = new StringBuilder(), all = new StringBuilder();
        for (int ai = 0; ai < archs.size(); ai++) {
            Estimate g = gaps.gap(ai);
            all.append(fmt("%s %.4f +- %.4f; ", archs.get(ai).label(), g.mean(), g.standardError()));
            if (ai == m) continue;
            Estimate d = gaps.pairedDifference(m, ai);
            String text = fmt("%s (difference %+.4f +- %.4f); ", archs.get(ai).label(), d.mean(), d.standardError());
            if (d.mean() > Z * d.standardError()) better.append(text);
            else if (d.mean() >= -Z * d.standardError()) ties.append(text); // an exact tie is no smaller gap
        }
        Verdict v = better.length() > 0 ? Verdict.REFUTED : ties.length() > 0 ? Verdict.UNDECIDED : Verdict.CONFIRMED;
        String lead = switch (v) {
            case REFUTED -> "smaller gaps than " + mine.label() + ", beyond 3 standard errors of the paired difference: "
                    + better;
            case UNDECIDED -> mine.label() + " is not told apart (3 standard errors of the paired difference) from: " + ties;
            default -> mine.label() + " has the smallest gap, beyond 3 standard errors of the paired difference to every "
                    + "other architecture. ";
        };
        return new Claim(SMALLEST_GAP_ID[i], smallestGapStatement(rel), WHERE[i], Method.EMPIRICAL, v, lead
                + "Gap = the accuracy over all pairs below Appendix D's bound, averaged over the fractions: " + all
                + grid.protocol());
    }

    /** The factors "at the scale" is read as: half a decade and a decade of the figures' log fraction axis. */
    static final double[] SCALE_FACTORS = {Math.sqrt(10), 10};

    /** One reference decoder's rise for "the rise is at the scale b/n²". */
    record ScaleReading(String relation, String decoder, InductiveGap.Rise rise, double transition) {
        String describe() {
            return fmt("accuracy reaches %.3f (halfway from chance to 1) at fraction %s (interval %s to %s) against "
                    + "b/n^2 = %.4f, a ratio of %s", rise.level(), num(rise.mean()), num(rise.earliest()),
                    num(rise.latest()), transition, num(rise.mean() / transition));
        }
    }

    static String num(double x) {
        return Double.isFinite(x) ? fmt("%.3g", x) : x > 0 ? "beyond the grid" : "below the grid";
    }

    /**
     * One reading per relation and reference decoder (Table 3's, and the one whose accuracy rises first), combined by
     * the reading rule: the claim fails only if it fails for every reference decoder of some relation.
     */
    private static Claim scaleClaim(List<ScaleReading> readings, Grid grid) {
        StringBuilder ev = new StringBuilder();
        List<Verdict> perRelation = new ArrayList<>();
        for (String rel : RELATIONS) {
            org.geneft.claims.Readings mine = new org.geneft.claims.Readings();
            for (ScaleReading r : readings)
                if (r.relation().equals(rel)) {
                    String numbers = r.describe();
                    for (double factor : SCALE_FACTORS) {
                        mine.add(r.decoder() + " within a factor " + num(factor), r.rise().withinFactor(r.transition(),
                                factor), numbers);
                        numbers = ""; // said once per decoder
                    }
                }
            perRelation.add(mine.verdict());
            ev.append(Fig3Sweep.label(rel)).append(": ").append(mine.verdict().words()).append(" (")
                    .append(mine.evidence()).append("). ");
        }
        // The claim is made for every relation: it holds where it holds for each, fails where it fails for one.
        Verdict v = perRelation.contains(Verdict.REFUTED) ? Verdict.REFUTED
                : perRelation.stream().allMatch(x -> x == Verdict.CONFIRMED) ? Verdict.CONFIRMED
                : perRelation.contains(Verdict.DEPENDS_ON_READING) ? Verdict.DEPENDS_ON_READING : Verdict.UNDECIDED;
        return new Claim(PC_ID, PC_STATEMENT, PC_WHERE, Method.EMPIRICAL, v, "'at the scale' read as within a factor "
                + "sqrt(10) (half a decade) or 10 (a decade) of b/n^2, for Table 3's decoder and for the one that rises "
                + "first (one reading each); the half-rise interval from the mean accuracy +- t(95%) standard errors, interpolated in log "
                + "fraction. " + ev + grid.protocol());
    }
}
