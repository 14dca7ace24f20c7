package org.geneft.statics.montecarlo;

import java.util.Arrays;
import org.geneft.graph.RelationClass;

/**
 * The equivalence E behind an equivalence relation (R = E) or a complete bipartite graph
 * (R = 1 − E, E = "same side", a two-class equivalence; the diagonal R_ii = 0 is 1 − E_ii).
 *
 * <p>Appendix D treats K_{a,c} "as an equivalence with two classes"; taken literally that would
 * apply transitivity to R itself, which is wrong (two "different side" pairs make a "same side"
 * pair). Working on E and complementing the labels is the correct translation: R_ij = 1 says
 * i and j are on different sides, R_ij = 0 says they are on the same side.
 *
 * @param classOf      reference class (side) of each element, 0..k-1
 * @param k            number of classes
 * @param complemented true when R = 1 − E (complete bipartite)
 */
public record LatentEquivalence(int[] classOf, int k, boolean complemented) {

    public LatentEquivalence {
        if (k < 1) throw new IllegalArgumentException("k must be >= 1, got " + k);
        classOf = classOf.clone();
        boolean[] used = new boolean[k];
        for (int c : classOf) {
            if (c < 0 || c >= k) throw new IllegalArgumentException("class label " + c + " outside 0.." + (k - 1));
            used[c] = true;
        }
        for (int c = 0; c < k; c++) {
            if (!used[c]) throw new IllegalArgumentException("class " + c + " is empty");
        }
    }

    /** The latent equivalence of an equivalence or complete bipartite relation; total orders have none. */
    public static LatentEquivalence of(RelationClass rel) {
        if (rel instanceof RelationClass.Equivalence eq) {
            return new LatentEquivalence(eq.classOf(), eq.k(), false);
        }
        if (rel instanceof RelationClass.CompleteBipartite kb) {
            boolean[] inS = kb.inS();
            int[] side = new int[inS.length];
            for (int v = 0; v < inS.length; v++) side[v] = inS[v] ? 0 : 1;
            // S holds vertex 0, so side 0 is never empty; a K_{n,0} (no edges) has one class.
            boolean oneSided = kb.sizeS() == inS.length;
            return new LatentEquivalence(side, oneSided ? 1 : 2, true);
        }
        throw new IllegalArgumentException("no latent equivalence for " + rel.getClass().getSimpleName());
    }

    public int n() {
        return classOf.length;
    }

    @Override
    public int[] classOf() {
        return classOf.clone();
    }

    public int classOf(int v) {
        return classOf[v];
    }

    /** E_ij of the reference: whether i and j share a class. */
    public boolean same(int i, int j) {
        return classOf[i] == classOf[j];
    }

    /** The label R_ij of the reference relation. */
    public boolean related(int i, int j) {
        return same(i, j) != complemented;
    }

    /** Class sizes, sorted descending: the profile that defines the isomorphism class. */
    public int[] profile() {
        int[] sizes = new int[k];
        for (int c : classOf) sizes[c]++;
        Arrays.sort(sizes);
        for (int a = 0, b = k - 1; a < b; a++, b--) {
            int t = sizes[a];
            sizes[a] = sizes[b];
            sizes[b] = t;
        }
        return sizes;
    }
}
