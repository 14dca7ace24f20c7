package org.geneft.aut;

import org.geneft.graph.RelationFamily;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 18: every generator a native engine returns is checked against the graph it searched before the group is
 * believed. A deliberately corrupted generator (the C side swaps the images of two vertices of different colours) must
 * be caught, by both engines, and the answer refused; the same search uncorrupted passes.
 */
class GeneratorCheckTest {

    @AfterEach
    void reset() {
        NautyAutomorphisms.SELFTEST.set(false);
    }

    @Test
    void aCorruptedGeneratorIsCaughtAndTheAnswerRefused() {
        var g = RelationFamily.parse("mod:3").graph(9); // |Aut| = 3!^3 * 3! = 1296: many generators
        for (NautyEngine engine : NautyEngine.values()) {
            NautyAutomorphisms search = new NautyAutomorphisms(engine);
            AutomorphismGroup honest = search.automorphisms(g);
            assertThat(honest.exactOrder()).as(engine.name()).hasToString("1296");
            NautyAutomorphisms.SELFTEST.set(true);
            assertThatThrownBy(() -> search.automorphisms(g)).as(engine.name()).isInstanceOf(WrongAnswerException.class)
                    .hasMessageContaining("not an automorphism");
            assertThat(NautyAutomorphisms.SELFTEST.get()).isFalse(); // consumed by that one search
            assertThat(search.automorphisms(g).exactOrder()).hasToString("1296");
        }
    }

    @Test
    void directedAndLabelledSearchesPassTheirChecks() {
        // gt (a total order, trivial group) and a labelled bipartite graph: the digraph gadgets are checked too.
        for (String spec : new String[] {"gt", "bipartite:4"})
            for (NautyEngine engine : NautyEngine.values())
                assertThat(new NautyAutomorphisms(engine).automorphisms(RelationFamily.parse(spec).graph(8)).log10Order())
                        .isFinite();
    }

    @Test
    void theDefaultReducingEngineLetsTheRefusalThroughUnwrapped() {
        // A directed 8-cycle: no twins, no pendant trees, one component, so the reductions leave it to Traces.
        int n = 8;
        int[] tails = new int[n], heads = new int[n];
        for (int i = 0; i < n; i++) { tails[i] = i; heads[i] = (i + 1) % n; }
        var g = org.geneft.graph.Digraph.of(n, tails, heads, null, null, null, null);
        assertThat(new ReducingAutomorphisms(new NautyAutomorphisms()).automorphisms(g).exactOrder()).hasToString("8");
        NautyAutomorphisms.SELFTEST.set(true);
        assertThatThrownBy(() -> new ReducingAutomorphisms(new NautyAutomorphisms()).automorphisms(g))
                .isInstanceOf(WrongAnswerException.class);
    }
}
