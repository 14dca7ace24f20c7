package org.geneft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code geneft diff OLD NEW}: the claims whose verdicts differ between two verification reports (another budget, seed
 * or version), with both verdicts and both pieces of evidence: the regression guard of the theory, readable.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists the claims whose verdict differs between two reports of geneft verify (folders holding "
                + "verdicts.json, or the files), with both verdicts and their evidence; claims found in one report only "
                + "are listed too.",
                "Examples:",
                "  geneft diff reports/quick reports/paper-report",
                "  geneft diff old/verdicts.json new/verdicts.json --strict --json"})
final class DiffCommand implements Callable<Integer> {
    /** Evidence is cut to this many characters in the table; --json keeps it whole. */
    private static final int EVIDENCE_CHARS = 240;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "a report folder or its verdicts.json")
    Path oldReport;

    @Parameters(index = "1", paramLabel = "NEW", description = "a report folder or its verdicts.json")
    Path newReport;

    @Option(names = "--json", description = "print one JSON object instead of the table")
    boolean json;

    @Option(names = "--strict", description = "exit 1 when any verdict differs (for a CI job)")
    boolean strict;

    @Override
    public Integer call() {
        JsonNode a = read(oldReport), b = read(newReport);
        Map<String, JsonNode> before = claims(oldReport, a), after = claims(newReport, b);
        ObjectNode out = Json.object();
        out.put("old", describe(a));
        out.put("new", describe(b));
        ArrayNode changed = out.putArray("changed");
        ArrayNode onlyOld = out.putArray("only_old"), onlyNew = out.putArray("only_new");
        int same = 0;
        for (Map.Entry<String, JsonNode> e : before.entrySet()) {
            JsonNode now = after.get(e.getKey());
            if (now == null) { onlyOld.add(e.getKey()); continue; }
            String v0 = e.getValue().path("verdict").asText(), v1 = now.path("verdict").asText();
            if (v0.equals(v1)) { same++; continue; }
            ObjectNode c = changed.addObject();
            c.put("id", e.getKey());
            c.put("where", now.path("where").asText());
            c.put("old_verdict", v0);
            c.put("new_verdict", v1);
            c.put("old_evidence", e.getValue().path("evidence").asText());
            c.put("new_evidence", now.path("evidence").asText());
        }
        for (String id : after.keySet()) if (!before.containsKey(id)) onlyNew.add(id);
        out.put("unchanged", same);
        PrintWriter o = spec.commandLine().getOut();
        if (json) o.println(Json.write(out));
        else text(o, out);
        o.flush();
        boolean differs = !changed.isEmpty() || !onlyOld.isEmpty() || !onlyNew.isEmpty();
        return strict && differs ? ExitCode.REFUTED : ExitCode.OK;
    }

    private static void text(PrintWriter o, ObjectNode d) {
        o.printf("old: %s%nnew: %s%n", d.get("old").asText(), d.get("new").asText());
        o.printf("%d claim(s) with the same verdict, %d changed, %d only in the old report, %d only in the new%n",
                d.get("unchanged").asInt(), d.get("changed").size(), d.get("only_old").size(), d.get("only_new").size());
        for (JsonNode c : d.get("changed")) {
            o.printf("%n%s (%s): %s -> %s%n", c.get("id").asText(), c.get("where").asText(), c.get("old_verdict").asText(),
                    c.get("new_verdict").asText());
            o.printf("  old: %s%n  new: %s%n", cut(c.get("old_evidence").asText()), cut(c.get("new_evidence").asText()));
        }
        for (String k : new String[] {"only_old", "only_new"})
            if (!d.get(k).isEmpty())
                o.printf("%nonly in the %s report: %s%n", k.equals("only_old") ? "old" : "new", join(d.get(k)));
    }

    private static String join(JsonNode ids) {
        StringBuilder s = new StringBuilder();
        for (JsonNode id : ids) s.append(s.length() == 0 ? "" : ", ").append(id.asText());
        return s.toString();
    }

    private static String cut(String s) {
        return s.length() <= EVIDENCE_CHARS ? s : s.substring(0, EVIDENCE_CHARS) + " ...";
    }

    private static String describe(JsonNode r) {
        return "budget " + r.path("budget").asText("?") + ", seed " + r.path("seed").asText("?") + ", geneft "
                + r.path("versions").path("geneft").asText("?") + ", started " + r.path("started").asText("?");
    }

    private static JsonNode read(Path p) {
        Path f = Files.isDirectory(p) ? p.resolve("verdicts.json") : p;
        if (!Files.isRegularFile(f)) throw new IllegalArgumentException(p + ": no verdicts.json (a report of geneft verify)");
        try {
            JsonNode n = Json.mapper().readTree(f.toFile());
            if (n == null || !n.path("claims").isArray())
                throw new IllegalArgumentException(f + ": not a verdicts.json of geneft verify (no 'claims' list)");
            return n;
        } catch (IOException e) {
            throw new IllegalArgumentException(f + ": not JSON: " + e.getMessage(), e);
        }
    }

    private static Map<String, JsonNode> claims(Path p, JsonNode report) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode c : report.get("claims")) {
            i++;
            if (!c.path("id").isTextual() || !c.path("verdict").isTextual())
                throw new IllegalArgumentException(p + ": claim " + i + " has no 'id' or 'verdict'");
            m.put(c.get("id").asText(), c);
        }
        return m;
    }
}
