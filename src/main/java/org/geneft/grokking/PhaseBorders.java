package org.geneft.grokking;

import java.util.List;
import java.util.Locale;

/**
 * The borders between a phase diagram's regions: how many cell edges (neighbours along either axis of the grid) join
 * two phases. Sec. 4.1's (iv), "grokking is sandwiched between comprehension and memorization", is read on them:
 * grokking borders comprehension and borders memorization, each over more edges than comprehension borders
 * memorization directly, so that the way from one to the other goes mostly through grokking. The authors' own
 * data of Fig. 6(b)-(d), read this way, all show it.
 */
record PhaseBorders(int comprehensionGrokking, int grokkingMemorization, int comprehensionMemorization) {

    /** The borders of a diagram whose cells fill a grid (every pair of its distinct x and y values once). */
    static PhaseBorders of(List<PhaseDiagram.Cell> cells) {
        List<Double> xs = distinct(cells, true), ys = distinct(cells, false);
        PhaseDiagram.Phase[][] grid = new PhaseDiagram.Phase[xs.size()][ys.size()];
        for (PhaseDiagram.Cell c : cells) grid[xs.indexOf(c.x())][ys.indexOf(c.y())] = c.phase();
        int cg = 0, gm = 0, cm = 0;
        for (int i = 0; i < grid.length; i++)
            for (int j = 0; j < grid[i].length; j++)
                for (PhaseDiagram.Phase n : new PhaseDiagram.Phase[] {i + 1 < grid.length ? grid[i + 1][j] : null,
                        j + 1 < grid[i].length ? grid[i][j + 1] : null}) {
                    if (n == null || grid[i][j] == null) continue;
                    if (joins(grid[i][j], n, PhaseDiagram.Phase.COMPREHENSION, PhaseDiagram.Phase.GROKKING)) cg++;
                    if (joins(grid[i][j], n, PhaseDiagram.Phase.GROKKING, PhaseDiagram.Phase.MEMORIZATION)) gm++;
                    if (joins(grid[i][j], n, PhaseDiagram.Phase.COMPREHENSION, PhaseDiagram.Phase.MEMORIZATION)) cm++;
                }
        return new PhaseBorders(cg, gm, cm);
    }

    /** Grokking lies between comprehension and memorization, as read above. */
    boolean sandwiched() {
        return comprehensionGrokking > 0 && grokkingMemorization > 0
                && comprehensionMemorization < Math.min(comprehensionGrokking, grokkingMemorization);
    }

    String words() {
        return String.format(Locale.ROOT, "comprehension-grokking %d, grokking-memorization %d, "
                + "comprehension-memorization %d cell edges", comprehensionGrokking, grokkingMemorization,
                comprehensionMemorization);
    }

    private static boolean joins(PhaseDiagram.Phase p, PhaseDiagram.Phase q, PhaseDiagram.Phase a, PhaseDiagram.Phase b) {
        return p == a && q == b || p == b && q == a;
    }

    private static List<Double> distinct(List<PhaseDiagram.Cell> cells, boolean x) {
        return cells.stream().map(c -> x ? c.x() : c.y()).distinct().sorted().toList();
    }
}
