package org.geneft.report;

import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Verdict;
import org.geneft.experiments.DataTable;
import org.geneft.symbolic.DerivationResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The verification report of a paper other than GenEFT, on the shared engine: the verdict table (one row per check,
 * a column per method), the findings in words, one section per part of the paper with its own template (from the
 * paper's folder of resources) and the verdicts resting on it, the derivations as Symja ran them, the claims not
 * checked with their reasons, every check's evidence in full and the reproducibility section. A new paper supplies
 * its claims, its sections and their templates; nothing here names a paper.
 */
public final class PaperReport {

    /**
     * The paper.
     *
     * @param title    the report's title
     * @param citation the paper, in words, for the first paragraph
     * @param scope    what the run covers, e.g. "addition on p = 10 symbols" (reproducibility section)
     * @param proofs   the folder of its proof files, as the report names it
     */
    public record Paper(String title, String citation, String scope, String proofs) {
        public Paper {
            Objects.requireNonNull(title);
            Objects.requireNonNull(citation);
            Objects.requireNonNull(scope);
            Objects.requireNonNull(proofs);
        }
    }

    /**
     * One evidence section.
     *
     * @param label    its LaTeX label, "sec:..."
     * @param title    its title
     * @param template the paper's template of its text and figures, relative to org/geneft (e.g.
     *                 "grokking/fig4a.tex.ftl"), or null for none
     */
    public record Section(String label, String title, String template) {
        public Section {
            Objects.requireNonNull(label);
            Objects.requireNonNull(title);
            if (!label.startsWith("sec:")) throw new IllegalArgumentException("a section label starts with sec:, got " + label);
        }
    }

    /** The section of the claims not checked, always last before the evidence in full. */
    public static final String NOT_CHECKED = "sec:not-checked";

    private PaperReport() { }

    /**
     * @param sectionOf  the label of the section holding a claim's evidence (a derivation's claims go to theirs)
     * @param figures    the paper's own template data, as "figures"
     */
    public static Report build(Paper paper, RunInfo run, List<Claim> claims, List<Section> sections,
            Function<Claim, String> sectionOf, List<DerivationResult> derivations, List<DataTable> tables,
            Map<String, Object> figures) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Section s : sections) titles.put(s.label(), s.title());
        titles.put(NOT_CHECKED, "What geneft does not check");
        List<ClaimLedger.Entry> entries = new ArrayList<>();
        for (Claim c : claims) {
            int slash = c.id().indexOf('/');
            String label = slash > 0 ? Latex.label("deriv", c.id().substring(0, slash)) : sectionOf.apply(c);
            String title = slash > 0 ? "Derivation " + c.id().substring(0, slash) : titles.get(label);
            if (title == null) throw new IllegalArgumentException("claim " + c.id() + " names no section: " + label);
            entries.add(new ClaimLedger.Entry(c, label, title));
        }
        ClaimLedger ledger = new ClaimLedger(entries);

        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, Object> runModel = ReportBuilder.run(run);
        runModel.put("scope", paper.scope());
        model.put("run", runModel);
        model.put("paper", Map.of("title", paper.title(), "citation", paper.citation(), "proofs", paper.proofs()));
        model.put("checkCounts", ReportBuilder.counts(ledger).stream().filter(c -> (Integer) c.get("count") > 0).toList());
        List<Map<String, Object>> all = ledger.entries().stream().map(ReportBuilder::claim).toList();
        model.put("claims", all);
        model.put("findings", all.stream().filter(c -> !"confirmed".equals(c.get("verdict"))
                && !c.get("label").equals(NOT_CHECKED)).toList());

        // The verdict table: the sections in order, then the derivations, each check a row with its method's column.
        Map<String, List<Map<String, Object>>> rowsBy = new LinkedHashMap<>();
        for (Section s : sections) rowsBy.put(s.label(), new ArrayList<>());
        Map<String, List<Map<String, Object>>> bySection = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            ClaimLedger.Entry e = ledger.entries().get(i);
            Map<String, Object> c = all.get(i);
            bySection.computeIfAbsent(e.label(), k -> new ArrayList<>()).add(c);
            String group = e.label().startsWith("deriv:") ? "sec:derivations" : e.label();
            rowsBy.computeIfAbsent(group, k -> new ArrayList<>()).add(row(e));
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        rowsBy.forEach((label, rows) -> {
            if (rows.isEmpty()) return;
            String name = label.equals("sec:derivations") ? "Derivations" : titles.get(label);
            groups.add(Map.of("name", name, "rows", rows));
        });
        model.put("groups", groups);
        model.put("bySection", bySection);
        List<Map<String, Object>> sectionModel = new ArrayList<>();
        for (Section s : sections) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", s.label());
            m.put("title", s.title());
            m.put("template", s.template() == null ? "" : "/" + s.template());
            sectionModel.add(m);
        }
        model.put("sections", sectionModel);
        model.put("derivations", new DerivationTex().sections(derivations));
        model.put("figures", figures);
        return new Report(ReportTemplate.render("report/paper.tex.ftl", model), tables, ledger);
    }

    private static Map<String, Object> row(ClaimLedger.Entry e) {
        Claim c = e.claim();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("idTex", ReportBuilder.idTex(c.id()));
        row.put("statement", c.statement());
        row.put("where", c.where());
        List<Map<String, Object>> cells = new ArrayList<>();
        for (Method m : Method.values())
            cells.add(m == c.method() ? Map.of("words", c.verdict().words(), "key", ReportBuilder.key(c.verdict()))
                    : Map.of("words", "", "key", "none"));
        row.put("methods", cells);
        row.put("label", e.label());
        return row;
    }

    /** Whether any check was refuted (for --strict). */
    public static boolean anyRefuted(Report r) {
        return r.ledger().entries().stream().anyMatch(e -> e.claim().verdict() == Verdict.REFUTED);
    }
}
