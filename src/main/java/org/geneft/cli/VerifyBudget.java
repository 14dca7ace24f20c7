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
        m.put("Theorem 1 measured: training runs x steps", groupingRuns + " x " + groupingSteps);
        return m;
    }
}
