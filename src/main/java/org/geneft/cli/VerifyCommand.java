package org.geneft.cli;

import org.geneft.aut.AutomorphismEngine;
import org.geneft.aut.MemoryBudget;
import org.geneft.aut.NautyAutomorphisms;
import org.geneft.claims.Claim;
import org.geneft.claims.Verdict;
import org.geneft.dynamics.DynamicClaims;
import org.geneft.dynamics.IntegrationSettings;
import org.geneft.dynamics.PhasePortrait;
import org.geneft.dynamics.ReducedReponSystem;
import org.geneft.experiments.EmbeddingGroupingClaim;
import org.geneft.experiments.Budget;
import org.geneft.experiments.EmpiricalBasis;
import org.geneft.experiments.EmpiricalEvidence;
import org.geneft.experiments.FigureSweeps;
import org.geneft.experiments.Shard;
import org.geneft.experiments.SweepSummary;
import org.geneft.graph.Digraph;
import org.geneft.grokking.AppendixGChecks;
import org.geneft.grokking.GrokkingBudget;
import org.geneft.grokking.GrokkingChecks;
import org.geneft.grokking.GrokkingPaper;
import org.geneft.grokking.PermutationChecks;
import org.geneft.grokking.PermutationFractionChecks;
import org.geneft.grokking.PhaseChecks;
import org.geneft.grokking.ToyChecks;
import org.geneft.grokking.ToyRun;
import org.geneft.grokking.ToyRunStore;
import org.geneft.grokking.TransformerChecks;
import org.geneft.grokking.TransformerStore;
import org.geneft.graph.PropertyDetector;
import org.geneft.graph.RelationProperties;
import org.geneft.graph.io.GraphFormat;
import org.geneft.graph.io.GraphReaders;
import org.geneft.graph.io.ReadLimits;
import org.geneft.report.ClaimLedger;
import org.geneft.report.GraphChapter;
import org.geneft.report.LatexRunner;
import org.geneft.report.PaperReport;
import org.geneft.report.PortraitEvidence;
import org.geneft.report.Report;
import org.geneft.report.ReportBuilder;
import org.geneft.report.ReportInputs;
import org.geneft.report.ReportFolder;
import org.geneft.report.ReportWriter;
import org.geneft.report.RunEnvironment;
import org.geneft.report.RunInfo;
import org.geneft.statics.AccuracyBoundFigure;
import org.geneft.statics.BipartiteAsEquivalence;
import org.geneft.statics.IncompleteBipartiteRow;
import org.geneft.statics.PropertyClassCounts;
import org.geneft.statics.SequenceCountClaim;
import org.geneft.statics.Theorem1Check;
import org.geneft.statics.TransitiveRow;
import org.geneft.statics.TreeRow;
import org.geneft.statics.StaticBounds;
import org.geneft.statics.StaticClaims;
import org.geneft.symbolic.DerivationResult;
import org.geneft.symbolic.ProofLibrary;
import org.geneft.symbolic.SymbolicClaims;
import org.geneft.training.Precision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The main job: checks every claim of the paper (statics, symbolic derivations, repon dynamics, and
 * the figure sweeps when there are any) and writes the verification report: report.tex, data/*.csv,
 * verdicts.json and, with LaTeX installed, report.pdf.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check every claim of the paper and write the verification report (LaTeX, its PDF, "
                + "the data of every figure, verdicts.json).",
                "Examples:",
                "  geneft verify                                  # budget quick: reports/geneft-verification/report.pdf",
                "  geneft verify --budget paper --out reports/full",
                "  geneft verify --graph my-kg.tsv --format triples",
                "  geneft verify --paper grokking                 # Liu et al. 2022: reports/grokking-verification/",
                "  geneft verify --budget smoke                   # what CI runs"})
final class VerifyCommand implements Callable<Integer> {

    /** pdflatex gets this long per pass; a pass of the paper-budget report takes seconds. */
    private static final long LATEX_TIMEOUT_SECONDS = 300;
    /** Fig. 4's learning rates and extent: the defaults of geneft repon portrait. */
    private static final double PORTRAIT_ETA_A = 1e-3, PORTRAIT_ETA_X = 1e-3, PORTRAIT_EXTENT = 2;
    /** Log-spaced times per sample trajectory of Fig. 4 (geneft repon portrait's default). */
    private static final int PORTRAIT_TIMES = 60;

    /**
     * The figure sweeps (Figs. 3, 5-8) on every core, each figure in its own store under --runs, with progress on
     * stderr. Tests may replace it (an empty list reports every empirical claim as not checked).
     */
    EmpiricalEvidence evidence = this::sweepFigures;

    @Spec
    CommandSpec spec;

    @Option(names = "--paper", defaultValue = "geneft", paramLabel = "P",
            description = "geneft (the default: Baek, Liu, Tegmark 2025), grokking (Liu et al. 2022, Towards Understanding "
                    + "Grokking) or all (both reports, side by side)")
    String paper;

    @Option(names = "--budget", defaultValue = "quick", paramLabel = "B",
            description = "smoke | quick | paper (default: ${DEFAULT-VALUE}): the Monte Carlo sizes, see the README")
    String budget;

    @Option(names = "--out", paramLabel = "DIR",
            description = "the report folder, replaced whole when it exists (default: reports/PAPER-verification; with "
                    + "--paper all, DIR/geneft-verification and DIR/grokking-verification)")
    Path out;

    @Option(names = "--graph", paramLabel = "FILE", description = "add a chapter with the static bounds of this graph")
    Path graph;

    @Option(names = "--format", paramLabel = "F",
            description = "format of --graph: edgelist | triples | matrix | graph6 | digraph6 (default: from the extension)")
    String format;

    @Option(names = "--n", defaultValue = "30", paramLabel = "N",
            description = "number of elements of the paper's relations (default: ${DEFAULT-VALUE}, as in the paper)")
    int n;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED",
            description = "seed of every random choice (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--proofs", paramLabel = "DIR",
            description = "folder of proof files for the symbolic claims (default: proofs/ for geneft, papers/grokking/proofs "
                    + "for grokking, in geneft's folder)")
    Path proofs;

    @Option(names = "--runs", paramLabel = "DIR", defaultValue = "runs",
            description = "where the figure sweeps (and the grokking paper's toy-model runs) keep their JSONL results, one folder "
                    + "per paper, budget, seed and precision, so that a rerun resumes them (default: ${DEFAULT-VALUE})")
    Path runs;

    @Option(names = "--sweeps", paramLabel = "DIR",
            description = "read the figure sweeps from DIR/FIGURE (stores of geneft sweep, shards included) instead of "
                    + "training them; an incomplete grid is not judged (e.g. --budget paper --sweeps reports/paper)")
    Path sweeps;

    @Option(names = "--precision", paramLabel = "P", defaultValue = "float32",
            description = "arithmetic of the figure sweeps' training runs: float32 (the paper's) or float64 (default: ${DEFAULT-VALUE})")
    String precision;

    @Option(names = "--draw", paramLabel = "D", defaultValue = "authors",
            description = "the grokking paper's toy runs: their targets and training splits as the authors drew them, "
                    + "numpy's generator with their seeds (authors), or fresh draws by geneft from --seed (geneft) "
                    + "(default: ${DEFAULT-VALUE})")
    String draw;

    @Option(names = "--no-pdf", description = "write report.tex without running pdflatex")
    boolean noPdf;

    @Option(names = "--strict", description = "exit 1 when any claim is refuted")
    boolean strict;

    private final List<RunInfo.Stage> stages = new ArrayList<>();

    @Override
    public Integer call() {
        // Every input is checked before the first computation: bad input costs nothing and writes nothing.
        VerifyBudget.parse(budget);
        Precision.parse(precision, "--precision");
        if (seed < 0) throw new IllegalArgumentException("--seed must be >= 0, got " + seed);
        Path home = Path.of(System.getProperty("geneft.home", "."));
        switch (paper) {
            case "geneft" -> {
                Path target = out != null ? out : Path.of("reports/geneft-verification");
                ReportFolder.checkTarget(target);
                return verifyGeneft(target, proofs != null ? proofs : home.resolve("proofs"));
            }
            case "grokking" -> {
                refuseGeneftOnly();
                Path target = out != null ? out : Path.of("reports/grokking-verification");
                ReportFolder.checkTarget(target);
                return verifyGrokking(target, proofs != null ? proofs : home.resolve(GrokkingPaper.PROOFS));
            }
            case "all" -> {
                if (proofs != null) throw new IllegalArgumentException("--proofs names one paper's folder: use it with "
                        + "--paper geneft or --paper grokking, not --paper all");
                Path geneftOut = out != null ? out.resolve("geneft-verification") : Path.of("reports/geneft-verification");
                Path grokkingOut = out != null ? out.resolve("grokking-verification") : Path.of("reports/grokking-verification");
                ReportFolder.checkTarget(geneftOut);
                ReportFolder.checkTarget(grokkingOut);
                int a = verifyGeneft(geneftOut, home.resolve("proofs"));
                stages.clear();
                int b = verifyGrokking(grokkingOut, home.resolve(GrokkingPaper.PROOFS));
                return Math.max(a, b);
            }
            default -> throw new IllegalArgumentException("--paper: expected geneft, grokking or all, got '" + paper + "'");
        }
    }

    /** --graph, --format and --sweeps belong to GenEFT's report. */
    private void refuseGeneftOnly() {
        for (String o : new String[] {"--graph", "--format", "--sweeps", "--n"})
            if (spec.commandLine().getParseResult() != null && spec.commandLine().getParseResult().hasMatchedOption(o))
                throw new IllegalArgumentException(o + " applies to --paper geneft (or all), not to --paper grokking");
    }

    private int verifyGrokking(Path target, Path proofFolder) {
        GrokkingBudget b = GrokkingBudget.parse(budget);
        ToyRun.Draw d = ToyRun.Draw.parse("--draw", draw); // a wrong word fails before any stage runs
        Optional<LatexRunner> latex = noPdf ? Optional.empty() : LatexRunner.find(LATEX_TIMEOUT_SECONDS);
        String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        var machine = RunEnvironment.machine();
        if (!Files.isDirectory(proofFolder)) throw new IllegalArgumentException("--proofs " + proofFolder + ": no such folder");
        List<DerivationResult> derivations = stage("symbolic derivations (Symja, " + GrokkingPaper.PROOFS + ")",
                () -> GrokkingPaper.derive(proofFolder));
        GrokkingChecks.Result exact = stage("Figs. 4(a), 4(c), 5(a), Eq. 6-9, Appendix E (exact ranks, Hipparchus)",
                () -> new GrokkingChecks(b, seed).run());
        GrokkingChecks.Result trained, diagrams;
        // The toy model's runs go to a store under --runs as they finish: a killed verify resumes there, and the
        // shards of `geneft grokking sweep` meet there.
        try (ToyRunStore store = ToyRunStore.open(ToyRunStore.folder(runs, b.word(), seed, d), Shard.ALL)) {
            store.notes().forEach(n -> System.err.println("geneft: " + n));
            int cores = Runtime.getRuntime().availableProcessors();
            ToyChecks toy = new ToyChecks(b, seed, d, cores, store);
            trained = stage("the toy model's runs (Figs. 3, 4(b), 5(b), Appendix E)", () -> toy.check(toy.runs()));
            PhaseChecks phases = new PhaseChecks(b, seed, d, cores, store);
            AppendixGChecks more = new AppendixGChecks(b, seed, d, cores, store);
            PermutationChecks s3 = new PermutationChecks(b, seed, d, cores, store);
            PermutationFractionChecks s3Fraction = new PermutationFractionChecks(b, seed, d, cores, store);
            diagrams = GrokkingPaper.merge(GrokkingPaper.merge(GrokkingPaper.merge(
                    stage("the toy model's phase diagrams (Fig. 6(a)-(c))", phases::run),
                    stage("Appendix G's phase diagrams (Figs. 13-15)", more::run)),
                    stage("the permutation group's phase diagram (Fig. 6(d))", s3::run)),
                    stage("the permutation group against the training fraction (Fig. 18)", s3Fraction::run));
            try (TransformerStore tStore = TransformerStore.open(ToyRunStore.folder(runs, b.word(), seed, d))) {
                tStore.notes().forEach(n -> System.err.println("geneft: " + n));
                TransformerChecks transformer = new TransformerChecks(b, seed, cores, tStore);
                diagrams = GrokkingPaper.merge(diagrams, stage("the transformer at a reduced scale (Sec. 4.2)",
                        transformer::run));
            }
        }
        GrokkingChecks.Result checks = GrokkingPaper.merge(GrokkingPaper.merge(exact, trained), diagrams);
        List<Claim> claims = GrokkingPaper.claims(derivations, checks);
        String latexVersion = latex.map(LatexRunner::version).orElse("not used (no pdflatex on the PATH, or --no-pdf)");
        RunInfo run = new RunInfo(commandLine(), b.word(), seed, GrokkingChecks.P, started, b.describe(),
                RunEnvironment.versions(latexVersion), machine, stages, checks.protocols());
        Report report = PaperReport.build(GrokkingPaper.PAPER, run, claims, GrokkingPaper.SECTIONS,
                GrokkingPaper::sectionOf, derivations, checks.tables(), checks.figures());
        ReportWriter.Written written = ReportWriter.write(target, report, latex, o -> VerdictsJson.of(GrokkingPaper.ID,
                run, report.ledger(), o, f -> report.ledger().entries().stream()
                        .filter(e -> e.claim().id().equals(f.checks().get(0).id())).map(ClaimLedger.Entry::section)
                        .findFirst().orElse(""), GrokkingPaper::protocolOf));
        summary("grokking", report.ledger(), written);
        return strict && report.ledger().anyRefuted() ? ExitCode.REFUTED : ExitCode.OK;
    }

    private int verifyGeneft(Path out, Path proofs) {
        VerifyBudget b = VerifyBudget.parse(budget);
        Precision arithmetic = Precision.parse(precision, "--precision");
        if (sweeps != null) {
            if (!Files.isDirectory(sweeps)) throw new IllegalArgumentException("--sweeps " + sweeps + ": no such folder");
            evidence = (bw, s, p, dir) -> FigureSweeps.figures().stream()
                    .map(f -> FigureSweeps.stored(f, bw, s, p, sweeps.resolve(f))).toList();
        }
        if (format != null && graph == null) throw new IllegalArgumentException("--format applies to --graph FILE");
        ProofLibrary library = new ProofLibrary(proofs);
        StaticClaims statics = new StaticClaims(new NautyAutomorphisms(), n, b.staticSamplings(), seed);
        Optional<Digraph> userGraph = Optional.ofNullable(graph).map(this::readGraph);
        Optional<LatexRunner> latex = noPdf ? Optional.empty() : LatexRunner.find(LATEX_TIMEOUT_SECONDS);
        String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        var machine = RunEnvironment.machine();

        List<Claim> claims = new ArrayList<>(stage("static claims (Sec. III, Table 2)", statics::check));
        claims.addAll(stage("Table 2's property classes", () -> new PropertyClassCounts(n).check()));
        claims.add(new BipartiteAsEquivalence(n).check());
        claims.addAll(stage("Table 2's structure rows (incomplete bipartite, tree, transitive)", () -> List.of(
                new IncompleteBipartiteRow(new NautyAutomorphisms(), n, seed).check(),
                new TreeRow(new NautyAutomorphisms(), seed).check(),
                new TransitiveRow(new NautyAutomorphisms(), n).check())));
        claims.addAll(stage("Theorem 1 (every embedding of small class structures)", () -> new Theorem1Check(seed).check()));
        // A run that generalizes without the collision is a counterexample on the paper's model at any step count.
        claims.add(stage("collision as a necessary condition (trained embeddings of mod 3)",
                () -> new EmpiricalBasis(Budget.parse(b.word()), EmpiricalBasis.Kind.COUNTEREXAMPLE, true)
                        .judge(new EmbeddingGroupingClaim(b.groupingRuns(), b.groupingSteps(), seed).check())));
        claims.add(stage("Appendix D's sampled orderings (10 against 1000)",
                () -> new SequenceCountClaim(n, b.sequenceSets(), seed).check()));
        List<AccuracyBoundFigure.Series> fig2 = stage("Figure 2 (Eq. 5, Appendix D, exact Bayes)",
                () -> AccuracyBoundFigure.compute(new NautyAutomorphisms(), n, b.fig2Fractions(), b.fig2Samplings(), seed));
        claims.add(org.geneft.statics.Fig2Agreement.check(fig2));
        List<DerivationResult> derivations = stage("symbolic derivations (Symja)", () -> new SymbolicClaims(library).run());
        claims.addAll(SymbolicClaims.claims(derivations));
        DynamicClaims.Result dynamics = stage("repon dynamics and Theorem 3", () -> new DynamicClaims(b.reponSamples(), seed).run());
        claims.addAll(dynamics.claims());
        PhasePortrait portrait = stage("Figure 4 (phase portrait)", () -> PhasePortrait.compute(
                new ReducedReponSystem(PORTRAIT_ETA_A, PORTRAIT_ETA_X), PORTRAIT_EXTENT, b.portraitGrid(), b.trajectories(),
                PORTRAIT_TIMES, IntegrationSettings.DEFAULT));
        List<SweepSummary> sweeps = stage("figure sweeps (Figs. 3, 5-8)", () -> evidence.sweep(b.word(), seed, arithmetic,
                sweepStore(b.word(), arithmetic)));
        Optional<GraphChapter> chapter = userGraph.map(g -> stage("your graph", () -> graphChapter(g)));

        String latexVersion = latex.map(LatexRunner::version).orElse("not used (no pdflatex on the PATH, or --no-pdf)");
        Map<String, Map<String, Object>> protocols = new LinkedHashMap<>();
        for (String fig : FigureSweeps.figures()) protocols.put(fig, FigureSweeps.protocol(fig, b.word(), seed));
        protocols.putAll(b.protocols(seed));
        RunInfo run = new RunInfo(commandLine(), b.word(), seed, n, started, b.describe(),
                RunEnvironment.versions(latexVersion), machine, stages, protocols);
        Report report = new ReportBuilder().build(new ReportInputs(run, claims, fig2,
                new PortraitEvidence(PORTRAIT_ETA_A, PORTRAIT_ETA_X, PORTRAIT_EXTENT, portrait), dynamics.theorem3(),
                b.reponSamples(), derivations, sweeps, chapter));
        ReportWriter.Written written = ReportWriter.write(out, report, latex, o -> VerdictsJson.of(run, report.ledger(), o));
        summary("geneft", report.ledger(), written);
        return strict && report.ledger().anyRefuted() ? ExitCode.REFUTED : ExitCode.OK;
    }

    /** One store folder per budget, seed and arithmetic: a store holds one grid, and a rerun resumes it. */
    private Path sweepStore(String budgetWord, Precision p) {
        return runs.resolve("verify-" + budgetWord + "-seed" + seed + (p == Precision.FLOAT64 ? "" : "-" + p.word()));
    }

    private List<SweepSummary> sweepFigures(String budgetWord, long sweepSeed, Precision p, Path storeDir) {
        int threads = Runtime.getRuntime().availableProcessors();
        List<SweepSummary> all = new ArrayList<>();
        for (String figure : FigureSweeps.figures())
            all.add(FigureSweeps.run(figure, budgetWord, sweepSeed, p, storeDir.resolve(figure), threads, Shard.ALL,
                    SweepProgress.forConsole(spec.commandLine().getErr(), "verify " + figure)));
        return all;
    }

    private <T> T stage(String name, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        stages.add(new RunInfo.Stage(name, (System.nanoTime() - start) / 1e9));
        return result;
    }

    private Digraph readGraph(Path file) {
        GraphFormat f = format == null ? GraphFormat.detect(file) : GraphFormat.parse(format);
        return GraphReaders.read(file, f, ReadLimits.DEFAULT);
    }

    private GraphChapter graphChapter(Digraph g) {
        GraphFormat f = format == null ? GraphFormat.detect(graph) : GraphFormat.parse(format);
        // The same engine as `geneft bounds` by default: a knowledge graph Traces alone cannot answer gets bliss too.
        AutomorphismEngine engine = Engines.byName(Engines.DEFAULT, MemoryBudget.defaultBudget("--max-memory").haltingOnExcess());
        RelationProperties p = new PropertyDetector().detect(g);
        StaticBounds bounds = StaticBounds.compute(g, p, engine.automorphisms(g), List.of(0.9, 0.99), Fractions.defaultGrid());
        return new GraphChapter(graph.toString(), f.word(), bounds);
    }

    private String commandLine() {
        List<String> args = spec.commandLine().getParseResult() == null ? List.of()
                : spec.commandLine().getParseResult().originalArgs();
        // The parse result holds the whole command line, the subcommand's name included.
        return args.isEmpty() ? "geneft verify" : "geneft " + String.join(" ", args);
    }

    private void summary(String paperId, ClaimLedger ledger, ReportWriter.Written written) {
        PrintWriter o = spec.commandLine().getOut();
        o.printf("geneft verify --paper %s (budget %s, seed %d): %d claims:", paperId, budget, seed, ledger.entries().size());
        ledger.counts().forEach((v, c) -> o.printf(" %d %s%s", c, v.words(), v.ordinal() < Verdict.values().length - 1 ? "," : ""));
        o.println();
        List<String> refuted = ledger.entries().stream().filter(e -> e.claim().verdict() == Verdict.REFUTED)
                .map(e -> e.claim().id()).toList();
        if (!refuted.isEmpty()) o.println("refuted: " + String.join(", ", refuted));
        o.println("report: " + written.folder() + " (report.tex, data/, verdicts.json)");
        if (written.pdf().isPresent()) {
            o.println("pdf:    " + written.pdf().get());
        } else if (written.latex().isPresent()) {
            o.println("pdf:    not built: " + written.latex().get().error());
            o.println("        the log is " + written.log() + "; report.tex is complete");
        } else {
            o.println("pdf:    not built (" + (noPdf ? "--no-pdf" : "no pdflatex on the PATH") + "). To get it: on Debian, "
                    + "./geneft installs texlive-latex-base texlive-latex-recommended texlive-pictures lmodern as root; "
                    + "then run: cd " + written.folder() + " && pdflatex report.tex (three times, for the cross-references)");
        }
        o.flush();
    }
}
