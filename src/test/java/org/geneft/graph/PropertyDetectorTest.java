package org.geneft.graph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class PropertyDetectorTest {

    private final PropertyDetector detector = new PropertyDetector();

    @Test
    void modThreeIsAnEquivalenceWithThreeClassesOfTen() {
        RelationProperties p = detector.detect(new RelationFamily.Mod(3).graph(30));
        assertThat(p.reflexive()).isTrue();
        assertThat(p.symmetric()).isTrue();
        assertThat(p.transitive()).isTrue();
        assertThat(p.relationClass()).get().isInstanceOf(RelationClass.Equivalence.class);
        RelationClass.Equivalence e = (RelationClass.Equivalence) p.relationClass().get();
        assertThat(e.k()).isEqualTo(3);
        assertThat(e.classSizes()).containsExactly(10, 10, 10);
        for (int i = 0; i < 30; i++)
            for (int j = 0; j < 30; j++) assertThat(e.related(i, j)).isEqualTo(i % 3 == j % 3);
    }

    @Test
    void greaterThanIsAStrictTotalOrderWhoseRankReproducesEveryPair() {
        Digraph g = new RelationFamily.GreaterThan().graph(30);
        RelationProperties p = detector.detect(g);
        assertThat(p.irreflexive()).isTrue();
        assertThat(p.antisymmetric()).isTrue();
        assertThat(p.total()).isTrue();
        assertThat(p.relationClass()).get().isInstanceOf(RelationClass.TotalOrder.class);
        assertEveryPairMatches(g, p.relationClass().get());
    }

    @Test
    void aRelabelledTotalOrderIsStillDetectedWithTheRightRanks() {
        Digraph g = new RelationFamily.GreaterThan().graph(12).relabel(randomPermutation(12, 7));
        RelationProperties p = detector.detect(g);
        assertThat(p.relationClass()).get().isInstanceOf(RelationClass.TotalOrder.class);
        assertEveryPairMatches(g, p.relationClass().get());
    }

    @Test
    void completeBipartiteIsDetectedWithItsSidesAndIsNotAnEquivalence() {
        Digraph g = new RelationFamily.CompleteBipartite(10).graph(30);
        RelationProperties p = detector.detect(g);
        assertThat(p.reflexive()).isFalse();
        assertThat(p.transitive()).isFalse();
        assertThat(p.relationClass()).get().isInstanceOf(RelationClass.CompleteBipartite.class);
        RelationClass.CompleteBipartite b = (RelationClass.CompleteBipartite) p.relationClass().get();
        assertThat(b.sizeS()).isEqualTo(10);
        assertEveryPairMatches(g, b);
    }

    @Test
    void anIncompleteBipartiteGraphIsNotCompleteBipartite() {
        // K_{2,2} on {0,1} x {2,3} without the pair {1,3}.
        Digraph g = Digraph.of(4, new int[] {0, 2, 0, 3, 1, 2}, new int[] {2, 0, 3, 0, 2, 1}, null, null, null, null);
        assertThat(detector.detect(g).relationClass()).isEmpty();
    }

    @Test
    void propertiesAgreeWithTheirDefinitionsOnRandomSmallRelations() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 2000; trial++) {
            int n = 1 + random.nextInt(5);
            boolean[][] r = new boolean[n][n];
            double density = random.nextDouble();
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) r[i][j] = random.nextDouble() < density;
            RelationProperties p = detector.detect(Digraph.fromMatrix(r));
            assertThat(p.reflexive()).isEqualTo(all(n, (i, j) -> i != j || r[i][i]));
            assertThat(p.irreflexive()).isEqualTo(all(n, (i, j) -> i != j || !r[i][i]));
            assertThat(p.symmetric()).isEqualTo(all(n, (i, j) -> r[i][j] == r[j][i]));
            assertThat(p.antisymmetric()).isEqualTo(all(n, (i, j) -> i == j || !(r[i][j] && r[j][i])));
            assertThat(p.total()).isEqualTo(all(n, (i, j) -> i == j || r[i][j] || r[j][i]));
            boolean transitive = true;
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    for (int k = 0; k < n; k++) if (r[i][j] && r[j][k] && !r[i][k]) transitive = false;
            assertThat(p.transitive()).isEqualTo(transitive);
            p.relationClass().ifPresent(c -> assertEveryPairMatches(Digraph.fromMatrix(r), c));
        }
    }

    @Test
    void transitivityIsUnknownRatherThanGuessedBeyondTheBudget() {
        Digraph g = new RelationFamily.Mod(2).graph(40);
        assertThat(new PropertyDetector(1000).detect(g).transitive()).isNull();
        assertThat(new PropertyDetector(1000).detect(g).relationClass()).isEmpty();
    }

    @Test
    void labelledGraphsGetPropertiesOfTheUnionButNoClass() {
        // Arcs 0->1 (label a), 1->0 (label b): the union is symmetric.
        Digraph g = Digraph.of(2, new int[] {0, 1}, new int[] {1, 0}, new int[] {0, 1}, List.of("a", "b"), null, null);
        RelationProperties p = detector.detect(g);
        assertThat(p.symmetric()).isTrue();
        assertThat(p.relationClass()).isEmpty();
    }

    private interface PairTest {
        boolean test(int i, int j);
    }

    private static boolean all(int n, PairTest t) {
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) if (!t.test(i, j)) return false;
        return true;
    }

    private static void assertEveryPairMatches(Digraph g, RelationClass c) {
        for (int i = 0; i < g.n(); i++)
            for (int j = 0; j < g.n(); j++)
                assertThat(c.related(i, j)).as("pair (%d, %d)", i, j).isEqualTo(g.hasArc(i, j));
    }

    static int[] randomPermutation(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) list.add(i);
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = list.remove(random.nextInt(list.size()));
        return perm;
    }
}
