package org.geneft.aut;

import org.geneft.graph.Digraph;
import org.geneft.graph.RelationFamily;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.geneft.testing.ExactIntegers.factorial;
import static org.geneft.testing.ExactIntegers.log10;

/** bliss and Traces in child processes: against brute force, Traces and closed forms; their checks and memory cap. */
class ChildProcessAutomorphismsTest {
    private static final MemoryBudget BUDGET = MemoryBudget.of(1L << 30, "--max-memory");

    private static ChildProcessAutomorphisms bliss() {
        return new ChildProcessAutomorphisms(ChildProcessAutomorphisms.Engine.BLISS, BUDGET, LabelEncoding.SPLIT);
    }

    private static ChildProcessAutomorphisms tracesChild() {
        return new ChildProcessAutomorphisms(ChildProcessAutomorphisms.Engine.TRACES, BUDGET, LabelEncoding.SPLIT);
    }

    @AfterEach
    void reset() {
        ChildProcessAutomorphisms.SELFTEST.set(false);
    }

    @Test
    void bothChildEnginesGiveTheBruteForceOrderAndOrbitsOnRandomLabelledDigraphs() {
        Random random = new Random(20261204L);
        AutomorphismEngine brute = new BruteForceAutomorphisms(), bliss = bliss(), traces = tracesChild();
        int nontrivial = 0;
        for (int i = 0; i < 120; i++) {
            int n = 1 + random.nextInt(7), labels = 1 + random.nextInt(3), colours = 1 + random.nextInt(3);
            double density = 0.05 + 0.4 * random.nextDouble() / labels;
            Digraph g = i % 2 == 0 ? RandomDigraphs.dense(random, n, labels, colours, density)
                    : RandomDigraphs.symmetric(random, n, labels, colours, density);
            AutomorphismGroup expected = brute.automorphisms(g);
            if (expected.exactOrder().intValue() > 1) nontrivial++;
            for (AutomorphismEngine engine : new AutomorphismEngine[] {bliss, traces}) {
                AutomorphismGroup actual = engine.automorphisms(g);
                assertThat(actual.exactOrder()).as("case %d %s on %s", i, g, actual.engine()).isEqualTo(expected.exactOrder());
                assertThat(actual.orbits()).as("case %d on %s", i, actual.engine()).containsExactly(expected.orbits());
            }
        }
        assertThat(nontrivial).isGreaterThan(30); // rigid graphs alone would prove little
    }

    @Test
    void theExactGroupSizeHoldsPastWhatADoubleCanCount() {
        // K_{15,15}: 2 (15!)^2, and the empty relation on 200 elements: 200! (about 10^375, past a double's range).
        AutomorphismGroup k = bliss().automorphisms(RelationFamily.parse("bipartite:15").graph(30));
        BigInteger expected = BigInteger.TWO.multiply(factorial(15).pow(2));
        assertThat(k.log10Order()).isCloseTo(log10(expected), within(1e-12 * log10(expected)));
        Digraph empty = Digraph.of(200, new int[0], new int[0], null, null, null, null);
        AutomorphismGroup all = bliss().automorphisms(empty);
        // 17 significant digits of bliss's exact count: log10 to about 1e-16 relative.
        assertThat(all.log10Order()).isCloseTo(log10(factorial(200)), within(1e-12 * 375));
        assertThat(all.orbitCount()).isEqualTo(1);
    }

    @Test
    void blissAndTracesAgreeAfterTheReductionsOnAPlantedKnowledgeGraph() {
        Random random = new Random(7);
        Digraph g = RandomDigraphs.dense(random, 60, 3, 2, 0.02);
        AutomorphismGroup t = new ReducingAutomorphisms(new NautyAutomorphisms()).automorphisms(g);
        AutomorphismGroup b = new ReducingAutomorphisms(bliss()).automorphisms(g);
        assertThat(b.log10Order()).isCloseTo(t.log10Order(), within(1e-9 * Math.max(1, t.log10Order())));
        assertThat(b.orbits()).containsExactly(t.orbits());
    }

    @Test
    void aCorruptedGeneratorIsCaughtInTheChild() {
        Digraph g = RelationFamily.parse("mod:3").graph(9);
        for (ChildProcessAutomorphisms engine : new ChildProcessAutomorphisms[] {bliss(), tracesChild()}) {
            assertThat(engine.automorphisms(g).exactOrder()).hasToString("1296");
            ChildProcessAutomorphisms.SELFTEST.set(true);
            assertThatThrownBy(() -> engine.automorphisms(g)).as(engine.name()).isInstanceOf(WrongAnswerException.class)
                    .hasMessageContaining("not an automorphism");
            assertThat(engine.automorphisms(g).exactOrder()).hasToString("1296");
        }
    }

    @Test
    void aSearchPastItsAddressSpaceCapIsAMemoryError() {
        // A million isolated vertices under a 64 MB cap: bliss's partition alone needs more. The child stops (bliss
        // asserts "Mem out", or an allocation throws), the JVM is untouched, and the message says what to raise.
        Digraph g = Digraph.of(1_000_000, new int[0], new int[0], null, null, null, null);
        assertThatThrownBy(() -> new ChildProcessAutomorphisms(ChildProcessAutomorphisms.Engine.BLISS, BUDGET, LabelEncoding.SPLIT,
                64L << 20).automorphisms(g))
                .isInstanceOf(MemoryBudgetExceededException.class).hasMessageContaining("capped at 64")
                .hasMessageContaining("raise it");
        assertThat(bliss().automorphisms(RelationFamily.parse("mod:3").graph(9)).exactOrder()).hasToString("1296");
    }
}
