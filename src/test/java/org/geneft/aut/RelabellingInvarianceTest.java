package org.geneft.aut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.geneft.graph.Digraph;
import org.junit.jupiter.api.Test;

/** Isomorphic copies of a digraph have the same automorphism group and the same orbit sizes. */
class RelabellingInvarianceTest {

    @Test
    void randomRelabellingKeepsOrderAndOrbitSizes() {
        Random random = new Random(7L);
        AutomorphismEngine traces = new NautyAutomorphisms();
        for (int i = 0; i < 100; i++) {
            int n = 5 + random.nextInt(60);
            Digraph g = RandomDigraphs.dense(random, n, 1 + random.nextInt(3), 1 + random.nextInt(3), 1.5 / n);
            int[] perm = RandomDigraphs.permutation(random, n);
            AutomorphismGroup original = traces.automorphisms(g);
            AutomorphismGroup relabelled = traces.automorphisms(g.relabel(perm));

            // Same graph up to names: nauty's double product may round in a different order, hence 1e-12.
            assertThat(relabelled.log10Order()).isCloseTo(original.log10Order(), within(1e-12));
            assertThat(relabelled.exactOrder()).isEqualTo(original.exactOrder());
            assertThat(orbitSizes(relabelled.orbits())).isEqualTo(orbitSizes(original.orbits()));
            // Stronger: vertex v and its image perm[v] lie in orbits of the same size.
            assertThat(orbitSizeOfEachVertex(relabelled.orbits(), perm)).containsExactly(orbitSizeOfEachVertex(original.orbits(), null));
        }
    }

    /** Multiset of orbit sizes, as size -> number of orbits of that size. */
    private static Map<Integer, Integer> orbitSizes(int[] orbits) {
        Map<Integer, Integer> sizeOfOrbit = new TreeMap<>();
        for (int leader : orbits) sizeOfOrbit.merge(leader, 1, Integer::sum);
        Map<Integer, Integer> histogram = new TreeMap<>();
        for (int size : sizeOfOrbit.values()) histogram.merge(size, 1, Integer::sum);
        return histogram;
    }

    /** size[v] = size of the orbit of perm[v] (or of v when perm is null). */
    private static int[] orbitSizeOfEachVertex(int[] orbits, int[] perm) {
        int[] count = new int[orbits.length];
        for (int leader : orbits) count[leader]++;
        int[] size = new int[orbits.length];
        for (int v = 0; v < orbits.length; v++) size[v] = count[orbits[perm == null ? v : perm[v]]];
        return size;
    }
}
