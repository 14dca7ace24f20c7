package org.geneft.grokking;

import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Verdict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Propositions 1 and 2 (Sec. 3.1-3.2) and the conditions their proofs use, by exhausting a small world: p symbols,
 * every training set, and every integer 1-D representation in a box. What a model can do is reduced to the points the
 * decoder sees: a decoder reaches zero training loss iff no two training pairs of different sums share a point
 * (targets of different sums are distinct: one-hot, or random and distinct almost surely), and it can moreover be
 * injective iff no two training pairs of equal sum sit at different points. Each proposition is checked where its
 * proof applies, and each condition by whether dropping it admits a counterexample.
 */
public final class GrokkingPropositions {
    /** Symbols of the world enumerated: the smallest addition table with parallelograms (Appendix E's toy case). */
    static final int P = 4;
    /** Embedding values -R..R: enough room for coincidences of every kind between pair sums. */
    static final int R = 2;

    /** Counts over the world, and the first counterexample of each kind (null when none). */
    record World(long representations, long trainingSets, long zeroLoss, long injective, long prop1Violations,
                 String prop1Validation, long prop2Violations, String prop2NonInjective) { }

    /** The protocol's key in verdicts.json. */
    static final String PROTOCOL = "grokking-propositions";

    private GrokkingPropositions() { }

