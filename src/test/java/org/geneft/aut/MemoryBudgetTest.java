package org.geneft.aut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.geneft.graph.Digraph;
import org.junit.jupiter.api.Test;

/** The memory budget parses sizes, refuses too large a search before any native call, and says what to raise. */
class MemoryBudgetTest {

    @Test
    void sizesParseWithBinaryUnits() {
        assertThat(MemoryBudget.parseBytes("2g", "--max-memory")).isEqualTo(2L << 30);
        assertThat(MemoryBudget.parseBytes("512M", "--max-memory")).isEqualTo(512L << 20);
        assertThat(MemoryBudget.parseBytes("1.5g", "--max-memory")).isEqualTo(3L << 29);
        assertThat(MemoryBudget.parseBytes("4096", "--max-memory")).isEqualTo(4096);
        for (String bad : new String[] {"", "g", "-1g", "0", "2x", "NaN"})
            assertThatThrownBy(() -> MemoryBudget.parseBytes(bad, "--max-memory"))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--max-memory");
    }

    @Test
    void aSearchPastTheBudgetIsRefusedBeforeTheNativeCallWithTheOptionToRaise() {
        Digraph g = RandomDigraphs.sparse(new Random(3L), 20_000, 60_000);
        NautyAutomorphisms tight = new NautyAutomorphisms(NautyEngine.TRACES, NautyAutomorphisms.DEFAULT_STACK_BYTES,
                MemoryBudget.of(1L << 20, "--max-memory"));
        assertThatThrownBy(() -> tight.automorphisms(g))
                .isInstanceOf(MemoryBudgetExceededException.class)
                .isInstanceOf(IllegalArgumentException.class) // the CLI maps it to exit code 2
                .hasMessageContaining("60,000 vertices") // the gadget: 3n
                .hasMessageContaining("raise --max-memory");
    }

    @Test
    void theReductionsRunBeforeTheBudgetIsApplied() {
        // A star with 50,000 leaves: far past a 1 MiB budget as it stands, nothing to search once twins collapse.
        int leaves = 50_000;
        int[] t = new int[leaves], h = new int[leaves];
        for (int i = 0; i < leaves; i++) { t[i] = 0; h[i] = i + 1; }
        Digraph star = Digraph.of(leaves + 1, t, h, null, null, null, null);
        MemoryBudget small = MemoryBudget.of(1L << 20, "--max-memory");
        ReducedSearch r = new ReducingAutomorphisms(
                new NautyAutomorphisms(NautyEngine.TRACES, NautyAutomorphisms.DEFAULT_STACK_BYTES, small)).search(star);
        assertThat(r.group().log2Order()).isCloseTo(Log2Factorial.of(leaves), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(r.reduction().verticesAfter()).isLessThanOrEqualTo(2);
    }
}
