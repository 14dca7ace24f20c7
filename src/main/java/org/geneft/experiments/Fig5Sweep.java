package org.geneft.experiments;

import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Verdict;
import org.geneft.training.Phase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static org.geneft.experiments.Protocol.cell;
import static org.geneft.experiments.Protocol.fmt;
import static org.geneft.experiments.Protocol.row;

/**
 * Fig. 5: the phase over (η_enc, η_dec) for mod 3, greater-than and complete bipartite; the generalization /
 * memorization boundary fitted in log-log and compared with Eq. 12 (slope +1, task-independent intercept) and the
 * rule of thumb η_dec/η_enc ≲ 10.
 */
final class Fig5Sweep implements FigureSweep {
    static final String FIGURE = "fig5";
    /** Eq. 12's p = 1/2 line with σ_a = σ_c: η_dec/η_enc = (σ_a/σ_c)²/2, so log10 η_dec = log10 η_enc + log10(1/2). */
    static final double EQ12_INTERCEPT = Math.log10(0.5);
    /** Deviations beyond this many standard errors count as significant. */
    static final double Z = 3;

    public String figure() {
        return FIGURE;
    }

    static String[] relations(int n) {
        return new String[] {"mod:3", "gt", "bipartite:" + n / 2};
    }

    /** The table's short name of a relation. */
    static String label(String relation) {
        if (relation.equals("mod:3")) return "mod3";
        if (relation.startsWith("bipartite:")) return "bipartite";
        return relation;
    }

    record Axes(double[] etaEnc, double[] etaDec, double decStep, int seeds) { }

    static Axes axes(Budget b) {
        return switch (b) {
            case SMOKE -> new Axes(Protocol.logGrid(-3, -2, 1), Protocol.logGrid(-3, -1, 1), 1, 1);
            case QUICK -> new Axes(Protocol.logGrid(-4, -2, 0.5), Protocol.logGrid(-4, -1, 0.5), 0.5, 2);
            case PAPER -> new Axes(Protocol.logGrid(-5, -1, 0.5), Protocol.logGrid(-5, -1, 0.5), 0.5, 3);
        };
    }

    public Grid grid(Budget budget, long seed) {
        Axes a = axes(budget);
        int n = Protocol.n(budget);
        List<RunSpec> runs = new ArrayList<>();
        for (String rel : relations(n))
            for (double enc : a.etaEnc)
                for (double dec : a.etaDec)
                    for (int s = 0; s < a.seeds; s++)
                        runs.add(new RunSpec(FIGURE, rel, n, Protocol.phaseDiagramModel(budget).etaEnc(enc).etaDec(dec)
                                .seed(Grid.replicateSeed(seed, s)).build(), s));
        String protocol = fmt("mod 3, greater-than, complete bipartite; %s; eta_enc 10^%.1f..10^%.1f x eta_dec "
                        + "10^%.1f..10^%.1f (%d x %d log grid), %d seed(s) per cell; early stop once the phase is decided",
                Protocol.phaseDiagramWords(budget), Math.log10(a.etaEnc[0]), Math.log10(a.etaEnc[a.etaEnc.length - 1]),
                Math.log10(a.etaDec[0]), Math.log10(a.etaDec[a.etaDec.length - 1]), a.etaEnc.length, a.etaDec.length, a.seeds);
        return new Grid(FIGURE, budget, seed, runs, protocol);
    }

    /** The boundary points of one relation: (log10 η_enc, log10 η_dec at the crossing). */
    record Points(List<Double> x, List<Double> y) {
        double[] xs() { return x.stream().mapToDouble(Double::doubleValue).toArray(); }
        double[] ys() { return y.stream().mapToDouble(Double::doubleValue).toArray(); }
    }

