package org.geneft.grokking;

import java.util.ArrayList;
import java.util.List;

/**
 * The ideal accuracy of the grokking paper's Appendix D (the authors' acc_ideal): a model whose representation has
 * exactly the parallelograms the training set implies gets a test pair (i, j) right when some training pair (m, n)
 * with the same sum forms an implied parallelogram with it, E_i + E_j = E_m + E_n, so that the decoder maps both to
 * the training label. The training pairs themselves are right. An upper bound on a trained model's accuracy, except
 * for luck.
 */
public final class IdealAccuracy {
    private IdealAccuracy() { }

    /** @param train the training pairs; @return (training pairs + implied test pairs) / all pairs */
    public static double overAll(int p, List<int[]> train) {
        return (train.size() + impliedTestPairs(p, train).size()) / (double) LinearStructureProbability.allPairs(p).size();
    }

    /** The test pairs the training set's parallelograms decide. */
    public static List<int[]> impliedTestPairs(int p, List<int[]> train) {
        ParallelogramSystem system = new ParallelogramSystem(p, train);
        List<int[]> implied = new ArrayList<>();
        for (int[] pair : LinearStructureProbability.allPairs(p)) {
            if (contains(train, pair)) continue;
            for (int[] t : train)
                if (system.implies(pair, t)) {
                    implied.add(pair);
                    break;
                }
        }
        return implied;
    }

    private static boolean contains(List<int[]> pairs, int[] pair) {
        for (int[] x : pairs) if (x[0] == pair[0] && x[1] == pair[1]) return true;
        return false;
    }
}
