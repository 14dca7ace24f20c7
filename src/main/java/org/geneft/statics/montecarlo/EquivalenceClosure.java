package org.geneft.statics.montecarlo;

/**
 * The training entries of an equivalence closed under reflexivity, symmetry and transitivity
 * (Appendix D's "fill in all the inferrable entries"): known-same pairs merge into components,
 * a known-different pair separates two whole components.
 */
final class EquivalenceClosure {

    private final int[] component;
    private final int componentCount;
    private final boolean[][] different;

    private EquivalenceClosure(int[] component, int componentCount, boolean[][] different) {
        this.component = component;
        this.componentCount = componentCount;
        this.different = different;
    }

    /** Closes the observed entries of {@code training}, whose E-labels come from {@code latent}. */
    static EquivalenceClosure of(LatentEquivalence latent, TrainingSet training) {
        int n = latent.n();
        int[] parent = new int[n];
        for (int v = 0; v < n; v++) parent[v] = v;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && training.isObserved(i, j) && latent.same(i, j)) union(parent, i, j);
            }
        }
        // Components numbered by least element, so the numbering does not depend on union order.
        int[] component = new int[n];
        int[] rootLabel = new int[n];
        java.util.Arrays.fill(rootLabel, -1);
        int count = 0;
        for (int v = 0; v < n; v++) {
            int r = find(parent, v);
            if (rootLabel[r] < 0) rootLabel[r] = count++;
            component[v] = rootLabel[r];
        }
        boolean[][] different = new boolean[count][count];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (training.isObserved(i, j) && !latent.same(i, j)) {
                    different[component[i]][component[j]] = true;
                    different[component[j]][component[i]] = true;
                }
            }
        }
        return new EquivalenceClosure(component, count, different);
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    int component(int v) {
        return component[v];
    }

    int componentCount() {
        return componentCount;
    }

    /** E_ij = 1 is inferred: same component (reflexivity puts every i with itself). */
    boolean knownSame(int i, int j) {
        return component[i] == component[j];
    }

    /** E_ij = 0 is inferred: the components were separated by an observed different pair. */
    boolean knownDifferent(int i, int j) {
        return different[component[i]][component[j]];
    }

    boolean componentsDifferent(int a, int b) {
        return different[a][b];
    }

    boolean determined(int i, int j) {
        return knownSame(i, j) || knownDifferent(i, j);
    }
}
