package org.geneft.grokking;

import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Verdict;
import org.geneft.experiments.DataTable;
import org.geneft.training.SumDecoderModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The grokking paper's claims on the trained toy model that its Fig. 3 runs decide (the authors' protocol,
 * toy/produce_figure_data.py: addition on p = 10, MSE, the default optimisers, 5000 steps, training sizes 5..54):
 * Appendix D's predicted accuracy against the true one, and Appendix E's ideal bounds. The runs go on every core; each
 * is seeded, so the result does not depend on the thread count.
 */
public final class ToyChecks {
    /** "aligns well" (Sec. 3.1, Fig. 3(c)) read as a mean absolute gap of at most 0.05: one pair in twenty. */
    static final double ALIGNED = 0.05;
    /** "except for luck ... in very rare cases" (Appendix E) read as: beyond chance in at most one run in ten. */
    static final double RARE = 0.1;
    private static final double Z = 3;

    private final GrokkingBudget budget;
    private final long seed;
    private final int threads;

    public ToyChecks(GrokkingBudget budget, long seed, int threads) {
        if (threads < 1) throw new IllegalArgumentException("need at least one thread, got " + threads);
        this.budget = budget;
        this.seed = seed;
        this.threads = threads;
    }

    /** The runs of Fig. 3, in (training size, seed) order. */
    public List<ToyRun.Result> runs() {
        List<ToyRun.Config> configs = new ArrayList<>();
        for (int pairs : budget.toyPairs())
            for (int s = 0; s < budget.toySeeds(); s++)
                configs.add(ToyRun.Config.authors(pairs, SumDecoderModel.Loss.MSE, budget.toySteps(), ToyRun.Stop.NEVER,
                        seed * 1_000 + s));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ToyRun.Result>> futures = new ArrayList<>();
            for (ToyRun.Config c : configs) futures.add(pool.submit(() -> ToyRun.run(c)));
            List<ToyRun.Result> out = new ArrayList<>();
            for (Future<ToyRun.Result> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training the toy model", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The verdicts, the table and the figure data, from the runs. */
    public GrokkingChecks.Result check(List<ToyRun.Result> runs) {
        List<List<Object>> rows = new ArrayList<>();
        double gapSum = 0, gapSq = 0, worst = 0;
        int accOver = 0, accBeyondChance = 0, rqiOver = 0, rqiBeyondChance = 0;
        double chanceRqi = chanceRqi(2_000, seed);
        for (ToyRun.Result r : runs) {
            int pairs = r.config().trainPairs();
            rows.add(List.of(pairs, pairs / 55.0, r.config().seed(), r.accuracy(), r.predicted(), r.ideal(),
                    r.rqi(), r.idealRqi(), r.trainStep(), r.testStep()));
            double gap = Math.abs(r.accuracy() - r.predicted());
            gapSum += gap;
            gapSq += gap * gap;
            worst = Math.max(worst, gap);
            if (r.accuracy() > r.ideal() + 1e-12) accOver++;
            if (r.accuracy() > r.ideal() + luckAccuracy(r) + 1e-12) accBeyondChance++;
            if (r.rqi() > r.idealRqi() + 1e-12) rqiOver++;
            if (r.rqi() > r.idealRqi() + luckRqi(r, chanceRqi) + 1e-12) rqiBeyondChance++;
        }
        int n = runs.size();
        double mean = gapSum / n, se = Math.sqrt(Math.max(0, (gapSq - n * mean * mean) / (n - 1)) / n);
        boolean smoke = budget.word().equals("smoke"), paper = budget.word().equals("paper");
        String basis = smoke ? "" : paper ? "the authors' protocol" : "quick budget: the authors' steps, "
                + budget.toySeeds() + " seeds of their 3";
        Verdict fig3 = smoke ? Verdict.NOT_CHECKED
                : mean + Z * se <= ALIGNED ? (paper ? Verdict.CONFIRMED : Verdict.REPRODUCED)
                : mean - Z * se > ALIGNED ? (paper ? Verdict.REFUTED : Verdict.NOT_REPRODUCED) : Verdict.UNDECIDED;
        List<Claim> claims = new ArrayList<>();
        String protocol = String.format(Locale.ROOT, "%d runs (training sizes %s of 55 pairs x %d seeds, p = 10, MSE to "
                + "30-dimensional random targets, 1-200-200-30 tanh decoder, AdamW 1e-3 / 1e-4, %d full-batch steps)",
                n, budget.toyPairs(), budget.toySeeds(), budget.toySteps());
        claims.add(new Claim("grok-fig3-predicted-accuracy", "The accuracy predicted from the representation's "
                + "parallelograms (Appendix D) aligns well with the true accuracy of the trained toy model",
                "Sec. 3.1, Fig. 3", Method.EMPIRICAL, fig3, String.format(Locale.ROOT, "%s%s: mean |Acc - predicted| = "
                        + "%.4f +- %.4f, largest %.4f ('aligns well' read as a mean gap of at most %.2f beyond %.0f "
                        + "standard errors).", smoke ? "Not checked at the smoke budget (too few, too short runs): " : "",
                        protocol, mean, se, worst, ALIGNED, Z), basis));
        int beyond = 0;
        for (ToyRun.Result r : runs) if (beyondChance(r, chanceRqi)) beyond++;
        Verdict bounds = smoke ? Verdict.NOT_CHECKED
                : beyond <= RARE * n ? (paper ? Verdict.CONFIRMED : Verdict.REPRODUCED)
                : paper ? Verdict.REFUTED : Verdict.NOT_REPRODUCED;
        claims.add(new Claim("grok-appendix-e-ideal-bounds", "The ideal model's RQI and accuracy bound the trained "
                + "model's, except for luck (the Alexander principle, Eq. 16-17)", "Appendix E, Eq. 16-17",
                Method.EMPIRICAL, bounds, String.format(Locale.ROOT, "%s%s: Acc exceeds the ideal accuracy in %d runs, "
                        + "beyond chance guessing in %d (a held-out pair the ideal model leaves open is right with "
                        + "probability 1/19; %.0f standard errors); RQI exceeds the ideal RQI in %d runs, beyond chance "
                        + "coincidences in %d (a random representation has %.4f of the parallelograms within delta = "
                        + "%.2f); %d of %d runs break a bound beyond chance ('very rare' read as at most one in %.0f). "
                        + "The mean RQI is %.3f against a mean ideal RQI of %.3f: the trained models are far from "
                        + "ideal, as the appendix says.", smoke ? "Not checked at the smoke budget: " : "", protocol,
                        accOver, accBeyondChance, Z, rqiOver, rqiBeyondChance, chanceRqi, ToyRun.DELTA, beyond, n,
                        1 / RARE,
                        runs.stream().mapToDouble(ToyRun.Result::rqi).average().orElse(Double.NaN),
                        runs.stream().mapToDouble(ToyRun.Result::idealRqi).average().orElse(Double.NaN)), basis));
        DataTable table = new DataTable("grok-fig3", List.of("train_pairs", "fraction", "seed", "accuracy", "predicted",
                "ideal", "rqi", "ideal_rqi", "train_step", "test_step"), rows);
        Map<String, Object> fig = new LinkedHashMap<>();
        fig.put("runs", Integer.toString(n));
        fig.put("steps", Long.toString(budget.toySteps()));
        fig.put("gap", String.format(Locale.ROOT, "%.3f", mean));
        Map<String, Map<String, Object>> protocols = new LinkedHashMap<>();
        Map<String, Object> toy = new LinkedHashMap<>();
        toy.put("budget", budget.word());
        toy.put("seeds", seed * 1_000 + ".." + (seed * 1_000 + budget.toySeeds() - 1));
        toy.put("runs", protocol);
        toy.put("model", "embeddings uniform(-1/2, 1/2), summed; torch.nn.Linear's default initialisation; float32");
        toy.put("rqi", "normalised embeddings (zero mean, unit sample variance), a parallelogram present within mean "
                + "squared distance " + ToyRun.DELTA + ", over all 70 parallelograms of the data (the authors' code)");
        toy.put("accuracy", "at the last step's forward pass, held-out and training pairs over all 55");
        protocols.put("grokking-toy", toy);
        return new GrokkingChecks.Result(claims, List.of(table), Map.of("fig3", fig), protocols);
    }

    // Alexander principle "except for luck": held-out pairs the ideal model leaves open may still be guessed right, each
    // with probability 1/19 (regression's nearest of 19 targets), and parallelograms the training set does not imply
    // may appear within delta by coincidence, at the rate of a random representation; Z standard errors above that.

    private static double luckAccuracy(ToyRun.Result r) {
        int open = (int) Math.round((1 - r.ideal()) * 55);
        double q = 1.0 / 19;
        return (open * q + Z * Math.sqrt(open * q * (1 - q))) / 55;
    }

    private static double luckRqi(ToyRun.Result r, double chance) {
        int notImplied = (int) Math.round((1 - r.idealRqi()) * 70);
        return (notImplied * chance + Z * Math.sqrt(notImplied * chance * (1 - chance))) / 70;
    }

    private static boolean beyondChance(ToyRun.Result r, double chance) {
        return r.accuracy() > r.ideal() + luckAccuracy(r) + 1e-12 || r.rqi() > r.idealRqi() + luckRqi(r, chance) + 1e-12;
    }

    /** The fraction of parallelograms present in a random representation (uniform, normalised), by Monte Carlo. */
    static double chanceRqi(int draws, long seed) {
        List<int[]> all = ToyRun.allParallelograms(10);
        SplittableRandom rng = new SplittableRandom(seed ^ 0xC0FFEEL);
        double sum = 0;
        for (int s = 0; s < draws; s++) {
            double[] e = new double[10];
            for (int k = 0; k < 10; k++) e[k] = rng.nextDouble() - 0.5;
            sum += ToyRun.rqi(e, 10, 1, all);
        }
        return sum / draws;
    }
}
