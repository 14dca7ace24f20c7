package org.geneft.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each budget of geneft verify computes: the Monte Carlo sizes of the static and dynamic checks
 * and of Figs. 2 and 4. smoke is what CI runs (seconds), quick the default (minutes), paper the
 * paper's own sizes where it states them.
 *
 * @param word             smoke, quick or paper
 * @param staticSamplings  random training sets per fraction in the static claims
 * @param reponSamples     initial conditions per cell of the Theorem 3 table and the other repon Monte Carlos
 * @param fig2Fractions    training fractions of Fig. 2
 * @param fig2Samplings    random training sets per fraction in Fig. 2
 * @param portraitGrid     Fig. 4's grid is portraitGrid × portraitGrid initial conditions
 * @param trajectories     sample trajectories in Fig. 4
 * @param sequenceSets     training sets per fraction for Appendix D's 10 against 1000 sampled orderings
 * @param groupingRuns     training runs (seeds) of the measured Theorem 1 check
 * @param groupingSteps    training steps of each of those runs
 */
record VerifyBudget(String word, int staticSamplings, int reponSamples, double[] fig2Fractions, int fig2Samplings,
                    int portraitGrid, int trajectories, int sequenceSets, int groupingRuns, long groupingSteps) {

    static VerifyBudget parse(String word) {
        return switch (word) {
            case "smoke" -> new VerifyBudget(word, 4, 400, new double[] {0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9}, 4, 15, 6, 4,
                    2, 1_000);
            case "quick" -> new VerifyBudget(word, 20, 4_000, grid(0.02, 0.95, 0.04), 20, 31, 10, 8, 6, 5_000);
            // Appendix D: 20 samplings for equivalences (3 for total orders; more here costs little). Table 3: 10^5 steps.
            case "paper" -> new VerifyBudget(word, 50, 10_000, grid(0.01, 0.99, 0.02), 20, 41, 12, 20, 20, 100_000);
            default -> throw new IllegalArgumentException("--budget: expected smoke, quick or paper, got '" + word + "'");
        };
    }

    private static double[] grid(double from, double to, double step) {
        int count = (int) Math.floor((to - from) / step + 1e-9) + 1;
        double[] f = new double[count];
        for (int i = 0; i < count; i++) f[i] = Math.round((from + i * step) * 1e6) / 1e6;
        return f;
    }

    /**
     * The protocols of the non-sweep checks as fields, for verdicts.json: "static" (the Monte Carlo of Sec. III
     * against the exact Bayes bound), "repon" (the integrations and Monte Carlo of Sec. IV) and "collision" (the
     * trained embeddings of sec4-collision-necessary).
     */
    Map<String, Map<String, Object>> protocols(long seed) {
        Map<String, Map<String, Object>> m = new LinkedHashMap<>();
        Map<String, Object> statics = new LinkedHashMap<>();
        statics.put("budget", word);
        statics.put("seed", seed);
        statics.put("training_sets_per_fraction", staticSamplings);
        statics.put("training_set", "m = round(fraction n^2) of the n^2 ordered pairs, uniformly without replacement");
        statics.put("exact_bayes_prior", "uniform over the relations of the reference relation's isomorphism class "
                + "(n!/|Aut| of them); exact counting, or not reported past the counting budget, never approximated");
        statics.put("significance", "3 standard errors over training sets, and at least one data pair");
        m.put("static", statics);
        Map<String, Object> repon = new LinkedHashMap<>();
        repon.put("budget", word);
        repon.put("seed", seed);
        repon.put("samples_per_cell", reponSamples);
        repon.put("integrator", "Hipparchus DormandPrince853, relative tolerance 1e-12, each draw integrated until its "
                + "outcome is decided (collision or separation) or left undecided and counted as such");
        repon.put("initial_conditions", "a2(0) ~ N(0, sigma_a^2), c(0) ~ N(0, sigma_c^2) (Theorem 3); free repons "
                + "x_i(0) ~ N(0, 1) with b(0) = y or b(0) = 0 (Eq. 13, Eq. 12 un-reduced); decoders A0, r0 ~ N(0, 1)");
        repon.put("refutation", "|z| > 4 against the formula (Bonferroni over about 30 comparisons)");
        m.put("repon", repon);
        Map<String, Object> grouping = new LinkedHashMap<>();
        grouping.put("budget", word);
        grouping.put("seeds", seed + ".." + (seed + groupingRuns - 1));
        grouping.put("runs", groupingRuns);
        grouping.put("steps", groupingSteps);
        grouping.put("model", "mod 3, n = 30, Table 3's configuration (d = 2, concat, 3 x 50 tanh), no early stop");
        grouping.put("optimizer", "Adam on the embeddings, AdamW on the decoder, beta = (0.9, 0.999), eps = 1e-8");
        grouping.put("collided", "spread ratio below 0.01 (within-class over between-centroid mean squared distance)");
        m.put("collision", grouping);
        return m;
    }

    /** The sizes in words, for the report's reproducibility section. */
    Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("static claims: random training sets per fraction", Integer.toString(staticSamplings));
        m.put("Appendix D's 10 against 1000 orderings: training sets per fraction", Integer.toString(sequenceSets));
        m.put("repon Monte Carlo: initial conditions per cell", Integer.toString(reponSamples));
        m.put("Figure 2: training fractions", Integer.toString(fig2Fractions.length));
        m.put("Figure 2: random training sets per fraction", Integer.toString(fig2Samplings));
        m.put("Figure 4: grid of initial conditions", portraitGrid + " x " + portraitGrid);
        m.put("Figure 4: sample trajectories", Integer.toString(trajectories));
        m.put("collision necessary (trained mod 3): training runs x steps", groupingRuns + " x " + groupingSteps);
        return m;
    }
}
