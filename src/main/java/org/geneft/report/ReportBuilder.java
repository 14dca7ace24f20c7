package org.geneft.report;

import org.geneft.claims.Claim;
import org.geneft.claims.Finding;
import org.geneft.claims.Method;
import org.geneft.claims.PaperPlace;
import org.geneft.claims.Verdict;
import org.geneft.dynamics.DynamicClaims;
import org.geneft.dynamics.Outcome;
import org.geneft.dynamics.PhasePortrait;
import org.geneft.experiments.DataTable;
import org.geneft.experiments.EmpiricalEvidence;
import org.geneft.experiments.SweepSummary;
import org.geneft.statics.AccuracyBoundFigure;
import org.geneft.statics.StaticBounds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the verification report from its inputs: the ledger, the data tables and the filled template. */
public final class ReportBuilder {

    public Report build(ReportInputs in) {
        ClaimLedger ledger = ClaimLedger.of(in.claims(), in.sweeps(), in.run().budget());
        List<DataTable> tables = new ArrayList<>();
        tables.add(EvidenceTables.accuracyBounds(in.accuracyBounds()));
        PhasePortrait portrait = in.portrait().portrait();
        tables.add(EvidenceTables.portraitGrid(portrait));
        tables.add(EvidenceTables.portraitTrajectories(portrait));
        tables.add(EvidenceTables.separatrix(portrait));
        tables.add(EvidenceTables.theorem3(in.theorem3()));
        for (SweepSummary s : in.sweeps()) tables.addAll(s.tables());
        in.graph().ifPresent(g -> tables.add(EvidenceTables.graphBounds(g.bounds())));

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("run", run(in));
        model.put("counts", counts(ledger));
        model.put("checkCounts", counts(ledger).stream().filter(c -> (Integer) c.get("count") > 0).toList());
        model.put("findingCounts", ledger.findingCounts().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> Map.<String, Object>of("verdict", e.getKey(), "count", e.getValue())).toList());
        model.put("findingCount", Integer.toString(ledger.findings().size()));
        model.put("parts", parts(ledger));
        model.put("principal", principal(ledger));
        model.put("confirmations", PrincipalFindings.confirmations(ledger.findings()));
        model.put("open", ledger.findings().stream().filter(f -> f.verdict() != null && PrincipalFindings.kind(f) < 0
                        && f.verdict() != Verdict.CONFIRMED && f.verdict() != Verdict.REPRODUCED
                        && PaperPlace.of(f.where()).part() < 3)
                .map(f -> Map.<String, Object>of("idTex", idTex(f.id()), "verdict", f.words())).toList());
        List<Map<String, Object>> claims = ledger.entries().stream().map(ReportBuilder::claim).toList();
        model.put("claims", claims);
        model.put("findings", claims.stream().filter(c -> !"confirmed".equals(c.get("verdict"))).toList());
        Map<String, List<Map<String, Object>>> bySection = new LinkedHashMap<>();
        for (String label : ClaimLedger.SECTIONS.keySet()) bySection.put(label, new ArrayList<>());
        for (Map<String, Object> c : claims)
            bySection.computeIfAbsent((String) c.get("label"), k -> new ArrayList<>()).add(c);
        model.put("bySection", bySection);
        model.put("fig2", accuracyBounds(in.accuracyBounds()));
        model.put("fig4", portrait(in));
        model.put("theorem3", theorem3(in.theorem3(), in.theorem3Samples()));
        model.put("derivations", new DerivationTex().sections(in.derivations()));
        SweepFigures sweeps = new SweepFigures(in.sweeps(), in.run().budget());
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String f : EmpiricalEvidence.FIGURES) figures.put(f, sweeps.figure(f));
        tables.addAll(sweeps.derivedTables());
        model.put("figures", figures);
        in.graph().ifPresent(g -> model.put("graph", graph(g)));
        return new Report(ReportTemplate.render("report/report.tex.ftl", model), tables, ledger);
    }

    static Map<String, Object> claim(ClaimLedger.Entry e) {
        Claim c = e.claim();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("idTex", idTex(c.id()));
        m.put("statement", c.statement());
        m.put("where", c.where());
        m.put("method", c.method().words() + (c.basis().isEmpty() ? "" : " (" + c.basis() + ")"));
        m.put("verdict", c.verdict().words());
        m.put("verdictKey", key(c.verdict()));
        m.put("evidence", c.evidence());
        // The section shows the decisive line; the evidence in full is printed once, in its own section.
        String decisive = PrincipalFindings.decisive(c);
        m.put("decisive", decisive);
        m.put("shortened", !decisive.equals(c.evidence()));
        m.put("evLabel", Latex.label("ev", c.id()));
        m.put("label", e.label());
        m.put("section", e.section());
        return m;
    }

    /** The verdict table: one row per finding, a column per method, grouped by the paper's parts in its order. */
    private static List<Map<String, Object>> parts(ClaimLedger ledger) {
        Map<String, List<Map<String, Object>>> byPart = new LinkedHashMap<>();
        for (Finding f : ledger.findings()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("idTex", idTex(f.id()));
            row.put("statement", f.statement());
            row.put("where", f.where());
            Map<Method, Verdict> by = f.byMethod();
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Method m : Method.values()) {
                Verdict v = by.get(m);
                cells.add(v == null ? Map.of("words", "", "key", "none") : Map.of("words", v.words(), "key", key(v)));
            }
            row.put("methods", cells);
            row.put("disagree", f.disagree());
            row.put("verdict", f.words());
            row.put("label", ledger.labelOf(f.checks().get(0)));
            row.put("checks", f.checks().size() > 1 ? f.checks().stream().map(c -> idTex(c.id())).toList() : List.of());
            byPart.computeIfAbsent(PaperPlace.of(f.where()).partName(), k -> new ArrayList<>()).add(row);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        byPart.forEach((name, rows) -> out.add(Map.of("name", name, "rows", rows)));
        return out;
    }

    /** The principal findings, ranked (PrincipalFindings), each with its decisive evidence and basis. */
    private static List<Map<String, Object>> principal(ClaimLedger ledger) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PrincipalFindings.Entry e : PrincipalFindings.ranked(ledger.findings())) {
            Finding f = e.finding();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("idTex", idTex(f.id()));
            m.put("where", f.where());
            m.put("verdict", f.words());
            m.put("verdictKey", f.verdict() == null ? "depends-on-reading" : key(f.verdict()));
            m.put("consequence", e.consequence().words());
            m.put("basis", String.join("; ", f.checks().stream()
                    .map(c -> c.basis().isEmpty() ? c.method().words() : c.method().words() + ", " + c.basis())
                    .distinct().toList()));
            m.put("statement", f.statement());
            m.put("decisive", PrincipalFindings.decisive(f));
            m.put("label", ledger.labelOf(f.checks().get(0)));
            out.add(m);
        }
        return out;
    }

    static String key(Verdict v) {
        return v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Break points after '/' and '-' so long ids fit their column. */
    static String idTex(String id) {
        return Latex.escape(id).replace("/", "/\\allowbreak{}").replace("-", "-\\allowbreak{}");
    }

    static List<Map<String, Object>> counts(ClaimLedger ledger) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<Verdict, Integer> e : ledger.counts().entrySet())
            out.add(Map.of("verdict", e.getKey().words(), "count", e.getValue()));
        return out;
    }

    private static Map<String, Object> run(ReportInputs in) {
        Map<String, Object> m = run(in.run());
        m.put("scope", "relations of n = " + in.run().n() + " elements");
        return m;
    }

    /** The run's facts for the reproducibility section (report/reproducibility.tex.ftl). */
    static Map<String, Object> run(RunInfo run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("command", run.command());
        m.put("budget", run.budget());
        m.put("seed", Long.toString(run.seed()));
        m.put("n", Integer.toString(run.n()));
        m.put("started", run.started());
        m.put("sizes", pairs(run.sizes()));
        m.put("versions", pairs(run.versions()));
        m.put("machine", pairs(run.machine()));
        List<Map<String, Object>> protocols = new ArrayList<>();
        run.protocols().forEach((name, fields) -> {
            Map<String, String> words = new LinkedHashMap<>();
            fields.forEach((k, v) -> words.put(k.replace('_', ' '), v instanceof java.util.Collection<?> c
                    ? c.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) : String.valueOf(v)));
            protocols.add(Map.of("name", name, "fields", words.entrySet().stream()
                    .map(e -> Map.<String, Object>of("key", e.getKey(), "value", e.getValue())).toList()));
        });
        m.put("protocols", protocols);
        List<Map<String, Object>> stages = new ArrayList<>();
        double total = 0;
        for (RunInfo.Stage s : run.stages()) {
            stages.add(Map.of("name", s.name(), "seconds", Fmt.num(s.seconds(), 1)));
            total += s.seconds();
        }
        m.put("stages", stages);
        m.put("total", Fmt.num(total, 1));
        return m;
    }

    private static List<Map<String, Object>> pairs(Map<String, String> map) {
        return map.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Map.<String, Object>of("key", e.getKey(), "value", e.getValue())).toList();
    }

    private static Map<String, Object> accuracyBounds(List<AccuracyBoundFigure.Series> series) {
        List<Map<String, Object>> rel = new ArrayList<>();
        int samplings = 0;
        for (AccuracyBoundFigure.Series s : series) {
            samplings = s.monteCarlo().isEmpty() ? 0 : s.monteCarlo().get(0).samplings();
            rel.add(Map.of("spec", s.relation(), "bits", Fmt.num(s.bits(), 2), "pStar", Fmt.num(s.pStar(), 4),
                    "transition", Fmt.num(s.transition(), 4), "transitionAt", Fmt.coordinate(s.transition()),
                    "exact", s.monteCarlo().stream().anyMatch(p -> p.exactBayes() != null)));
        }
        return Map.of("relations", rel, "n", series.isEmpty() ? "--" : Integer.toString(series.get(0).n()),
                "samplings", Integer.toString(samplings));
    }

    private static Map<String, Object> portrait(ReportInputs in) {
        PhasePortrait p = in.portrait().portrait();
        long collide = p.grid().stream().filter(g -> g.outcome() == Outcome.COLLISION).count();
        long agree = p.grid().stream().filter(g -> g.outcome() == Outcome.UNDECIDED
                || (g.outcome() == Outcome.COLLISION) == (g.conserved() > 0)).count();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("etaA", Fmt.sig(in.portrait().etaA()));
        m.put("etaX", Fmt.sig(in.portrait().etaX()));
        m.put("extent", Fmt.coordinate(in.portrait().extent()));
        m.put("points", Integer.toString(p.grid().size()));
        m.put("collisions", Long.toString(collide));
        m.put("agree", Long.toString(agree));
        m.put("undecided", Long.toString(p.grid().stream().filter(g -> g.outcome() == Outcome.UNDECIDED).count()));
        m.put("trajectories", p.trajectories().stream().map(t -> Integer.toString(t.id())).distinct().toList());
        return m;
    }

    private static Map<String, Object> theorem3(List<DynamicClaims.Theorem3Cell> cells, int samples) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DynamicClaims.Theorem3Cell c : cells)
            rows.add(Map.of("ratio", Fmt.sig(c.rateRatio()), "sigma", Fmt.sig(c.sigmaRatio()),
                    "pmc", Fmt.num(c.estimate().pMc(), 4), "stderr", Fmt.num(c.estimate().stderr(), 4),
                    "eq12", Fmt.num(c.estimate().pTheory(), 4), "z", Fmt.num(c.estimate().z(), 2),
                    "undecided", Long.toString(c.estimate().undecided())));
        return Map.of("rows", rows, "samples", Integer.toString(samples));
    }

    private static String describe(org.geneft.graph.RelationClass c) {
        if (c instanceof org.geneft.graph.RelationClass.Equivalence e) return "an equivalence with " + e.k() + " classes";
        if (c instanceof org.geneft.graph.RelationClass.TotalOrder) return "a strict total order";
        if (c instanceof org.geneft.graph.RelationClass.CompleteBipartite cb) {
            int a = 0;
            for (boolean in : cb.inS()) if (in) a++;
            return "complete bipartite K_{" + a + "," + (cb.inS().length - a) + "}";
        }
        return c.getClass().getSimpleName();
    }

    private static Map<String, Object> graph(GraphChapter g) {
        StaticBounds b = g.bounds();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", g.name());
        m.put("format", g.format());
        m.put("n", Integer.toString(b.n()));
        m.put("arcs", Long.toString(b.arcs()));
        m.put("loops", Long.toString(b.loops()));
        m.put("labels", Integer.toString(b.labels()));
        m.put("relationClass", b.properties().relationClass().map(ReportBuilder::describe).orElse("none of the paper's classes"));
        m.put("log2Aut", Fmt.num(b.automorphisms().log2Order(), 6));
        m.put("bits", Fmt.num(b.bBits(), 6));
        m.put("log2Factorial", Fmt.num(b.log2Factorial(), 6));
        m.put("table2", b.table2().map(r -> r.name() + ": " + r.formula() + " = " + Fmt.num(r.bits(), 6) + " bits")
                .orElse("no row of Table 2 applies"));
        m.put("pStar", Fmt.num(b.pStar().value(), 6));
        m.put("pStarSource", b.pStar().source());
        m.put("dataSetSize", Fmt.sig(b.dataSetSize().value()));
        m.put("transition", Fmt.num(b.transitionFraction(), 6));
        m.put("transitionAt", Fmt.coordinate(b.transitionFraction()));
        List<Map<String, Object>> pc = new ArrayList<>();
        b.criticalFractions().forEach((alpha, p) -> pc.add(Map.of("alpha", Fmt.sig(alpha), "pc", Fmt.num(p, 6))));
        m.put("criticalFractions", pc);
        return m;
    }
}
