package org.geneft.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.geneft.claims.Claim;
import org.geneft.claims.Finding;
import org.geneft.claims.Method;
import org.geneft.claims.PaperPlace;
import org.geneft.claims.Verdict;
import org.geneft.report.ClaimLedger;
import org.geneft.report.LatexRunner;
import org.geneft.report.RunInfo;

import java.util.Map;
import java.util.Optional;

/** verdicts.json: the report's verdicts for a script or a CI job to assert on. */
final class VerdictsJson {
    private VerdictsJson() { }

    /** The protocol a claim's verdict rests on: its figure's sweep, or the static, repon or collision checks. */
    static Optional<String> protocolOf(Claim c) {
        if (org.geneft.experiments.FigureSweeps.LEGEND_CLAIMS.contains(c.id())) return Optional.of("fig3-legend");
        java.util.regex.Matcher fig = java.util.regex.Pattern.compile("^(fig[3-8])-").matcher(c.id());
        if (fig.find()) return Optional.of(fig.group(1));
        if (c.id().equals("sec4-collision-necessary")) return Optional.of("collision");
        if (c.method() == Method.NUMERIC && (c.id().startsWith("repon-") || c.id().startsWith("sec4-")))
            return Optional.of("repon");
        if (c.method() == Method.STATIC) return Optional.of("static");
        return Optional.empty();
    }

    static String of(RunInfo run, ClaimLedger ledger, Optional<LatexRunner.Outcome> latex) {
        return of("geneft", run, ledger, latex, f -> PaperPlace.of(f.where()).partName(), VerdictsJson::protocolOf);
    }

    /**
     * @param paper  the paper's id (geneft, grokking)
     * @param partOf     the part of the paper a finding belongs to, in that paper's layout
     * @param protocolOf the protocol a claim's verdict rests on, in that paper's terms
     */
    static String of(String paper, RunInfo run, ClaimLedger ledger, Optional<LatexRunner.Outcome> latex,
            java.util.function.Function<Finding, String> partOf,
            java.util.function.Function<Claim, Optional<String>> protocolOf) {
        ObjectNode root = Json.object();
        root.put("paper", paper);
        root.put("budget", run.budget());
        root.put("seed", run.seed());
        root.put("n", run.n());
        root.put("command", run.command());
        root.put("started", run.started());
        ObjectNode versions = root.putObject("versions");
        run.versions().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> versions.put(e.getKey(), e.getValue()));
        ObjectNode machine = root.putObject("machine");
        run.machine().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> machine.put(e.getKey(), e.getValue()));
        ArrayNode stages = root.putArray("stages");
        for (RunInfo.Stage s : run.stages()) {
            ObjectNode o = stages.addObject();
            o.put("name", s.name());
            Json.put(o, "seconds", s.seconds());
        }
        latex.ifPresent(l -> {
            ObjectNode o = stages.addObject();
            o.put("name", "LaTeX (pdflatex, " + l.passes() + " passes)");
            Json.put(o, "seconds", l.seconds());
        });
        // What each empirical, numeric and Monte Carlo verdict rests on, as fields; claims name theirs.
        ObjectNode protocols = root.putObject("protocols");
        Map<String, Map<String, Object>> known = run.protocols();
        known.forEach((name, fields) -> protocols.set(name, Json.mapper().valueToTree(fields)));
        ArrayNode claims = root.putArray("claims");
        for (ClaimLedger.Entry e : ledger.entries()) {
            ObjectNode c = claims.addObject();
            c.put("id", e.claim().id());
            c.put("statement", e.claim().statement());
            c.put("where", e.claim().where());
            c.put("method", e.claim().method().words());
            c.put("verdict", e.claim().verdict().words());
            if (!e.claim().basis().isEmpty()) c.put("basis", e.claim().basis());
            protocolOf.apply(e.claim()).filter(known::containsKey).ifPresent(p -> c.put("protocol", p));
            c.put("evidence", e.claim().evidence());
            c.put("section", e.section());
        }
        // One statement of the paper checked several ways is one finding: what a summary should count.
        ArrayNode findings = root.putArray("findings");
        for (Finding f : ledger.findings()) {
            ObjectNode o = findings.addObject();
            o.put("id", f.id());
            o.put("where", f.where());
            o.put("statement", f.statement());
            o.put("verdict", f.words());
            o.put("part", partOf.apply(f));
            ObjectNode methods = o.putObject("methods");
            f.byMethod().forEach((m, v) -> methods.put(m.words(), v.words()));
            ArrayNode ids = o.putArray("checks");
            f.checks().forEach(c -> ids.add(c.id()));
        }
        ObjectNode findingCounts = root.putObject("finding_counts");
        ledger.findingCounts().forEach(findingCounts::put);
        ObjectNode counts = root.putObject("counts");
        for (Map.Entry<Verdict, Integer> e : ledger.counts().entrySet()) counts.put(e.getKey().words(), e.getValue());
        ObjectNode pdf = root.putObject("pdf");
        pdf.put("built", latex.map(LatexRunner.Outcome::ok).orElse(false));
        if (latex.isEmpty()) pdf.put("reason", "no pdflatex on the PATH, or --no-pdf");
        latex.filter(l -> !l.ok()).ifPresent(l -> pdf.put("error", l.error()));
        return Json.write(root);
    }
}
