package org.geneft.aut;

import org.geneft.graph.Digraph;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortfolioAutomorphismsTest {
    private static final MemoryBudget BUDGET = MemoryBudget.of(1L << 30, "--max-memory");

    private static AutomorphismGroup group(String engine) {
        return new AutomorphismGroup(1, java.math.BigInteger.TEN, 1, new int[] {0}, engine, 0);
    }

    @Test
    void theRaceGivesTheBruteForceGroupWhicheverEngineWins() {
        Random random = new Random(42);
        AutomorphismEngine brute = new BruteForceAutomorphisms();
        AutomorphismEngine race = new PortfolioAutomorphisms(BUDGET, LabelEncoding.SPLIT, 0);
        for (int i = 0; i < 30; i++) {
            Digraph g = RandomDigraphs.symmetric(random, 2 + random.nextInt(6), 1 + random.nextInt(2), 2, 0.3);
            AutomorphismGroup expected = brute.automorphisms(g), actual = race.automorphisms(g);
            assertThat(actual.exactOrder()).as("case %d", i).isEqualTo(expected.exactOrder());
            assertThat(actual.orbits()).as("case %d", i).containsExactly(expected.orbits());
            assertThat(actual.engine()).matches("(traces-child|bliss)/.*");
        }
        // Below the threshold Traces runs in-process.
        Digraph small = RandomDigraphs.symmetric(random, 6, 1, 1, 0.3);
        assertThat(new PortfolioAutomorphisms(BUDGET, LabelEncoding.SPLIT).automorphisms(small).engine()).startsWith("traces/");
    }

    @Test
    void bothChildrenSearchOneEncodingUnderTheirOwnNames() {
        ChildProcessAutomorphisms traces = new ChildProcessAutomorphisms(ChildProcessAutomorphisms.Engine.TRACES, BUDGET,
                LabelEncoding.SPLIT), bliss = new ChildProcessAutomorphisms(ChildProcessAutomorphisms.Engine.BLISS, BUDGET,
                LabelEncoding.SPLIT);
        Random random = new Random(7);
        for (int i = 0; i < 10; i++) {
            Digraph g = RandomDigraphs.symmetric(random, 3 + random.nextInt(5), 1 + random.nextInt(3), 2, 0.3);
            SparseGraph shared = bliss.renamed(traces.encode(g)), own = bliss.encode(g);
            assertThat(shared.encoding()).isEqualTo(own.encoding()).startsWith("bliss/");
            assertThat(shared.offsets()).containsExactly(own.offsets());
            assertThat(shared.adj()).containsExactly(own.adj());
            assertThat(shared.colour()).containsExactly(own.colour());
            assertThat(shared.directed()).isEqualTo(own.directed());
        }
    }

    @Test
    void anEngineStoppedAtItsMemoryCapLeavesTheAnswerToTheOther() {
        // The Traces child capped at 1 MB cannot even make its search thread; bliss answers, the JVM untouched.
        ChildProcessAutomorphisms starved = new ChildProcessAutomorphisms(ChildProcessAutomorphisms.Engine.TRACES, BUDGET,
                LabelEncoding.SPLIT, 1L << 20);
        ChildProcessAutomorphisms bliss = new ChildProcessAutomorphisms(ChildProcessAutomorphisms.Engine.BLISS, BUDGET,
                LabelEncoding.SPLIT);
        Digraph g = org.geneft.graph.RelationFamily.parse("mod:3").graph(9);
        assertThatThrownBy(() -> starved.automorphisms(g)).isInstanceOf(MemoryBudgetExceededException.class);
        AutomorphismGroup won = new PortfolioAutomorphisms(new NautyAutomorphisms(), starved, bliss, LabelEncoding.SPLIT, 0,
                null).automorphisms(g);
        assertThat(won.exactOrder()).hasToString("1296");
        assertThat(won.engine()).startsWith("bliss/");
    }

    @Test
    void tracesCutAtItsRaceShareRunsAgainWithTheWholeBudgetWhenBlissFailsToo() {
        ChildProcessAutomorphisms traces = new ChildProcessAutomorphisms(ChildProcessAutomorphisms.Engine.TRACES, BUDGET,
                LabelEncoding.SPLIT);
        ChildProcessAutomorphisms starvedBliss = new ChildProcessAutomorphisms(ChildProcessAutomorphisms.Engine.BLISS,
                BUDGET, LabelEncoding.SPLIT, 1L << 20);
        // Large enough that bliss's own structures pass 1 MB: 40,000 arcs.
        Digraph g = org.geneft.graph.RelationFamily.parse("mod:3").graph(200);
        assertThatThrownBy(() -> starvedBliss.automorphisms(g)).isInstanceOf(MemoryBudgetExceededException.class);
        // A race share of 1 MB: the Traces child fails at it, bliss at its own cap; Traces alone then answers.
        AutomorphismGroup won = new PortfolioAutomorphisms(new NautyAutomorphisms(), traces, starvedBliss,
                LabelEncoding.SPLIT, 0, s -> 1L << 20).automorphisms(g);
        AutomorphismGroup expected = new NautyAutomorphisms().automorphisms(g);
        assertThat(won.exactOrder()).isEqualTo(expected.exactOrder());
        assertThat(won.engine()).startsWith("traces-child/");
        // With the default share (twice the estimate) Traces is not cut on this graph: the race answers at once.
        assertThat(new PortfolioAutomorphisms(new NautyAutomorphisms(), traces, starvedBliss, LabelEncoding.SPLIT, 0, null)
                .automorphisms(g).exactOrder()).isEqualTo(expected.exactOrder());
        // Both failing with the whole budget is still an error, not a number.
        ChildProcessAutomorphisms starvedTraces = new ChildProcessAutomorphisms(ChildProcessAutomorphisms.Engine.TRACES,
                BUDGET, LabelEncoding.SPLIT, 1L << 20);
        assertThatThrownBy(() -> new PortfolioAutomorphisms(new NautyAutomorphisms(), starvedTraces, starvedBliss,
                LabelEncoding.SPLIT, 0, s -> 1L << 19).automorphisms(g)).isInstanceOf(MemoryBudgetExceededException.class);
    }

    @Test
    void aFailedEngineLeavesTheAnswerToTheOtherButAWrongAnswerIsAnError() {
        CompletableFuture<AutomorphismGroup> failed = CompletableFuture.failedFuture(
                new MemoryBudgetExceededException("traces ran out of memory")), slow = new CompletableFuture<>();
        new Thread(() -> {
            try { Thread.sleep(50); } catch (InterruptedException e) { return; }
            slow.complete(group("bliss/gadget"));
        }).start();
        assertThat(PortfolioAutomorphisms.firstAnswer(failed, slow).engine()).isEqualTo("bliss/gadget");
        // The first answer wins, whichever it is.
        assertThat(PortfolioAutomorphisms.firstAnswer(new CompletableFuture<>(),
                CompletableFuture.completedFuture(group("traces-child/gadget"))).engine()).isEqualTo("traces-child/gadget");
        CompletableFuture<AutomorphismGroup> wrong = CompletableFuture.failedFuture(new WrongAnswerException("not an automorphism"));
        assertThatThrownBy(() -> PortfolioAutomorphisms.firstAnswer(wrong, new CompletableFuture<>()))
                .isInstanceOf(WrongAnswerException.class);
        // Both failing: the first failure, the second attached.
        CompletableFuture<AutomorphismGroup> crash = CompletableFuture.failedFuture(new IllegalStateException("bliss crashed"));
        assertThatThrownBy(() -> PortfolioAutomorphisms.firstAnswer(failed, crash))
                .isInstanceOf(MemoryBudgetExceededException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement().hasToString(
                        "java.lang.IllegalStateException: bliss crashed"));
    }
}
