package org.geneft.statics;

import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Readings;
import org.geneft.claims.Verdict;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Theorem 1 (Sec. IV) by exhaustive enumeration. An embedding matters to the decoder only through which elements
 * share a point, so every embedding of n elements is one set partition. A decoder with zero training loss exists for
 * a partition exactly when no two trained pairs with different labels reach the same input (E_x || E_y); an injective
 * one exists only when, besides, all pairs labelled 1 reach one input and all pairs labelled 0 another (its outputs
 * on trained inputs are 0 and 1 only). Every partition of small class structures is tried.
 */
public final class Theorem1Check {
    /** Class structures tried: sizes of the classes (n up to 8, 4,140 partitions). */
    static final int[][] CLASS_SIZES = {{2, 2}, {2, 2, 2}, {3, 2, 1}, {3, 3, 2}};
    /** Training fraction of the partial training sets, and how many of them per class structure. */
    static final double PARTIAL_FRACTION = 0.5;
    static final int PARTIAL_SETS = 20;

    /** What the partitions of one class structure and training set allow. */
    record Counts(long partitions, long zeroLoss, long zeroLossSeparating, long zeroLossGroupedByClass,
            long injective, long injectivePerArgument, long injectivePerArgumentGrouped) {
        Counts plus(Counts o) {
            return new Counts(partitions + o.partitions, zeroLoss + o.zeroLoss,
                    zeroLossSeparating + o.zeroLossSeparating, zeroLossGroupedByClass + o.zeroLossGroupedByClass,
                    injective + o.injective, injectivePerArgument + o.injectivePerArgument,
                    injectivePerArgumentGrouped + o.injectivePerArgumentGrouped);
        }
    }

    static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

    private final long seed;

    public Theorem1Check(long seed) {
        this.seed = seed;
    }

    static int[] classesOf(int[] sizes) {
        int[] c = new int[Arrays.stream(sizes).sum()];
        for (int k = 0, v = 0; k < sizes.length; k++) for (int i = 0; i < sizes[k]; i++) c[v++] = k;
        return c;
    }

