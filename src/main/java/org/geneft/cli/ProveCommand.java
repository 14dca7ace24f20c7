package org.geneft.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.geneft.symbolic.ClaimResult;
import org.geneft.symbolic.DerivationResult;
import org.geneft.symbolic.DerivationRunner;
import org.geneft.report.DerivationTex;
import org.geneft.symbolic.ProofFile;
import org.geneft.symbolic.ProofLibrary;
import org.geneft.symbolic.ProofVerdict;
import org.geneft.symbolic.Shown;
import org.geneft.symbolic.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** geneft prove: runs the derivations of proofs/ with Symja and prints a verdict per claim. */
@Command(name = "prove", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Derive the paper's equations from their premises with Symja and judge each claim:",
                "proved, proved-under (conditions stated), refuted (residual, counterexample) or unknown.",
                "Exit 1 when a claim is refuted."})
final class ProveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ID",
            description = "one derivation, shown step by step (default: all, as a table)")
    String id;

    @Option(names = "--json", description = "print the results as JSON instead of text")
    boolean json;

    @Option(names = "--tex", paramLabel = "FILE", description = "also write the derivations as a LaTeX document")
    Path tex;

    @Option(names = "--proofs", paramLabel = "DIR", defaultValue = "${sys:geneft.home:-.}/proofs",
            description = "folder of proof files (default: ${DEFAULT-VALUE})")
    Path proofs;

    @Override
    public Integer call() {
        ProofLibrary library = new ProofLibrary(proofs);
        Path texFile = tex == null ? null : AtomicFiles.target("--tex", tex, library.files());
        // Every file is read before Symja starts, so that a malformed file fails fast with file:line.
        List<ProofFile> files = id == null ? library.loadAll() : List.of(library.load(id));
        DerivationRunner runner = new DerivationRunner();
        List<DerivationResult> results = files.stream().map(runner::run).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) out.println(Json.write(json(results)));
        else if (id == null) table(out, results);
        else steps(out, results.get(0));
        out.flush();
        if (tex != null) {
            String doc = new DerivationTex().document(results);
            AtomicFiles.write(texFile, w -> w.write(doc));
        }
        return results.stream().anyMatch(DerivationResult::anyRefuted) ? ExitCode.REFUTED : ExitCode.OK;
    }

    private static void table(PrintWriter out, List<DerivationResult> results) {
        out.printf("%-22s %-28s %-13s %-9s %s%n", "derivation", "claim", "verdict", "method", "paper");
        int[] counts = new int[ProofVerdict.values().length];
        long millis = 0;
        for (DerivationResult r : results) {
            millis += r.millis();
            for (ClaimResult c : r.claims()) {
                counts[c.verdict().ordinal()]++;
                out.printf("%-22s %-28s %-13s %-9s %s%n", r.proof().id(), c.spec().id(), c.verdict().words(),
                        method(c), c.spec().where());
            }
        }
        out.printf("%n%d derivations: ", results.size());
        for (ProofVerdict v : ProofVerdict.values()) out.printf("%d %s%s", counts[v.ordinal()], v.words(),
                v.ordinal() < counts.length - 1 ? ", " : "");
        out.printf(" (%.1f s in Symja)%n", millis / 1000.0);
        out.println("Details: geneft prove ID; the refuted and proved-under claims are findings about the paper.");
    }

    private static void steps(PrintWriter out, DerivationResult r) {
        ProofFile p = r.proof();
        out.printf("%s: %s%nchecks %s (%s)%n%n", p.id(), p.title(), p.where(), p.source());
        for (Statement s : p.statements())
            out.printf("  %-10s %s%n", s.premise() ? "premise" : "define", s.input()
                    + (s.premise() ? "    [" + s.where() + "]" : ""));
        for (ClaimResult c : r.claims()) {
            out.printf("%nclaim %s (%s): %s%n", c.spec().id(), c.spec().where(), c.spec().statement());
            out.printf("  check (%s, %s): %s%n", c.spec().kind().keyword(), method(c), c.spec().check());
            for (Shown s : c.shows()) out.printf("  %s%n    = %s%n", s.input(), s.value());
            out.printf("  verdict: %s: %s  (%d ms)%n", c.verdict().words(), c.evidence(), c.millis());
            if (!c.messages().isEmpty()) out.printf("  Symja said: %s%n", c.messages());
        }
        out.printf("%n(%d ms)%n", r.millis());
    }

    private static String method(ClaimResult c) {
        return c.spec().numeric() ? "numeric" : "symbolic";
    }

    private static ObjectNode json(List<DerivationResult> results) {
        ObjectNode root = Json.object();
        ArrayNode ds = root.putArray("derivations");
        for (DerivationResult r : results) {
            ObjectNode d = ds.addObject();
            d.put("id", r.proof().id());
            d.put("title", r.proof().title());
            d.put("paper", r.proof().where());
            d.put("file", r.proof().source().toString());
            d.put("millis", r.millis());
            ArrayNode cs = d.putArray("claims");
            for (ClaimResult c : r.claims()) {
                ObjectNode o = cs.addObject();
                o.put("id", c.spec().id());
                o.put("paper", c.spec().where());
                o.put("statement", c.spec().statement());
                o.put("method", method(c));
                o.put("check", c.spec().check());
                o.put("verdict", c.verdict().words());
                o.put("evidence", c.evidence());
                o.put("condition", c.spec().condition());
                c.residual().forEach(o.putArray("residual")::add);
                c.residualTex().forEach(o.putArray("residual_tex")::add);
                o.put("counterexample", c.counterexample());
                o.put("millis", c.millis());
                ArrayNode steps = o.putArray("steps");
                for (Shown s : c.shows()) {
                    ObjectNode st = steps.addObject();
                    st.put("input", s.input());
                    st.put("value", s.value());
                    st.put("tex", s.tex());
                }
            }
        }
        return root;
    }
}
