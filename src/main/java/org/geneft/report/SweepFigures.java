package org.geneft.report;

import org.geneft.experiments.DataTable;
import org.geneft.experiments.SweepSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays out Figs. 3 and 5-8 from the sweeps' tidy tables: which panels and series to draw, and the
 * fitted and Eq. 12 lines as a table of their own. A figure whose summary is missing, or lacks a
 * table or column the plot needs, gets the reason instead of a plot.
 */
final class SweepFigures {

    private final Map<String, SweepSummary> byFigure = new LinkedHashMap<>();
    private final String budget;
    private final List<DataTable> derived = new ArrayList<>();

    SweepFigures(List<SweepSummary> sweeps, String budget) {
        for (SweepSummary s : sweeps) byFigure.put(s.figure(), s);
        this.budget = budget;
    }

    /** Tables the report computes from the sweeps' (the lines of Fig. 5), written beside theirs. */
    List<DataTable> derivedTables() {
        return List.copyOf(derived);
    }

    /** The template model of one figure: {present, reason, run, ...the figure's layout}. */
    Map<String, Object> figure(String figure) {
        Map<String, Object> m = new LinkedHashMap<>();
        SweepSummary s = byFigure.get(figure);
        if (s == null) return absent(m, "the " + figure + " sweep did not run at budget " + budget
                + ", so its claims are not checked at this budget.");
        m.put("run", String.format(java.util.Locale.ROOT, "%d of %d planned training runs, %s s of sweep in this process "
                + "(budget %s)", s.runsDone(), s.runsPlanned(), Fmt.num(s.wallSeconds(), 1), s.budget()));
        try {
            switch (figure) {
                case "fig3" -> fig3(s, m);
                case "fig3-legend" -> fig3Legend(s, m);
                case "fig5" -> fig5(s, m);
                case "fig6" -> fig6(s, m);
                case "fig7" -> fig7(s, m);
                case "fig8" -> fig8(s, m);
                default -> throw new IllegalArgumentException("no layout for " + figure);
            }
        } catch (MissingData e) {
            return absent(m, "the " + figure + " summary cannot be plotted: " + e.getMessage() + ".");
        }
        m.put("present", true);
        return m;
    }

    private static Map<String, Object> absent(Map<String, Object> m, String reason) {
        m.put("present", false);
        m.put("reason", reason);
        return m;
    }

    private static final class MissingData extends Exception {
        MissingData(String message) {
            super(message);
        }
    }

    private TableView table(SweepSummary s, String name, List<String> columns) throws MissingData {
        Optional<DataTable> t = s.tables().stream().filter(x -> x.name().equals(name)).findFirst();
        if (t.isEmpty()) throw new MissingData("it has no table '" + name + "'");
        TableView v = new TableView(t.get());
        List<String> missing = v.missing(columns);
        if (!missing.isEmpty()) throw new MissingData("table '" + name + "' lacks the columns " + missing);
        if (t.get().rows().isEmpty()) throw new MissingData("table '" + name + "' has no rows");
        return v;
    }

