package org.geneft.grokking;

import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Verdict;
import org.geneft.experiments.DataTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sec. 4.2's transformer claims (Figs. 1 and 7) on the authors' model (grokking-squared's phasegrok/models.py and
 * scripts/transformer_grokking.py, of May 2022, with the snakefile that ran Fig. 7's scans) at a stated reduced scale a
 * CPU runs: addition modulo P on every ordered pair, the authors' 80 % trained on, D-dimensional embeddings, two
 * pre-norm encoder layers of one head and a HIDDEN-wide ReLU feed-forward, AdamW at the authors' 10^-3 for both parts,
 * the embeddings' weight decay AdamW's default 0.01 (the script sets none for them). Each seed runs without
 * regularization, on a share of the authors' weight-decay grid and on a share of their dropout grid. The paper's own
 * scale (256 dimensions, p = 53, up to 10^5 steps a run on GPUs) is beyond this verifier, so every verdict here is
 * "reproduced" or "not reproduced" at this scale, never a confirmation or a refutation of the paper's runs. At the
 * paper budget the first seed also runs Fig. 7 (right)'s grid of decoder learning rates (TransformerPhases).
 */
public final class TransformerChecks {
    static final int P = 31, D = 32, HEADS = 1, HIDDEN = 64, DEPTH = 2, EVERY = 50;
    static final double FRACTION = 0.8, LR = 1e-3, EMBED_DECAY = 0.01;
    /** "Much earlier": a held-out 90 % step at most half the unregularized one (a run that never gets there counts
     * as beyond its budget). */
    static final double MUCH = 0.5;
    /** Held-out accuracy read as perfect generalization (Fig. 1's "perfect generalization"). */
    static final double PERFECT = 0.99;
    /** Held-out accuracy below which a model that fits its training set has not generalized ("early on"). */
    static final double NOT_YET = 0.5;
    /** The smallest dropout rate read as "significant": a fifth of the units. */
    static final double SIGNIFICANT = 0.2;
    /**
     * Phase coherence of the initial embeddings on the end's axes read as "much of that structure" (Appendix K): above
     * the best of p random phases over every frequency and sign (about 0.4 at p = 31, EmbeddingPca), half a circle's.
     */
    static final double ORDER_AT_INIT = 0.5;

    static final String GROKS = "Training the transformer's embeddings and decoder with the same optimizer (no weight "
            + "decay) leads to grokking: the training set is fit long before the held-out set";
    static final String DECAY_SPEEDS = "Weight decay on the decoder makes generalization appear much earlier; contrary "
            + "to the toy model, a certain amount of it speeds generalization up significantly";
    static final String DROPOUT = "With a significant dropout rate in the decoder blocks, generalization comes much "
            + "sooner and the grokking phenomenon vanishes";
    static final String CIRCLE = "Perfect generalization coincides with the first two principal components of the "
            + "embeddings showing the symbols on a circle";
    static final String NO_EARLY = "Early on, when the model fits the training set without generalizing, PCA of the "
            + "embeddings reveals no structure";
    static final String LOTTERY = "The embeddings at initialisation, projected onto the principal components of the "
            + "embeddings at generalization, already contain much of the circle's structure (the lottery ticket reading)";
    static final String ENTROPY = "The entropy of PCA's explained variance ratio increases up to generalization time, "
            + "then decreases drastically";

    private final GrokkingBudget budget;
    private final long seed;
    private final int threads;
    private final TransformerStore store;

    public TransformerChecks(GrokkingBudget budget, long seed, int threads, TransformerStore store) {
        this.budget = budget;
        this.seed = seed;
        this.threads = threads;
        this.store = store;
    }

    /** The authors' weight-decay grid, exp(linspace(-4, 3, 19)) (phasegrok/definitions.py, Ranges.weight_decay). */
    static double authorsDecay(int i) {
        return Math.exp(-4 + 7.0 * i / 18);
    }

    /** The authors' dropout grid, linspace(0, 0.5, 10) (Ranges.dropout). */
    static double authorsDropout(int i) {
        return 0.5 * i / 9;
    }

    /** The share of the authors' decay grid a budget runs: every third value at the paper budget, e^(2/3) at quick. */
    static int[] decayIndices(GrokkingBudget b) {
        return b.word().equals("paper") ? new int[] {0, 3, 6, 9, 12, 15, 18} : new int[] {12};
    }

    /** The share of the authors' dropout grid a budget runs: every third value at the paper budget, 1/3 at quick. */
    static int[] dropoutIndices(GrokkingBudget b) {
        return b.word().equals("paper") ? new int[] {3, 6, 9} : new int[] {6};
    }

    static TransformerRun.Config config(double decay, double dropout, long steps, long seed) {
        return config(LR, decay, dropout, steps, seed);
    }

    static TransformerRun.Config config(double decoderLr, double decay, double dropout, long steps, long seed) {
        return new TransformerRun.Config(P, D, HEADS, HIDDEN, DEPTH, dropout, FRACTION, LR, decoderLr, EMBED_DECAY,
                decay, steps, EVERY, seed);
    }

    /**
     * Each seed's runs: unregularized, then each decay of the budget's share, then each dropout rate; then Fig. 7
     * (right)'s grid of decoder learning rates (TransformerPhases; the paper budget only).
     */
    public static List<TransformerRun.Config> configs(GrokkingBudget budget, long seed) {
        List<TransformerRun.Config> out = new ArrayList<>();
        long steps = budget.transformerSteps();
        for (int s = 0; s < budget.transformerSeeds(); s++) {
            out.add(config(0, 0, steps, seed + s));
            for (int i : decayIndices(budget)) out.add(config(authorsDecay(i), 0, steps, seed + s));
            for (int i : dropoutIndices(budget)) out.add(config(0, authorsDropout(i), steps, seed + s));
        }
        out.addAll(TransformerPhases.configs(budget, seed));
        return out;
    }

    /** Trains what the store lacks of the budget's runs, then gives the verdicts. */
    public GrokkingChecks.Result run() {
        List<TransformerRun.Config> configs = configs(budget, seed);
        return check(train(configs, threads, store));
    }

    /** Each configuration's stored run, training (on up to {@code threads} threads) and storing those missing. */
    public static List<TransformerRun.Result> train(List<TransformerRun.Config> configs, int threads,
            TransformerStore store) {
        List<TransformerRun.Result> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, configs.size())));
        try {
            List<Future<TransformerRun.Result>> futures = new ArrayList<>();
            for (TransformerRun.Config c : configs)
                futures.add(pool.submit(() -> store.get(c).orElseGet(() -> {
                    TransformerRun.Result r = TransformerRun.run(c);
                    store.put(r);
                    return r;
                })));
            for (Future<TransformerRun.Result> f : futures) results.add(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    /** The verdicts once the store holds every run of the budget, else empty (a shard's sweep before the others). */
    public java.util.Optional<GrokkingChecks.Result> checkStored() {
        List<TransformerRun.Result> runs = new ArrayList<>();
        for (TransformerRun.Config c : configs(budget, seed)) {
            java.util.Optional<TransformerRun.Result> r = store.get(c);
            if (r.isEmpty()) return java.util.Optional.empty();
            runs.add(r.get());
        }
        return java.util.Optional.of(check(runs));
    }

    private static String where(String fig) {
        return "Sec. 4.2, " + fig;
    }

    private static long testOrBeyond(TransformerRun.Result r) {
        return r.testStep() >= 0 ? r.testStep() : Long.MAX_VALUE;
    }

    /** The verdicts from the runs (none: not checked). */
    GrokkingChecks.Result check(List<TransformerRun.Result> all) {
        List<Claim> claims = new ArrayList<>();
        if (all.isEmpty()) {
            String why = "Not checked at the smoke budget (no transformer runs).";
            for (String[] c : new String[][] {{"grok-transformer-grokking", GROKS, "Figs. 1, 7"},
                    {"grok-transformer-decay", DECAY_SPEEDS, "Fig. 7"}, {"grok-transformer-dropout", DROPOUT, "text"},
                    {"grok-transformer-circle", CIRCLE, "Fig. 1"},
                    {"grok-transformer-no-early-structure", NO_EARLY, "Fig. 1"},
                    {"grok-transformer-lottery-ticket", LOTTERY, "Appendix K, Fig. 21"},
                    {"grok-transformer-entropy", ENTROPY, "Fig. 7"}})
                claims.add(new Claim(c[0], c[1], where(c[2]), Method.EMPIRICAL, Verdict.NOT_CHECKED, why));
            GrokkingChecks.Result phases = TransformerPhases.check(budget, seed, all);
            claims.addAll(phases.claims());
            Map<String, Object> figures = new LinkedHashMap<>(phases.figures());
            figures.put("transformer", Map.of("run", false));
            return new GrokkingChecks.Result(claims, phases.tables(), figures, Map.of());
        }
        GrokkingChecks.Result phases = TransformerPhases.check(budget, seed, all);
        // The claims below read the runs at the authors' decoder rate (the scans); the grid's others only the phases.
        List<TransformerRun.Result> runs = all.stream().filter(r -> r.config().decoderLr() == LR).toList();
        List<TransformerRun.Result> plain = runs.stream().filter(TransformerChecks::unregularized).toList(),
                decayed = runs.stream().filter(r -> r.config().decay() > 0).toList(),
                dropped = runs.stream().filter(r -> r.config().dropout() > 0).toList();
        String basis = String.format(Locale.ROOT, "reduced scale: p = %d, d = %d, %d layers, up to %,d steps, %d seeds",
                P, D, DEPTH, budget.transformerSteps(), plain.size());

        // Unregularized: grokking, the phase of Appendix A (held-out 90 % more than 10^3 steps after training's).
        long grok = plain.stream().filter(r -> r.phase() == PhaseDiagram.Phase.GROKKING).count();
        claims.add(new Claim("grok-transformer-grokking", GROKS, where("Figs. 1, 7"), Method.EMPIRICAL,
                2 * grok > plain.size() ? Verdict.REPRODUCED : Verdict.NOT_REPRODUCED,
                String.format(Locale.ROOT, "Without weight decay or dropout, phases of the %d runs (Appendix A's, 90 %% "
                        + "on both sets, a gap over 10^3 steps for grokking): %s.", plain.size(), phases(plain)), basis));

        // The best decay of the grid against none, seed by seed.
        Scan decay = scan(plain, decayed, r -> r.config().decay(), r -> true);
        claims.add(new Claim("grok-transformer-decay", DECAY_SPEEDS, where("Fig. 7"), Method.EMPIRICAL,
                decay.hits == plain.size() ? Verdict.REPRODUCED : Verdict.NOT_REPRODUCED,
                String.format(Locale.ROOT, "Held-out 90 %% steps on the decoder's weight decays %s of the authors' grid "
                        + "exp(linspace(-4, 3, 19)), against none: %s. Much earlier (at most %.1f times the step without "
                        + "decay, or without decay never) for some decay in %d of %d seeds.", values(decayIndices(budget),
                        true), decay.text, MUCH, decay.hits, plain.size()), basis));

        // A significant dropout rate: comprehension, much earlier.
        Scan drop = scan(plain, dropped, r -> r.config().dropout(), r -> r.config().dropout() >= SIGNIFICANT
                && r.phase() == PhaseDiagram.Phase.COMPREHENSION);
        claims.add(new Claim("grok-transformer-dropout", DROPOUT, where("text"), Method.EMPIRICAL,
                drop.hits == plain.size() ? Verdict.REPRODUCED : Verdict.NOT_REPRODUCED,
                String.format(Locale.ROOT, "Held-out 90 %% steps at dropout rates %s of the authors' grid linspace(0, "
                        + "0.5, 10), against none: %s. A rate of at least %.1f that comprehends (no grokking gap) and "
                        + "generalizes at most %.1f times the step without, in %d of %d seeds. Phases with dropout: %s.",
                        values(dropoutIndices(budget), false), drop.text, SIGNIFICANT, MUCH, drop.hits, plain.size(),
                        phases(dropped)), basis));

        // The circle at perfect generalization.
        List<TransformerRun.Result> perfect = runs.stream().filter(r -> r.finalTest() >= PERFECT).toList();
        long circles = perfect.stream().filter(r -> r.atEnd().isCircle()).count();
        claims.add(new Claim("grok-transformer-circle", CIRCLE, where("Fig. 1"), Method.EMPIRICAL,
                perfect.isEmpty() ? Verdict.NOT_REPRODUCED : circles == perfect.size() ? Verdict.REPRODUCED
                        : Verdict.NOT_REPRODUCED,
                perfect.isEmpty() ? "No run reaches " + fmt(PERFECT) + " held-out accuracy within its budget."
                        : String.format(Locale.ROOT, "Of the %d runs ending at held-out accuracy %.2f or more, %d show a "
                        + "circle on the first two components (phase coherence >= %.1f at one frequency, radii's "
                        + "coefficient of variation <= %.1f): %s.", perfect.size(), PERFECT, circles,
                        EmbeddingPca.CIRCLE_COHERENCE, EmbeddingPca.CIRCLE_SPREAD, pictures(perfect, false)), basis));

        // No structure when the training set is fit and the held-out set is not.
        List<TransformerRun.Result> early = runs.stream().filter(r -> r.atMemory() != null
                && testAt(r, r.trainStep()) < NOT_YET).toList();
        long ordered = early.stream().filter(r -> r.atMemory().coherence() >= EmbeddingPca.CIRCLE_COHERENCE).count();
        claims.add(new Claim("grok-transformer-no-early-structure", NO_EARLY, where("Fig. 1"), Method.EMPIRICAL,
                early.isEmpty() ? Verdict.NOT_REPRODUCED : 2 * ordered < early.size() ? Verdict.REPRODUCED
                        : Verdict.NOT_REPRODUCED,
                early.isEmpty() ? "No run fits its training set before the held-out set passes " + fmt(NOT_YET) + "."
                        : String.format(Locale.ROOT, "At the step where the training set first passes 90 %% (held-out "
                        + "accuracy still below %.1f), %d of %d runs already order the symbols on the first two "
                        + "components by one frequency (phase coherence >= %.1f; random embeddings, as at "
                        + "initialisation, give about 1/sqrt(p)): %s. At initialisation the coherence is %s.", NOT_YET,
                        ordered, early.size(), EmbeddingPca.CIRCLE_COHERENCE, pictures(early, true),
                        range(early.stream().mapToDouble(r -> r.atStart().coherence()).toArray())), basis));

        // Appendix K: the initial embeddings on the end's axes, in the runs that end as a circle.
        List<TransformerRun.Result> circled = perfect.stream().filter(r -> r.atEnd().isCircle()).toList();
        List<TransformerRun.Result> measured = circled.stream().filter(r -> r.startOnEnd() != null).toList();
        long ticket = measured.stream().filter(r -> r.startOnEnd().frequency() == r.atEnd().frequency()
                && r.startOnEnd().coherence() >= ORDER_AT_INIT).count();
        StringBuilder lt = new StringBuilder();
        for (TransformerRun.Result r : measured)
            lt.append(String.format(Locale.ROOT, "%s%s: the end's circle at frequency %d (coherence %.3f); the initial "
                    + "embeddings on its axes: frequency %d, coherence %.3f", lt.length() == 0 ? "" : "; ", label(r),
                    r.atEnd().frequency(), r.atEnd().coherence(), r.startOnEnd().frequency(), r.startOnEnd().coherence()));
        claims.add(new Claim("grok-transformer-lottery-ticket", LOTTERY, where("Appendix K, Fig. 21"), Method.EMPIRICAL,
                !measured.isEmpty() && ticket == measured.size() ? Verdict.REPRODUCED : Verdict.NOT_REPRODUCED,
                measured.isEmpty() ? (circled.isEmpty() ? "No run ends at perfect generalization with a circle on its "
                        + "first two components." : circled.size() + " runs end as a circle, stored before this was "
                        + "measured.") : String.format(Locale.ROOT, "Read as: on the end's first two principal axes, "
                        + "the initial embeddings order the symbols at the end circle's frequency with phase coherence "
                        + "%.1f or more (random phases: about 0.4 at the best frequency). Holds in %d of %d runs ending "
                        + "as a circle: %s.", ORDER_AT_INIT, ticket, measured.size(), lt), basis));

        // The entropy: up until the held-out 90 % step, then down.
        List<TransformerRun.Result> general = runs.stream().filter(r -> r.testStep() > 0).toList();
        long risesFalls = general.stream().filter(TransformerChecks::risesThenFalls).count();
        StringBuilder ent = new StringBuilder();
        for (TransformerRun.Result r : general)
            ent.append(String.format(Locale.ROOT, "%s%s: S(0) %.3f, peak %.3f at step %d, S(%d) %.3f, S(%d) %.3f",
                    ent.length() == 0 ? "" : "; ", label(r), r.trajectory().get(0).entropy(), peak(r).entropy(),
                    peak(r).step(), r.testStep(), at(r, r.testStep()).entropy(), r.lastStep(), last(r).entropy()));
        claims.add(new Claim("grok-transformer-entropy", ENTROPY, where("Fig. 7"), Method.EMPIRICAL,
                general.isEmpty() ? Verdict.NOT_REPRODUCED : risesFalls == general.size() ? Verdict.REPRODUCED
                        : Verdict.NOT_REPRODUCED,
                general.isEmpty() ? "No run generalizes within its budget." : String.format(Locale.ROOT,
                        "Read as: S at the held-out 90 %% step above S at initialisation, and S at the run's end (twice "
                        + "that step) below it. Holds in %d of %d generalizing runs: %s (nats; ln %d = %.3f is the "
                        + "most).", risesFalls, general.size(), ent, D, Math.log(D)), basis));
        claims.addAll(phases.claims());

        List<List<Object>> rows = new ArrayList<>();
        for (TransformerRun.Result r : runs)
            rows.add(Arrays.asList(r.config().seed(), r.config().decay(), r.config().dropout(),
                    r.trainStep() < 0 ? null : r.trainStep(), r.testStep() < 0 ? null : r.testStep(), r.phase().word(),
                    r.finalTest(), r.trajectory().get(0).entropy(), r.testStep() < 0 ? null
                            : at(r, r.testStep()).entropy(), last(r).entropy(), r.atStart().coherence(),
                    r.atMemory() == null ? null : r.atMemory().coherence(), r.atEnd().coherence(), r.atEnd().spread()));
        List<DataTable> tables = new ArrayList<>(List.of(new DataTable("grok-transformer", List.of("seed", "decay",
                "dropout", "train_step", "test_step", "phase", "final_test", "entropy_start", "entropy_test90",
                "entropy_end", "coherence_start", "coherence_memory", "coherence_end", "spread_end"), rows)));
        // Each run's trajectory, for the report's curves.
        List<Map<String, Object>> curves = new ArrayList<>();
        for (TransformerRun.Result r : runs) {
            String kind = unregularized(r) ? "plain" : r.config().decay() > 0 ? "decay" : "dropout";
            String name = String.format(Locale.ROOT, "grok-transformer-s%d-%s-%s", r.config().seed(), kind,
                    fmt(kind.equals("dropout") ? r.config().dropout() : r.config().decay()).replace('.', 'p'));
            List<List<Object>> pts = new ArrayList<>();
            for (TransformerRun.Point pt : r.trajectory())
                pts.add(List.of(pt.step(), pt.train(), pt.test(), pt.entropy()));
            tables.add(new DataTable(name, List.of("step", "train", "test", "entropy"), pts));
            curves.add(Map.of("name", name, "color", kind.equals("plain") ? "blue" : kind.equals("decay") ? "red"
                    : "green!60!black"));
        }
        // The scans (Fig. 7's decay and dropout axes): each run's held-out 90 % step, or the budget where it never got
        // there, against its decay or dropout rate (the unregularized run is the dropout scan's rate 0).
        Map<String, Object> scans = new LinkedHashMap<>();
        for (String axis : new String[] {"decay", "dropout"}) {
            List<List<Object>> reached = new ArrayList<>(), never = new ArrayList<>();
            for (TransformerRun.Result r : axis.equals("decay") ? decayed : runs.stream()
                    .filter(x -> x.config().decay() == 0).toList()) {
                double value = axis.equals("decay") ? r.config().decay() : r.config().dropout();
                (r.testStep() >= 0 ? reached : never).add(List.of(value, r.config().seed(),
                        r.testStep() >= 0 ? r.testStep() : r.config().steps()));
            }
            for (List<List<Object>> t : List.of(reached, never)) {
                String name = "grok-transformer-" + axis + "-scan" + (t == never ? "-never" : "");
                tables.add(new DataTable(name, List.of("value", "seed", "step"), t));
                scans.put(axis + (t == never ? "Never" : "Reached"), !t.isEmpty());
            }
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("budget", budget.word());
        p.put("model", String.format(Locale.ROOT, "the authors' (phasegrok/models.py): addition modulo %d on every "
                + "ordered pair, %.0f %% trained on (full batch); embeddings of %d dimensions, no position vectors; %d "
                + "torch.nn.TransformerEncoderLayer (%d head, feed-forward %d wide, ReLU, layer norm first, attention "
                + "over both symbols); the two outputs concatenated into a linear layer of %d logits; cross-entropy",
                P, 100 * FRACTION, D, DEPTH, HEADS, HIDDEN, P));
        p.put("optimizer", String.format(Locale.ROOT, "AdamW (0.9, 0.999), learning rate %s for embeddings and decoder; "
                + "the embeddings' weight decay %s (AdamW's default: the script gives their group none), the decoder's "
                + "0 or the grid's", fmt(LR), fmt(EMBED_DECAY)));
        p.put("runs", String.format(Locale.ROOT, "%d seeds from %d, each unregularized, at decoder weight decays %s and "
                + "at dropout rates %s;%s up to %,d steps, measured every %d; a run ends at twice its held-out 90 %% step",
                plain.size(), seed, values(decayIndices(budget), true), values(dropoutIndices(budget), false),
                TransformerPhases.runs(budget) ? String.format(Locale.ROOT, " seed %d also at decoder learning rates "
                        + "%s (Fig. 7, right) by decays %s;", seed, TransformerPhases.rateWords(), values(
                        TransformerPhases.DECAY_INDICES, true)) : "", budget.transformerSteps(), EVERY));
        p.put("scale", "reduced (the authors': 256-dimensional embeddings, p = 53, feed-forward 256 wide, up to 10^5 "
                + "steps a run)");
        Map<String, Object> fig = new LinkedHashMap<>();
        fig.put("run", true);
        fig.put("runs", curves);
        fig.put("steps", String.format(Locale.ROOT, "%,d", budget.transformerSteps()));
        fig.put("p", P);
        fig.put("d", D);
        fig.put("depth", DEPTH);
        fig.put("decays", values(decayIndices(budget), true));
        fig.put("dropouts", values(dropoutIndices(budget), false));
        fig.put("scans", scans);
        tables.addAll(phases.tables());
        Map<String, Object> figures = new LinkedHashMap<>(phases.figures());
        figures.put("transformer", fig);
        return new GrokkingChecks.Result(claims, tables, figures, Map.of("grokking-transformer", p));
    }

    static boolean unregularized(TransformerRun.Result r) {
        return r.config().decay() == 0 && r.config().dropout() == 0;
    }

    /** Seed by seed, the regularized runs against the unregularized one: how many seeds have a qualifying run. */
    private record Scan(int hits, String text) { }

    private static Scan scan(List<TransformerRun.Result> plain, List<TransformerRun.Result> regularized,
            java.util.function.ToDoubleFunction<TransformerRun.Result> value,
            java.util.function.Predicate<TransformerRun.Result> qualifies) {
        int hits = 0;
        StringBuilder text = new StringBuilder();
        for (TransformerRun.Result n : plain) {
            long without = testOrBeyond(n);
            boolean hit = false;
            StringBuilder each = new StringBuilder();
            for (TransformerRun.Result r : regularized) {
                if (r.config().seed() != n.config().seed()) continue;
                long with = testOrBeyond(r);
                if (with != Long.MAX_VALUE && (without == Long.MAX_VALUE || with <= MUCH * without) && qualifies.test(r))
                    hit = true;
                each.append(String.format(Locale.ROOT, "%s%s: %s", each.length() == 0 ? "" : ", ",
                        fmt(value.applyAsDouble(r)), steps(r)));
            }
            if (hit) hits++;
            text.append(String.format(Locale.ROOT, "%sseed %d: none %s; %s", text.length() == 0 ? "" : "; ",
                    n.config().seed(), steps(n), each));
        }
        return new Scan(hits, text.toString());
    }

    static String values(int[] indices, boolean decay) {
        StringBuilder s = new StringBuilder();
        for (int i : indices)
            s.append(s.length() == 0 ? "" : ", ").append(fmt(decay ? authorsDecay(i) : authorsDropout(i)));
        return s.toString();
    }

    private static String label(TransformerRun.Result r) {
        return String.format(Locale.ROOT, "seed %d %s", r.config().seed(), unregularized(r) ? "unregularized"
                : r.config().decay() > 0 ? "decay " + fmt(r.config().decay()) : "dropout " + fmt(r.config().dropout()));
    }

    private static boolean risesThenFalls(TransformerRun.Result r) {
        double s0 = r.trajectory().get(0).entropy(), sg = at(r, r.testStep()).entropy();
        return sg > s0 && last(r).entropy() < sg;
    }

    private static TransformerRun.Point at(TransformerRun.Result r, long step) {
        return r.trajectory().stream().filter(p -> p.step() == step).findFirst().orElseThrow();
    }

    private static double testAt(TransformerRun.Result r, long step) {
        return at(r, step).test();
    }

    private static TransformerRun.Point last(TransformerRun.Result r) {
        return r.trajectory().get(r.trajectory().size() - 1);
    }

    private static TransformerRun.Point peak(TransformerRun.Result r) {
        TransformerRun.Point best = r.trajectory().get(0);
        for (TransformerRun.Point p : r.trajectory()) if (p.entropy() > best.entropy()) best = p;
        return best;
    }

    private static String phases(List<TransformerRun.Result> runs) {
        Map<String, Long> n = new LinkedHashMap<>();
        for (PhaseDiagram.Phase ph : PhaseDiagram.Phase.values()) {
            long k = runs.stream().filter(r -> r.phase() == ph).count();
            if (k > 0) n.put(ph.word(), k);
        }
        StringBuilder s = new StringBuilder();
        n.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
        for (TransformerRun.Result r : runs)
            s.append(String.format(Locale.ROOT, "; %s: training 90 %% at %s, held-out at %s", label(r),
                    r.trainStep() < 0 ? "never" : Long.toString(r.trainStep()), steps(r)));
        return s.toString();
    }

    private static String steps(TransformerRun.Result r) {
        return r.testStep() < 0 ? "never within " + String.format(Locale.ROOT, "%,d", r.config().steps())
                : String.format(Locale.ROOT, "%,d", r.testStep());
    }

    private static String pictures(List<TransformerRun.Result> runs, boolean memory) {
        StringBuilder s = new StringBuilder();
        for (TransformerRun.Result r : runs) {
            EmbeddingPca.Circle c = memory ? r.atMemory() : r.atEnd();
            s.append(String.format(Locale.ROOT, "%s%s%s: frequency %d, coherence %.3f, spread %.3f",
                    s.length() == 0 ? "" : "; ", label(r), memory ? " at step " + r.trainStep() : "", c.frequency(), c.coherence(), c.spread()));
        }
        return s.toString();
    }

    private static String range(double[] v) {
        double lo = Arrays.stream(v).min().orElse(Double.NaN), hi = Arrays.stream(v).max().orElse(Double.NaN);
        return String.format(Locale.ROOT, "%.3f to %.3f", lo, hi);
    }

    private static String fmt(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e6 ? Long.toString((long) x) : String.format(Locale.ROOT, "%.3g", x);
    }
}