    /**
     * Counts over every set partition of the elements (restricted growth strings).
     *
     * @param classOf class of each element; the label of (i, j) is 1 iff the classes are equal
     * @param trained which ordered pairs are in the training set
     */
    static Counts count(int[] classOf, boolean[][] trained) {
        int n = classOf.length;
        int[] point = new int[n], max = new int[n];
        long partitions = 0, zeroLoss = 0, separating = 0, grouped = 0, injective = 0, perArgument = 0, perArgumentGrouped = 0;
        while (true) {
            partitions++;
            Map<Integer, Boolean> labelAt = new HashMap<>();
            boolean fits = true;
            for (int i = 0; i < n && fits; i++)
                for (int j = 0; j < n && fits; j++) {
                    if (!trained[i][j]) continue;
                    Boolean previous = labelAt.putIfAbsent(point[i] * n + point[j], classOf[i] == classOf[j]);
                    fits = previous == null || previous == (classOf[i] == classOf[j]);
                }
            if (fits) {
                zeroLoss++;
                boolean separates = true, groups = true;
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < n; j++) {
                        if (classOf[i] != classOf[j] && point[i] == point[j]) separates = false;
                        if (classOf[i] == classOf[j] && point[i] != point[j]) groups = false;
                    }
                if (separates) separating++;
                if (separates && groups) grouped++;
                long ones = labelAt.values().stream().filter(b -> b).count();
                if (ones <= 1 && labelAt.size() - ones <= 1) injective++;
                if (injectiveInEachArgument(point, classOf, trained)) {
                    perArgument++;
                    if (separates && groups) perArgumentGrouped++;
                }
            }
            // Next restricted growth string: point[0] = 0, point[i] <= 1 + max(point[0..i-1]).
            int i = n - 1;
            while (i > 0 && point[i] == max[i - 1] + 1) i--;
            if (i == 0) break;
            point[i]++;
            max[i] = Math.max(max[i - 1], point[i]);
            for (int j = i + 1; j < n; j++) { point[j] = 0; max[j] = max[j - 1]; }
        }
        return new Counts(partitions, zeroLoss, separating, grouped, injective, perArgument, perArgumentGrouped);
    }

    /**
     * The weaker reading the proof uses, Dec(E_i||E_k) = Dec(E_j||E_k) => E_i = E_j: a zero-loss decoder injective in
     * each argument with the other fixed. With outputs 0 and 1 only, each fixed point then meets at most one partner
     * point per label, on either side.
     */
    private static boolean injectiveInEachArgument(int[] point, int[] classOf, boolean[][] trained) {
        int n = point.length;
        Map<Integer, Integer> partner = new HashMap<>();
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                if (!trained[i][j]) continue;
                int label = classOf[i] == classOf[j] ? 1 : 0;
                // key: (which argument is fixed, its point, the label) -> the partner point seen first
                Integer first = partner.putIfAbsent(point[j] * 2 + label, point[i]);
                if (first != null && first != point[i]) return false;
                first = partner.putIfAbsent((n + point[i]) * 2 + label, point[j]);
                if (first != null && first != point[j]) return false;
            }
        return true;
    }

    static boolean[][] everyPair(int n) {
        boolean[][] t = new boolean[n][n];
        for (boolean[] row : t) Arrays.fill(row, true);
        return t;
    }

    public List<Claim> check() {
        Counts full = NONE, partial = NONE;
        StringBuilder perArgument = new StringBuilder();
        boolean satisfiableEverywhere = true;
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder structures = new StringBuilder();
        for (int[] sizes : CLASS_SIZES) {
            int[] classOf = classesOf(sizes);
            Counts c = count(classOf, everyPair(classOf.length));
            full = full.plus(c);
            satisfiableEverywhere &= c.injectivePerArgument() > 0;
            perArgument.append(fmt("%s%d classes %s: %d (%d grouped)", perArgument.length() == 0 ? "" : ", ", sizes.length,
                    Arrays.toString(sizes), c.injectivePerArgument(), c.injectivePerArgumentGrouped()));
            for (int s = 0; s < PARTIAL_SETS; s++) {
                boolean[][] trained = new boolean[classOf.length][classOf.length];
                for (boolean[] row : trained) for (int j = 0; j < row.length; j++) row[j] = random.nextDouble() < PARTIAL_FRACTION;
                partial = partial.plus(count(classOf, trained));
            }
            structures.append(structures.length() == 0 ? "" : ", ").append(Arrays.toString(sizes));
        }
        String setting = fmt("every set partition (embedding up to which elements share a point) of class structures "
                + "with sizes %s: %d partitions; ", structures, full.partitions());
        String decoders = "; no continuous decoder from the 2d-dimensional input space to one logit is injective for "
                + "d >= 1 anyway (removing a point disconnects an interval, not a space of dimension 2 or more), and a sigmoid output never reaches exactly 0 or 1, so zero "
                + "cross-entropy loss is approached, never attained";

        Verdict separation = full.zeroLossSeparating() < full.zeroLoss() ? Verdict.REFUTED
                : partial.zeroLossSeparating() < partial.zeroLoss() ? Verdict.CONFIRMED_UNDER_CONDITIONS
                : Verdict.CONFIRMED;
        Claim separates = new Claim("theorem1-separation", "with zero training loss, elements of different classes are "
                + "embedded at different points", "Sec. IV, Theorem 1", Method.SYMBOLIC, separation,
                setting + fmt("training on every pair: %d partitions admit a zero-loss decoder and %d of them keep the "
                        + "classes apart, injective or not (the proof's first half needs no injectivity); training on "
                        + "%d random sets of %.0f%% of the pairs per structure (seed %d): %d of %d zero-loss partitions "
                        + "put two classes at one point, so the half holds only when the pairs (i,k) and (j,k) of the "
                        + "proof are both trained", full.zeroLoss(), full.zeroLossSeparating(), PARTIAL_SETS,
                        100 * PARTIAL_FRACTION, seed, partial.zeroLoss() - partial.zeroLossSeparating(),
                        partial.zeroLoss()));

        // Two readings of "injective" (Readings): as stated, the whole decoder; as the proof uses it, in each
        // argument with the other fixed. A hypothesis that can never be met makes the claim vacuous, not false.
        boolean groupsWhereMet = full.injectivePerArgumentGrouped() == full.injectivePerArgument();
        Verdict asStated = full.injective() == 0 ? Verdict.VACUOUS
                : full.zeroLossGroupedByClass() == full.zeroLoss() ? Verdict.CONFIRMED : Verdict.REFUTED;
        Verdict perArgumentVerdict = full.injectivePerArgument() == 0 ? Verdict.VACUOUS
                : !groupsWhereMet ? Verdict.REFUTED
                : satisfiableEverywhere ? Verdict.CONFIRMED : Verdict.CONFIRMED_UNDER_CONDITIONS;
        Readings readings = new Readings()
                .add("injective as stated", asStated, asStated == Verdict.VACUOUS ? "no partition admits it" : "")
                .add("injective in each argument, as the proof uses it", perArgumentVerdict,
                        perArgumentVerdict == Verdict.CONFIRMED_UNDER_CONDITIONS
                                ? "it forces grouping wherever it can be met, which needs 2 classes; with 3 or more it "
                                + "is never met" : "");
        Verdict collapse = readings.verdict();
        Claim groups = new Claim("theorem1-collapse", "an injective decoder with zero training loss forces same-class "
                + "elements to one point and different classes to different points: representations are grouped by class",
                "Sec. IV, Theorem 1", Method.SYMBOLIC, collapse,
                setting + fmt("training on every pair, %d partitions admit an injective zero-loss decoder (all pairs "
                        + "labelled 1 would have to share one input, the diagonal pairs (x,x) included, which puts every "
                        + "element at one point), so the theorem's hypothesis is never met and its grouping half is "
                        + "vacuous; without injectivity %d of the %d zero-loss partitions split some class (only the "
                        + "partition into the classes groups them; any finer one, one point per element included, also "
                        + "reaches zero loss). Read as the proof uses it, injective in each argument with the other "
                        + "fixed, the hypothesis can be met by these partitions: %s; it forces grouping where it can be "
                        + "met, but with 3 or more classes a fixed point must send two other classes' points to the same "
                        + "output 0, so it cannot be met for mod 3 or mod 5, the paper's equivalences",
                        full.injective(), full.zeroLoss() - full.zeroLossGroupedByClass(), full.zeroLoss(), perArgument)
                        + decoders + ". " + readings.evidence());
        return List.of(separates, groups);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
