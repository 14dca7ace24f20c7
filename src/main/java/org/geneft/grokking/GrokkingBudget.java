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
 */
public record GrokkingBudget(String word, int structureSets, int rateSets, List<Integer> sizes, int sizeSets) {

    public static GrokkingBudget parse(String word) {
        return switch (word) {
            case "smoke" -> new GrokkingBudget(word, 100, 100, List.of(6, 10, 14), 50);
            case "quick" -> new GrokkingBudget(word, 1_000, 1_000, List.of(6, 8, 10, 12, 16, 20), 200);
            case "paper" -> new GrokkingBudget(word, 10_000, 10_000, List.of(6, 8, 10, 12, 16, 20, 24), 1_000);
            default -> throw new IllegalArgumentException("--budget: expected smoke, quick or paper, got '" + word + "'");
        };
    }

    /** The budget's sizes, for the report's reproducibility section. */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("training sets per fraction, Fig. 4(a) (p = 10)", Integer.toString(structureSets));
        m.put("training sets per fraction, Fig. 5(a)", Integer.toString(rateSets));
        m.put("critical fraction against p", sizes + ", " + sizeSets + " training sets per fraction");
        return m;
    }
}