    /** What the propositions' verdicts rest on: a whole world, no sampling, the same at every budget. */
    static Map<String, Object> protocol() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("p", P);
        m.put("representations", "every integer 1-D embedding with values " + -R + ".." + R);
        m.put("training_sets", "every subset of the p(p+1)/2 unordered pairs");
        m.put("decoder", "any function of the summed embedding (zero training loss iff no two training pairs of "
                + "different sums share a point; injective iff moreover no two of equal sum sit apart)");
        m.put("targets", "distinct for different sums (one-hot; random regression targets almost surely)");
        return m;
    }

    static World explore(int p, int r) {
        List<int[]> pairs = LinearStructureProbability.allPairs(p);
        int m = pairs.size();
        int values = 2 * r + 1;
        long reps = 1;
        for (int i = 0; i < p; i++) reps *= values;
        long zeroLoss = 0, injective = 0, prop1 = 0, prop2 = 0;
        String validation = null, nonInjective = null;
        int[] e = new int[p];
        int[] point = new int[m], sum = new int[m];
        for (long code = 0; code < reps; code++) {
            long c = code;
            for (int i = 0; i < p; i++) {
                e[i] = (int) (c % values) - r;
                c /= values;
            }
            for (int k = 0; k < m; k++) {
                point[k] = e[pairs.get(k)[0]] + e[pairs.get(k)[1]];
                sum[k] = pairs.get(k)[0] + pairs.get(k)[1];
            }
            for (int mask = 0; mask < 1 << m; mask++) {
                if (!fits(mask, point, sum, m)) continue;
                zeroLoss++;
                boolean inj = injectiveFit(mask, point, sum, m);
                if (inj) injective++;
                for (int a = 0; a < m; a++)
                    for (int b = a + 1; b < m; b++) {
                        boolean trainA = (mask >> a & 1) == 1, trainB = (mask >> b & 1) == 1;
                        // Proposition 1 where its proof applies: a parallelogram of two training pairs.
                        if (trainA && trainB && point[a] == point[b] && sum[a] != sum[b]) prop1++;
                        // As stated ("any parallelogram in the representation"): one pair may be a validation pair.
                        if (validation == null && (trainA ^ trainB) && point[a] == point[b] && sum[a] != sum[b])
                            validation = describe(e, pairs, mask, a, b);
                        // Proposition 2 with both conditions: two training pairs of equal sum form a parallelogram.
                        if (inj && trainA && trainB && sum[a] == sum[b] && point[a] != point[b]) prop2++;
                        if (nonInjective == null && !inj && trainA && trainB && sum[a] == sum[b] && point[a] != point[b])
                            nonInjective = describe(e, pairs, mask, a, b);
                    }
            }
        }
        return new World(reps, 1L << m, zeroLoss, injective, prop1, validation, prop2, nonInjective);
    }

    /** Zero training loss is possible: the training pairs' points map to their sums as a function. */
    private static boolean fits(int mask, int[] point, int[] sum, int m) {
        Map<Integer, Integer> sumAt = new HashMap<>();
        for (int k = 0; k < m; k++)
            if ((mask >> k & 1) == 1) {
                Integer s = sumAt.putIfAbsent(point[k], sum[k]);
                if (s != null && s != sum[k]) return false;
            }
        return true;
    }

    /** ... by an injective decoder: the map is also one-to-one (one point per sum). */
    private static boolean injectiveFit(int mask, int[] point, int[] sum, int m) {
        Map<Integer, Integer> pointOf = new HashMap<>();
        for (int k = 0; k < m; k++)
            if ((mask >> k & 1) == 1) {
                Integer q = pointOf.putIfAbsent(sum[k], point[k]);
                if (q != null && q != point[k]) return false;
            }
        return true;
    }

    private static String describe(int[] e, List<int[]> pairs, int mask, int a, int b) {
        List<String> train = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++)
            if ((mask >> k & 1) == 1) train.add("(" + pairs.get(k)[0] + "," + pairs.get(k)[1] + ")");
        return String.format(Locale.ROOT, "E = %s, training set {%s}: pairs (%d,%d) and (%d,%d) at points %d and %d",
                java.util.Arrays.toString(e), String.join(" ", train), pairs.get(a)[0], pairs.get(a)[1],
                pairs.get(b)[0], pairs.get(b)[1], e[pairs.get(a)[0]] + e[pairs.get(a)[1]],
                e[pairs.get(b)[0]] + e[pairs.get(b)[1]]);
    }

    /** The two propositions' claims. */
    static List<Claim> check() {
        World w = explore(P, R);
        String world = String.format(Locale.ROOT, "Every integer 1-D representation with values %d..%d of p = %d symbols "
                        + "(%d) against every training set (%d): %d pairs (representation, training set) admit a decoder "
                        + "of zero training loss, %d an injective one. ", -R, R, P, w.representations(), w.trainingSets(),
                w.zeroLoss(), w.injective());
        boolean p1Holds = w.prop1Violations() == 0, p2Holds = w.prop2Violations() == 0;
        Claim prop1 = new Claim("grok-proposition-1", "When the training loss is zero, any parallelogram in the "
                + "representation (E_i + E_j = E_m + E_n) joins pairs of equal sum (i + j = m + n)", "Sec. 3.1, "
                + "Proposition 1", Method.STATIC, !p1Holds ? Verdict.REFUTED
                : w.prop1Validation() != null ? Verdict.CONFIRMED_UNDER_CONDITIONS : Verdict.CONFIRMED,
                world + (p1Holds ? "No parallelogram of two training pairs joins different sums (the proof's case). "
                        : w.prop1Violations() + " parallelograms of two training pairs join different sums. ")
                        + (w.prop1Validation() == null ? "" : "Condition: both pairs must be training samples, as the "
                        + "proof uses but the statement ('any parallelogram') does not say; with a validation pair a "
                        + "zero-loss model can have one of different sums, e.g. " + w.prop1Validation() + ". ")
                        + "Also needed, as the proof says: targets of different sums distinct (one-hot targets; random "
                        + "regression targets almost surely).");
        Claim prop2 = new Claim("grok-proposition-2", "If a training set contains two samples (i, j) and (m, n) with i + j "
                + "= m + n, a model with zero training loss and an injective decoder learns E_i + E_j = E_m + E_n",
                "Sec. 3.2, Proposition 2", Method.STATIC, !p2Holds ? Verdict.REFUTED : Verdict.CONFIRMED,
                world + (p2Holds ? "With both conditions no two training pairs of equal sum sit at different points. "
                        : w.prop2Violations() + " couples of training pairs of equal sum sit at different points. ")
                        + (w.prop2NonInjective() == null ? "" : "The injectivity the statement assumes is needed: "
                        + "without it a zero-loss decoder maps two points to one target, e.g. " + w.prop2NonInjective()
                        + ". ") + "Whether a trained decoder is injective is not given: the check of the ideal model "
                        + "is Appendix E's (grok-appendix-e-*).");
        return List.of(prop1, prop2);
    }
}