    private void fig3(SweepSummary s, Map<String, Object> m) throws MissingData {
        TableView acc = table(s, "fig3", List.of("relation", "decoder", "fraction", "acc_mean", "acc_stderr"));
        TableView bounds = table(s, "fig3-bounds", List.of("relation", "fraction", "f_ub_eq5", "mc_bound", "mc_stderr",
                "transition"));
        List<Map<String, Object>> panels = new ArrayList<>();
        for (String relation : acc.distinct("relation")) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("relation", relation);
            p.put("decoders", acc.rows("relation", relation).stream().map(r -> CsvTables.cell(acc.cell(r, "decoder")))
                    .distinct().toList());
            p.put("bounds", !bounds.rows("relation", relation).isEmpty());
            List<Double> t = bounds.numbers("transition", "relation", relation);
            if (!t.isEmpty()) p.put("transition", Fmt.coordinate(t.get(0)));
            panels.add(p);
        }
        m.put("panels", panels);
    }

    /** Fig. 3 as the paper draws it: every architecture of the legend, with the Monte Carlo bound, on a log axis. */
    private void fig3Legend(SweepSummary s, Map<String, Object> m) throws MissingData {
        TableView acc = table(s, "fig3-legend", List.of("relation", "mode", "hidden_layers", "fraction", "acc_mean",
                "acc_stderr", "mc_bound", "decoder", "b_over_n2"));
        List<Map<String, Object>> panels = new ArrayList<>();
        for (String relation : acc.distinct("relation")) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("relation", relation);
            List<Map<String, Object>> decoders = new ArrayList<>();
            for (List<Object> r : acc.rows("relation", relation)) {
                String key = CsvTables.cell(acc.cell(r, "decoder"));
                if (decoders.stream().anyMatch(d -> d.get("key").equals(key))) continue;
                decoders.add(Map.of("key", key, "mode", CsvTables.cell(acc.cell(r, "mode")),
                        "hidden", CsvTables.cell(acc.cell(r, "hidden_layers"))));
            }
            p.put("decoders", decoders);
            p.put("bound", decoders.get(0).get("key"));
            p.put("transition", Fmt.coordinate(acc.numbers("b_over_n2", "relation", relation).get(0)));
            panels.add(p);
        }
        m.put("panels", panels);
    }

    private void fig5(SweepSummary s, Map<String, Object> m) throws MissingData {
        TableView phases = table(s, "fig5-phases", List.of("relation", "eta_enc", "eta_dec", "phase"));
        TableView fit = table(s, "fig5-fit", List.of("relation", "slope", "slope_stderr", "intercept", "intercept_stderr",
                "points", "eq12_slope", "eq12_intercept"));
        List<List<Object>> lines = new ArrayList<>();
        List<Map<String, Object>> panels = new ArrayList<>();
        for (String relation : phases.distinct("relation")) {
            List<Double> enc = phases.numbers("eta_enc", "relation", relation);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("relation", relation);
            List<List<Object>> fr = fit.rows("relation", relation);
            boolean fitted = false, eq12 = false;
            if (!fr.isEmpty() && !enc.isEmpty()) {
                double lo = enc.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                double hi = enc.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                fitted = line(lines, relation, "fit", fit, fr.get(0), "slope", "intercept", lo, hi);
                eq12 = line(lines, relation, "eq12", fit, fr.get(0), "eq12_slope", "eq12_intercept", lo, hi);
            }
            p.put("fit", fitted);
            p.put("eq12", eq12);
            panels.add(p);
        }
        derived.add(new DataTable("fig5-lines", List.of("relation", "line", "eta_enc", "eta_dec"), lines));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> r : fit.table().rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("relation", CsvTables.cell(fit.cell(r, "relation")));
            row.put("slope", Fmt.plusMinus(fit.cell(r, "slope"), fit.cell(r, "slope_stderr")));
            row.put("intercept", Fmt.plusMinus(fit.cell(r, "intercept"), fit.cell(r, "intercept_stderr")));
            row.put("points", CsvTables.cell(fit.cell(r, "points")));
            row.put("eq12", Fmt.cell(fit.cell(r, "eq12_slope")) + ", " + Fmt.cell(fit.cell(r, "eq12_intercept")));
            rows.add(row);
        }
        m.put("panels", panels);
        m.put("fitRows", rows);
    }

    /** Two endpoints of log10 η_dec = slope·log10 η_enc + intercept over the panel's η_enc range. */
    private static boolean line(List<List<Object>> lines, String relation, String name, TableView fit, List<Object> row,
            String slopeColumn, String interceptColumn, double lo, double hi) {
        Optional<Double> slope = TableView.number(fit.cell(row, slopeColumn));
        Optional<Double> intercept = TableView.number(fit.cell(row, interceptColumn));
        if (slope.isEmpty() || intercept.isEmpty() || !(lo > 0)) return false;
        for (double x : new double[] {lo, hi})
            lines.add(List.of(relation, name, x, Math.pow(10, intercept.get() + slope.get() * Math.log10(x))));
        return true;
    }

    private void fig6(SweepSummary s, Map<String, Object> m) throws MissingData {
        TableView t = table(s, "fig6", List.of("init_scale", "ratio", "p_gen", "p_gen_stderr", "p_eq12"));
        m.put("scales", t.distinct("init_scale"));
    }

    private void fig7(SweepSummary s, Map<String, Object> m) throws MissingData {
        table(s, "fig7", List.of("depth", "test_acc_mean", "test_acc_stderr"));
    }

    private void fig8(SweepSummary s, Map<String, Object> m) throws MissingData {
        TableView phases = table(s, "fig8-phases", List.of("wd_dec", "eta_dec", "phase"));
        Optional<DataTable> boundary = s.tables().stream().filter(x -> x.name().equals("fig8-boundary")).findFirst();
        boolean withBoundary = boundary.isPresent() && new TableView(boundary.get()).missing(
                List.of("wd_dec", "eta_dec_boundary")).isEmpty();
        // Weight decay 0 has no place on a log axis: a linear axis then.
        boolean logWd = phases.numbers("wd_dec", null, null).stream().allMatch(w -> w > 0);
        m.put("logWd", logWd);
        m.put("boundary", withBoundary);
        m.put("relations", phases.has("relation") ? phases.distinct("relation") : List.of());
        // The caption states the encoder rate the runs had (the quick budget's is not the paper's 10^-5).
        List<Double> etaEnc = phases.has("eta_enc") ? phases.numbers("eta_enc", null, null) : List.of();
        m.put("etaEnc", etaEnc.isEmpty() ? "" : scientificTex(etaEnc.get(0)));
    }

    /** 3e-4 as "3 \\times 10^{-4}", 1e-5 as "10^{-5}": a rate as the captions write it. */
    static String scientificTex(double x) {
        int e = (int) Math.floor(Math.log10(x));
        double mantissa = x / Math.pow(10, e);
        String m = Fmt.sig(mantissa).replaceAll("\\.?0+$", "");
        return (m.equals("1") ? "" : m + " \\times ") + "10^{" + e + "}";
    }
}
