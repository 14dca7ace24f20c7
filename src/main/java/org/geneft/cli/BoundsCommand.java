package org.geneft.cli;

import org.geneft.aut.AutomorphismEngine;
import org.geneft.aut.LabelEncoding;
import org.geneft.aut.AutomorphismGroup;
import org.geneft.aut.MemoryBudget;
import org.geneft.aut.ReducedSearch;
import org.geneft.aut.ReducingAutomorphisms;
import org.geneft.aut.Reduction;
import org.geneft.graph.Digraph;
import org.geneft.graph.PropertyDetector;
import org.geneft.graph.RelationProperties;
import org.geneft.statics.StaticBounds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;

/** Information-theoretic bounds (Sec. III) for a named relation or a graph file. */
@Command(name = "bounds", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Description length b = log2(n!/|Aut(G)|), critical training fraction (Eq. 4) and accuracy "
                + "upper bounds (Eq. 5; Appendix D's Monte Carlo with --monte-carlo) of a relation or any graph.",
                "Examples:",
                "  geneft bounds --relation mod:3 --n 30",
                "  geneft bounds kg.tsv --format triples --alpha 0.9 --alpha 0.99 --json",
                "  geneft bounds --relation gt --n 30 --monte-carlo --samplings 20 --csv curve.csv"})
final class BoundsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GraphSource source = new GraphSource();

    @Option(names = "--alpha", paramLabel = "A", description = "target accuracy for p_c (Eq. 4); repeatable (default: 0.9)")
    List<Double> alphas;

    @Option(names = "--fractions", paramLabel = "F,F,...",
            description = "training fractions for the curves (default: 0.05 to 0.95 by 0.05)")
    String fractions;

    @Option(names = "--monte-carlo", description = "also compute Appendix D's Monte Carlo upper bound (and the exact Bayes accuracy where feasible)")
    boolean monteCarlo;

    @Option(names = "--samplings", paramLabel = "S", defaultValue = "20",
            description = "random training sets per fraction for --monte-carlo (default: ${DEFAULT-VALUE})")
    int samplings;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--engine", paramLabel = "E", defaultValue = Engines.DEFAULT,
            description = "automorphism engine: portfolio (default; exact twin, tree and component reductions, then Traces in-process on a small remainder, or Traces and bliss raced in child processes on one of 20,000 encoded vertices or more, the first answer kept), traces (the reductions, then Traces in-process on an undirected encoding), traces-unreduced (Traces on the whole graph), bliss and bliss-unreduced (Debian's bliss on the same encoding, in a child process), nauty (sparsenauty in digraph mode), brute (n <= 8, for checks)")
    String engine;

    @Option(names = "--label-encoding", paramLabel = "ENC", defaultValue = "split",
            description = "how Traces sees arc labels: split (an OUT and an IN copy of a vertex per label it uses; "
                    + "default), subdivision (one vertex per labelled arc) or layered (ceil(log2(K+1)) layers, K label "
                    + "sets); docs/BENCHMARKS.md")
    String labelEncoding;

    @Option(names = "--max-memory", paramLabel = "SIZE",
            description = "memory budget of the native search, e.g. 512m or 2g (default: half of physical memory); past it, exit 2")
    String maxMemory;

    @Option(names = "--json", description = "print one JSON object instead of the table")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "write the curves (fraction, f, f_UB, Monte Carlo) as CSV")
    Path csv;

    @Option(names = "--quiet", description = "no progress lines on stderr during long reads and searches")
    boolean quiet;

    @Override
    public Integer call() {
        List<Double> alphaList = alphas == null || alphas.isEmpty() ? List.of(0.9) : alphas;
        for (double a : alphaList)
            if (!(a > 0 && a < 1)) throw new IllegalArgumentException("--alpha " + a + " is outside (0, 1)");
        double[] grid = fractions == null ? Fractions.defaultGrid() : Fractions.parse(fractions, "--fractions");
        Path csvFile = csv == null ? null
                : AtomicFiles.target("--csv", csv, source.file == null ? List.of() : List.of(source.file));
        if (samplings < 1) throw new IllegalArgumentException("--samplings must be >= 1, got " + samplings);
        // A random stream per training set and fraction, and each set's result: refused before allocating.
        if (monteCarlo) org.geneft.util.HeapLimit.check("--samplings " + samplings,
                (double) samplings * (48.0 * grid.length + 64));
        MemoryBudget budget = (maxMemory == null ? MemoryBudget.defaultBudget("--max-memory")
                : MemoryBudget.of(MemoryBudget.parseBytes(maxMemory, "--max-memory"), "--max-memory")).haltingOnExcess();
        AutomorphismEngine autEngine = Engines.byName(engine, budget, LabelEncoding.parse(labelEncoding, "--label-encoding"));

        Warmup.start(json);
        StaticBounds bounds;
        List<MonteCarloRow> mc;
        Reduction reduction = null;
        // Long reads and searches say they are alive (nothing in the first 10 s, then a line every 30 s).
        try (Heartbeat beat = Heartbeat.start(spec.commandLine().getErr(), "geneft bounds", quiet, 10, 30)) {
            beat.step("reading the graph");
            Digraph g = source.load();
            beat.step("searching |Aut| of " + g.n() + " vertices (" + engine + ")");
            // The properties are needed only for the output: detect them on the second core while the group is searched.
            CompletableFuture<RelationProperties> detected = CompletableFuture.supplyAsync(() -> new PropertyDetector().detect(g));
            RelationProperties properties = monteCarlo ? Futures.joined(detected) : null;
            if (monteCarlo && properties.relationClass().isEmpty())
                throw new IllegalArgumentException("--monte-carlo needs an equivalence, a total order or a complete bipartite "
                        + "relation (Appendix D); " + source.describe() + " is none of these");
            AutomorphismGroup aut;
            if (autEngine instanceof ReducingAutomorphisms reducing) {
                ReducingAutomorphisms.Reduced ahead = GraphPrefetch.reduced(g);
                ReducedSearch search = ahead != null ? reducing.search(ahead) : reducing.search(g);
                aut = search.group();
                reduction = search.reduction();
            } else {
                aut = autEngine.automorphisms(g);
            }
            if (properties == null) properties = Futures.joined(detected);
            beat.step("computing the bounds");
            bounds = StaticBounds.compute(g, properties, aut, alphaList, grid);
            mc = monteCarlo ? MonteCarloBounds.compute(properties.relationClass().get(), grid, samplings, seed) : null;
        }

        if (csvFile != null) BoundsCsv.write(csvFile, bounds, mc);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(BoundsJson.of(source.describe(), bounds, mc, reduction)));
            out.flush();
        } else {
            BoundsTable.print(out, source.describe(), bounds, mc, reduction);
        }
        return ExitCode.OK;
    }
}
