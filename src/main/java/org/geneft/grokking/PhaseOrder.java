package org.geneft.grokking;

import java.util.List;
import java.util.Locale;

/**
 * Sec. 4.1's (iv) read along the weight decay: in each column of a weight-decay diagram (one decoder rate) that holds
 * comprehension, grokking and memorization cells, whether grokking lies between the other two, its mean place on
 * the decay axis strictly between theirs. The authors' own data of Fig. 6(b)-(d) show it in most such columns;
 * along the rate axis (rows) their (b) and (c) do not, grokking lying at the slowest decoders there.
 */
record PhaseOrder(int columns, int between) {

    /** The columns of a diagram whose cells fill a grid, x the decoder rate and y the weight decay. */
    static PhaseOrder alongDecay(List<PhaseDiagram.Cell> cells) {
        List<Double> xs = cells.stream().map(PhaseDiagram.Cell::x).distinct().sorted().toList();
        List<Double> ys = cells.stream().map(PhaseDiagram.Cell::y).distinct().sorted().toList();
        int columns = 0, between = 0;
        for (double x : xs) {
            double[] sum = new double[PhaseDiagram.Phase.values().length];
            int[] count = new int[sum.length];
            for (PhaseDiagram.Cell c : cells)
                if (c.x() == x) {
                    sum[c.phase().ordinal()] += ys.indexOf(c.y());
                    count[c.phase().ordinal()]++;
                }
            int comprehension = PhaseDiagram.Phase.COMPREHENSION.ordinal(), grokking = PhaseDiagram.Phase.GROKKING.ordinal(),
                    memorization = PhaseDiagram.Phase.MEMORIZATION.ordinal();
            if (count[comprehension] == 0 || count[grokking] == 0 || count[memorization] == 0) continue;
            columns++;
            double c = sum[comprehension] / count[comprehension], g = sum[grokking] / count[grokking],
                    m = sum[memorization] / count[memorization];
            if (Math.min(c, m) < g && g < Math.max(c, m)) between++;
        }
        return new PhaseOrder(columns, between);
    }

    /** Grokking between the two in most columns that hold all three (none holding them: not sandwiched there). */
    boolean sandwiched() {
        return 2 * between > columns;
    }

    String words() {
        return String.format(Locale.ROOT, "grokking between comprehension and memorization along the weight decay in "
                + "%d of the %d decoder rates whose column holds all three", between, columns);
    }
}
