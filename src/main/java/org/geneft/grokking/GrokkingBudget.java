package org.geneft.grokking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each budget of {@code geneft verify --paper grokking} computes. The authors drew 100 training sets per fraction
 * for Fig. 4(a) (toy/Figure4ab.ipynb); the paper budget draws more, a stronger protocol for an estimate of a
 * probability, never a weaker one.
 *
 * @param word          smoke, quick or paper
 * @param structureSets training sets per fraction for Fig. 4(a) at p = 10
 * @param rateSets      training sets per fraction for Fig. 5(a)'s lambda_3
 * @param sizes         the numbers of symbols p of the critical fraction's dependence on p
 * @param sizeSets      training sets per fraction for that dependence
 * @param toySeeds      trained toy-model runs per training size (Fig. 3, Appendix E; the authors ran 3)
 * @param toySteps      steps of each (the authors' 10^4 for Figs. 4(b) and 5(b)), stopping once RQI &gt; 0.95 and
 *                      the accuracies are measured
 * @param toyMeasure    the step at which Fig. 3's accuracies are measured (the authors' 5000)
 * @param toyPairs      the training sizes (the authors' 5, 10, ..., 50, 54 of 55 pairs)
 * @param phaseGrid     learning rates per axis of the phase diagrams (0: no diagrams; the paper budget runs the
 *                      published figure's own grids, PhaseChecks.axes)
 * @param phaseSteps    each diagram run's step budget (the published figure's 10^5, phase_diagram_plot's
 *                      compute_budget; the repository's toy/produce_figure_data.py ran 10^4)
 * @param transformerSeeds the seeds of Sec. 4.2's reduced transformer, each run unregularized, on a share of the
 *                      authors' weight-decay grid and on a share of their dropout grid (TransformerChecks; the authors
 *                      ran seeds 1, 2 and 3; 0: not run)
 * @param transformerSteps each transformer run's step budget
 */
public record GrokkingBudget(String word, int structureSets, int rateSets, List<Integer> sizes, int sizeSets,
        int toySeeds, long toySteps, long toyMeasure, List<Integer> toyPairs, int phaseGrid, long phaseSteps,
        int transformerSeeds, long transformerSteps) {
    private static final List<Integer> AUTHORS_PAIRS = List.of(5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 54);

    public static GrokkingBudget parse(String word) {
        return switch (word) {
            case "smoke" -> new GrokkingBudget(word, 100, 100, List.of(6, 10, 14), 50, 1, 300, 200, List.of(10, 30, 50), 0, 0, 0, 0);
            case "quick" -> new GrokkingBudget(word, 1_000, 1_000, List.of(6, 8, 10, 12, 16, 20), 200, 2, 10_000, 5_000,
                    AUTHORS_PAIRS, 3, 10_000, 2, 6_000);
            // The authors' own protocol for the trained runs (toy/produce_figure_data.py: seeds 0, 1, 2; 5000 steps
            // for Fig. 3, 10^4 for Fig. 4(b)) and for the published phase diagrams (phase_diagram_plot: 10^5 steps).
            case "paper" -> new GrokkingBudget(word, 10_000, 10_000, List.of(6, 8, 10, 12, 16, 20, 24), 1_000, 3, 10_000,
                    5_000, AUTHORS_PAIRS, 16, 100_000, 3, 30_000);
            default -> throw new IllegalArgumentException("--budget: expected smoke, quick or paper, got '" + word + "'");
        };
    }

    /** The budget's sizes, for the report's reproducibility section. */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("training sets per fraction, Fig. 4(a) (p = 10)", Integer.toString(structureSets));
        m.put("training sets per fraction, Fig. 5(a)", Integer.toString(rateSets));
        m.put("critical fraction against p", sizes + ", " + sizeSets + " training sets per fraction");
        m.put("phase diagrams (Fig. 6(a)-(d))", phaseGrid == 0 ? "not run" : (word.equals("paper")
                ? "the published grids, (a) 13 x 13, (b), (c) and (d) 16 x 11" : phaseGrid + " values per axis")
                + ", up to " + phaseSteps + " steps a run");
        m.put("the permutation group against the fraction (Fig. 18)", PermutationFractionChecks.sizes(this).isEmpty()
                ? "not run" : PermutationFractionChecks.sizes(this) + " of 36 pairs x " + PermutationFractionChecks.seeds(this)
                + " seeds, " + toySteps + " steps a run");
        m.put("the reduced transformer (Sec. 4.2)", transformerSeeds == 0 ? "not run" : transformerSeeds + " seeds x ("
                + "unregularized, " + TransformerChecks.decayIndices(this).length + " weight decays, "
                + TransformerChecks.dropoutIndices(this).length + " dropout rates)" + (TransformerPhases.runs(this)
                ? ", and Fig. 7 (right)'s grid of " + TransformerPhases.configs(this, 1).size() + " more runs" : "")
                + ", up to " + transformerSteps + " steps a run");
        m.put("toy model runs (Figs. 3, 4(b), 5(b), Appendix E)", toyPairs + " training pairs x " + toySeeds
                + " seeds, up to " + toySteps + " steps, accuracies at step " + toyMeasure);
        return m;
    }
}
