package org.geneft.aut;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.geneft.graph.Digraph;
import org.junit.jupiter.api.Test;

/** Both nauty engines agree exactly with brute force on random small labelled, coloured digraphs with loops. */
class NativeMatchesBruteForceTest {
    private static final int CASES = 400;

    @Test
    void bothNativeEnginesGiveTheBruteForceOrderAndOrbitsOnFourHundredRandomDigraphs() {
        Random random = new Random(20261124L);
        AutomorphismEngine brute = new BruteForceAutomorphisms();
        AutomorphismEngine traces = new NautyAutomorphisms(NautyEngine.TRACES);
        AutomorphismEngine sparse = new NautyAutomorphisms(NautyEngine.SPARSENAUTY);
        int nontrivial = 0;
        for (int i = 0; i < CASES; i++) {
            int n = 1 + random.nextInt(7);
            int labels = 1 + random.nextInt(3);
            int colours = 1 + random.nextInt(3);
            // Sparse graphs are the interesting ones: dense random graphs are almost always rigid.
            double density = 0.05 + 0.4 * random.nextDouble() / labels;
            Digraph g = i % 2 == 0
                    ? RandomDigraphs.dense(random, n, labels, colours, density)
                    : RandomDigraphs.symmetric(random, n, labels, colours, density);
            AutomorphismGroup expected = brute.automorphisms(g);
            if (expected.exactOrder().intValue() > 1) nontrivial++;
            for (AutomorphismEngine engine : new AutomorphismEngine[] {traces, sparse}) {
                AutomorphismGroup actual = engine.automorphisms(g);
                String context = "case " + i + " " + g + " on " + actual.engine();
                assertThat(actual.exactOrder()).as(context).isEqualTo(expected.exactOrder());
                assertThat(actual.orbits()).as(context).containsExactly(expected.orbits());
            }
        }
        // Guard against generators that only produce rigid graphs, which would prove little.
        assertThat(nontrivial).isGreaterThan(CASES / 4);
    }
}
