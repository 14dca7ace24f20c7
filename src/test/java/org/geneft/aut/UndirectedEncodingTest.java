package org.geneft.aut;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.geneft.graph.Digraph;
import org.geneft.graph.RelationFamily;
import org.junit.jupiter.api.Test;

/** The direct undirected encoding (symmetric unlabelled digraphs, loops as colours) is exact. */
class UndirectedEncodingTest {

    @Test
    void symmetricGraphsWithLoopsGoToTracesDirectlyAndMatchBruteForceAndTheGadget() {
        Random random = new Random(7);
        AutomorphismEngine brute = new BruteForceAutomorphisms();
        NautyAutomorphisms traces = new NautyAutomorphisms(NautyEngine.TRACES);
        int nontrivial = 0;
        for (int i = 0; i < 300; i++) {
            int n = 1 + random.nextInt(8);
            Digraph g = undirected(RandomDigraphs.symmetric(random, n, 1, 1 + random.nextInt(2), 0.05 + 0.3 * random.nextDouble()));
            AutomorphismGroup direct = traces.automorphisms(g);
            assertThat(direct.engine()).isEqualTo(NautyAutomorphisms.UNDIRECTED_NAME);
            AutomorphismGroup expected = brute.automorphisms(g);
            assertThat(direct.exactOrder()).as("case %d %s", i, g).isEqualTo(expected.exactOrder());
            assertThat(direct.orbits()).as("case %d", i).containsExactly(expected.orbits());
            if (expected.exactOrder().intValue() > 1) nontrivial++;
        }
        assertThat(nontrivial).isGreaterThan(75); // the cases must not all be rigid to prove anything
    }

    /** The graph with every arc also reversed: a random graph with a planted symmetry, made undirected. */
    private static Digraph undirected(Digraph g) {
        int m = (int) g.arcCount();
        int[] t = new int[2 * m], h = new int[2 * m];
        int k = 0;
        for (int u = 0; u < g.n(); u++)
            for (long a = g.outStart(u); a < g.outStart(u + 1); a++) {
                t[k] = u; h[k++] = g.head(a);
                t[k] = g.head(a); h[k++] = u;
            }
        int[] colours = new int[g.n()];
        for (int v = 0; v < g.n(); v++) colours[v] = g.colour(v);
        return Digraph.of(g.n(), t, h, null, null, null, colours);
    }

    @Test
    void aLoopOnOneVertexBreaksTheSymmetryThatTheLooplessGraphHas() {
        // The undirected edge {0,1}: order 2; with a loop at 0 only: order 1.
        Digraph edge = Digraph.of(2, new int[] {0, 1}, new int[] {1, 0}, null, null, null, null);
        Digraph edgeAndLoop = Digraph.of(2, new int[] {0, 1, 0}, new int[] {1, 0, 0}, null, null, null, null);
        NautyAutomorphisms traces = new NautyAutomorphisms();
        assertThat(traces.automorphisms(edge).exactOrder().intValue()).isEqualTo(2);
        assertThat(traces.automorphisms(edgeAndLoop).exactOrder().intValue()).isEqualTo(1);
    }

    @Test
    void directedAndLabelledGraphsStillUseTheGadget() {
        assertThat(new NautyAutomorphisms().automorphisms(new RelationFamily.GreaterThan().graph(5)).engine())
                .isEqualTo("traces/gadget");
        assertThat(DigraphEncoding.isUndirected(new RelationFamily.Mod(2).graph(6))).isTrue();
    }
}