    public Analysis analyse(Grid grid, Map<String, RunOutcome> outcomes) {
        Axes a = axes(grid.budget());
        int n = Protocol.n(grid.budget());
        Map<String, PhaseCell[][]> cells = new LinkedHashMap<>();
        for (String rel : relations(n)) cells.put(rel, new PhaseCell[a.etaEnc.length][a.etaDec.length]);
        Map<String, List<RunOutcome>> byCell = new LinkedHashMap<>();
        for (RunSpec r : grid.runs()) {
            RunOutcome o = outcomes.get(r.key());
            if (o == null) continue;
            byCell.computeIfAbsent(r.relation() + "|" + r.config().etaEnc() + "|" + r.config().etaDec(),
                    k -> new ArrayList<>()).add(o);
        }
        List<List<Object>> phaseRows = new ArrayList<>();
        for (String rel : relations(n))
            for (int i = 0; i < a.etaEnc.length; i++)
                for (int j = 0; j < a.etaDec.length; j++) {
                    List<RunOutcome> runs = byCell.get(rel + "|" + a.etaEnc[i] + "|" + a.etaDec[j]);
                    if (runs == null) continue;
                    PhaseCell c = PhaseCell.of(runs);
                    cells.get(rel)[i][j] = c;
                    phaseRows.add(row(label(rel), a.etaEnc[i], a.etaDec[j], c.seeds(), c.generalization(), c.grokking(),
                            c.memorization(), c.confusion(), c.majority().spec(), c.pGen()));
                }
        double[] logDec = new double[a.etaDec.length];
        for (int j = 0; j < logDec.length; j++) logDec[j] = Math.log10(a.etaDec[j]);
        Map<String, Points> points = new LinkedHashMap<>();
        Points all = new Points(new ArrayList<>(), new ArrayList<>());
        for (String rel : relations(n)) {
            Points p = new Points(new ArrayList<>(), new ArrayList<>());
            for (int i = 0; i < a.etaEnc.length; i++) {
                OptionalDouble x = PhaseBoundary.crossing(logDec, cells.get(rel)[i]);
                if (x.isEmpty()) continue;
                p.x.add(Math.log10(a.etaEnc[i]));
                p.y.add(x.getAsDouble());
            }
            points.put(rel, p);
            all.x.addAll(p.x);
            all.y.addAll(p.y);
        }
        List<List<Object>> fitRows = new ArrayList<>();
        Map<String, BoundaryFit> fits = new LinkedHashMap<>();
        Map<String, LineFit> slopeOne = new LinkedHashMap<>();
        for (String rel : relations(n)) fitRow(label(rel), points.get(rel), a.decStep, fitRows, fits, slopeOne);
        fitRow("all", all, a.decStep, fitRows, fits, slopeOne);

        List<String> fitColumns = List.of("relation", "slope", "slope_stderr", "intercept", "intercept_stderr", "points",
                "eq12_slope", "eq12_intercept", "intercept_slope1", "intercept_slope1_stderr");
        List<DataTable> tables = List.of(
                new DataTable("fig5-phases", List.of("relation", "eta_enc", "eta_dec", "seeds", "generalization",
                        "grokking", "memorization", "confusion", "phase", "p_gen"), phaseRows),
                new DataTable("fig5-fit", fitColumns, fitRows));
        String skip = Protocol.notCheckable(grid, outcomes.size());
        return new Analysis(List.of(slopeClaim(skip, fits, grid), interceptClaim(skip, slopeOne, grid),
                ruleClaim(skip, slopeOne.get("all"), cells, a, grid)), tables);
    }

    private static void fitRow(String label, Points p, double step, List<List<Object>> rows, Map<String, BoundaryFit> fits,
            Map<String, LineFit> slopeOne) {
        int k = p.x.size();
        boolean line = k >= 2 && p.x.stream().distinct().count() >= 2;
        BoundaryFit f = line ? BoundaryFit.fit(p.xs(), p.ys(), step) : null;
        LineFit one = k >= 1 ? BoundaryFit.slopeOne(p.xs(), p.ys(), step) : null;
        if (f != null) fits.put(label, f);
        if (one != null) slopeOne.put(label, one);
        rows.add(row(label, f == null ? null : cell(f.line().slope()), f == null ? null : cell(f.slopeError()),
                f == null ? null : cell(f.line().intercept()), f == null ? null : cell(f.interceptError()), k, 1.0,
                EQ12_INTERCEPT, one == null ? null : cell(one.intercept()), one == null ? null : cell(one.interceptStderr())));
    }

    private static String where() {
        return "Fig. 5, Sec. IV";
    }

    /** A standard error in words: too few points estimate none (the fits give NaN then). */
    private static String error(double stderr) {
        return Double.isFinite(stderr) ? fmt("%.2f", stderr) : "undetermined";
    }

    private static Claim slopeClaim(String skip, Map<String, BoundaryFit> fits, Grid grid) {
        String statement = "the generalization/memorization boundary is a line of slope 1 in log eta_dec against "
                + "log eta_enc, as Eq. 12 predicts (the ratio alone matters; the caption says slope-1, the text says -1)";
        StringBuilder per = new StringBuilder();
        for (Map.Entry<String, BoundaryFit> e : fits.entrySet())
            if (!e.getKey().equals("all"))
                per.append(fmt("%s %.2f +- %s (%d points); ", e.getKey(), e.getValue().line().slope(),
                        error(e.getValue().slopeError()), e.getValue().line().points()));
        BoundaryFit f = fits.get("all");
        if (skip != null) return new Claim("fig5-slope", statement, where(), Method.EMPIRICAL, Verdict.NOT_CHECKED, skip);
        if (f == null || !Double.isFinite(f.slopeError()))
            return new Claim("fig5-slope", statement, where(), Method.EMPIRICAL, Verdict.NOT_CHECKED,
                    "fewer than 3 boundary points inside the grid (" + (f == null ? 0 : f.line().points())
                            + "): the slope cannot be fitted with an error; " + grid.protocol());
        double s = f.line().slope(), se = f.slopeError();
        double zPlus = (s - 1) / se, zMinus = (s + 1) / se, zZero = s / se;
        boolean plusOne = Math.abs(zPlus) <= Z;
        // A confirmation must exclude the plausible alternatives: no dependence on eta_enc (slope 0) and the text's -1.
        boolean decided = Math.abs(zZero) > Z && Math.abs(zMinus) > Z;
        String evidence = fmt("pooled fit over the three relations: slope %.3f +- %.3f (%d boundary points; error = OLS "
                        + "and the grid's resolution combined); per relation: %s"
                        + "Eq. 12's +1 is %.1f standard errors away, the text's -1 is %.1f away, 0 (no dependence on "
                        + "eta_enc) %.1f away: %s. Boundary: for each "
                        + "eta_enc, the eta_dec where the fraction of generalizing seeds falls through 1/2 into "
                        + "memorization, interpolated in log space. %s",
                s, se, f.line().points(), per, Math.abs(zPlus), Math.abs(zMinus), Math.abs(zZero),
                plusOne ? (decided ? "the slope is +1, not -1 and not 0"
                        : "+1 is within 3 errors, but so is " + (Math.abs(zZero) <= Z ? "0" : "-1") + ": the grid cannot decide")
                        : (Math.abs(zMinus) <= Z ? "the slope is -1, not Eq. 12's +1" : "neither +1 nor -1"),
                grid.protocol());
        return new Claim("fig5-slope", statement, where(), Method.EMPIRICAL,
                !plusOne ? Verdict.REFUTED : decided ? Verdict.CONFIRMED : Verdict.UNDECIDED, evidence);
    }

    private static Claim interceptClaim(String skip, Map<String, LineFit> slopeOne, Grid grid) {
        String statement = "the boundary has the same intercept for every task (Eq. 12 depends on the initialization "
                + "and the learning-rate ratio only)";
        if (skip != null) return new Claim("fig5-intercept", statement, where(), Method.EMPIRICAL, Verdict.NOT_CHECKED, skip);
        List<String> rels = new ArrayList<>(), left = new ArrayList<>();
        for (String k : slopeOne.keySet())
            if (!k.equals("all")) (slopeOne.get(k).points() >= 2 ? rels : left).add(k);
        // A relation without a boundary inside the grid is not silently dropped: the comparison says it is out.
        String out = left.isEmpty() ? "" : fmt("left out (fewer than two boundary points inside the grid): %s; ",
                String.join(", ", left));
        if (rels.size() < 2)
            return new Claim("fig5-intercept", statement, where(), Method.EMPIRICAL, Verdict.NOT_CHECKED,
                    "fewer than two relations have two or more boundary points inside the grid; " + out + grid.protocol());
        StringBuilder per = new StringBuilder();
        for (String r : rels)
            per.append(fmt("%s %.2f +- %s (%d points); ", r, slopeOne.get(r).intercept(),
                    error(slopeOne.get(r).interceptStderr()), slopeOne.get(r).points()));
        double worst = 0;
        String pair = "";
        for (int i = 0; i < rels.size(); i++)
            for (int j = i + 1; j < rels.size(); j++) {
                LineFit p = slopeOne.get(rels.get(i)), q = slopeOne.get(rels.get(j));
                double z = Math.abs(p.intercept() - q.intercept())
                        / Math.hypot(p.interceptStderr(), q.interceptStderr());
                if (z > worst) { worst = z; pair = rels.get(i) + " vs " + rels.get(j); }
            }
        boolean same = worst <= Z;
        // Task-independence is the claim; where the common line sits against Eq. 12 is stated beside it.
        LineFit all = slopeOne.get("all");
        String eq12 = all == null || all.points() < 2 ? fmt("Eq. 12 with sigma_a = sigma_c puts it at log10(1/2) = %.2f",
                EQ12_INTERCEPT) : fmt("the common intercept %.2f +- %s sits %.2f decades %s Eq. 12's log10(1/2) = %.2f "
                        + "(sigma_a = sigma_c, eta_x = eta_enc, eta_A = eta_dec)", all.intercept(),
                error(all.interceptStderr()), Math.abs(all.intercept() - EQ12_INTERCEPT),
                all.intercept() >= EQ12_INTERCEPT ? "above" : "below", EQ12_INTERCEPT);
        return new Claim("fig5-intercept", statement, where(), Method.EMPIRICAL, same ? Verdict.CONFIRMED : Verdict.REFUTED,
                fmt("intercept of the slope-1 line, log10(eta_dec/eta_enc) on the boundary: %s%slargest difference %.1f "
                        + "standard errors (%s)%s. %s. %s",
                        per, out, worst, pair, same ? ", within 3: task-independent" : ", beyond 3: the tasks differ",
                        eq12, grid.protocol()));
    }

    private static Claim ruleClaim(String skip, LineFit pooled, Map<String, PhaseCell[][]> cells, Axes a, Grid grid) {
        String statement = "as a rule of thumb, generalization requires eta_dec/eta_enc <~ 10";
        if (skip != null) return new Claim("fig5-rule-of-thumb", statement, where(), Method.EMPIRICAL, Verdict.NOT_CHECKED, skip);
        if (pooled == null || pooled.points() < 2)
            return new Claim("fig5-rule-of-thumb", statement, where(), Method.EMPIRICAL, Verdict.NOT_CHECKED,
                    "fewer than two boundary points inside the grid; " + grid.protocol());
        int above = 0, aboveGen = 0;
        for (PhaseCell[][] g : cells.values())
            for (int i = 0; i < a.etaEnc.length; i++)
                for (int j = 0; j < a.etaDec.length; j++) {
                    PhaseCell c = g[i][j];
                    if (c == null || a.etaDec[j] / a.etaEnc[i] <= 10 * (1 + 1e-9)) continue;
                    above++;
                    Phase m = c.majority();
                    if (m == Phase.GENERALIZATION || m == Phase.GROKKING) aboveGen++;
                }
        double b = pooled.intercept(), se = pooled.interceptStderr();
        // A confirmation must exclude the alternative: the measured critical ratio itself at or below 10. Above 10
        // but within 3 errors of it the data decide nothing; beyond 3 errors the rule is refuted.
        Verdict v = b - Z * se > 1 ? Verdict.REFUTED : b <= 1 ? Verdict.CONFIRMED : Verdict.UNDECIDED;
        String reading = switch (v) {
            case REFUTED -> "significantly above 10";
            case CONFIRMED -> "at most 10";
            default -> "above 10, but within 3 errors of it: undecided";
        };
        return new Claim("fig5-rule-of-thumb", statement, where(), Method.EMPIRICAL, v,
                fmt("on the boundary (slope-1 fit, all relations, %d points) log10(eta_dec/eta_enc) = %.2f +- %.2f, a "
                                + "critical ratio of %.3g (%s); %d of %d cells with a ratio above 10 mostly generalized. %s",
                        pooled.points(), b, se, Math.pow(10, b), reading, aboveGen, above, grid.protocol()));
    }
}
