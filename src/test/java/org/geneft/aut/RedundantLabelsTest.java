package org.geneft.aut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.geneft.graph.Digraph;
import org.junit.jupiter.api.Test;

/** Labels that repeat another label's arcs (reversed or not) are dropped, and the group is exactly unchanged. */
class RedundantLabelsTest {
    private final AutomorphismEngine brute = new BruteForceAutomorphisms();
    private final AutomorphismEngine traces = new NautyAutomorphisms(NautyEngine.TRACES);
    private final ReducingAutomorphisms reduced = new ReducingAutomorphisms(new NautyAutomorphisms(NautyEngine.TRACES));

    /** g with one more label "copy", holding label 0's arcs reversed (or as they are), minus `missing` of them. */
    private static Digraph withCopy(Digraph g, boolean reverse, int missing) {
        List<int[]> arcs = new ArrayList<>();
        int skipped = 0;
        for (int v = 0; v < g.n(); v++)
            for (long a = g.outStart(v); a < g.outStart(v + 1); a++) {
                arcs.add(new int[] {v, g.head(a), g.label(a)});
                if (g.label(a) != 0) continue;
                if (skipped < missing) { skipped++; continue; }
                arcs.add(reverse ? new int[] {g.head(a), v, g.labelCount()} : new int[] {v, g.head(a), g.labelCount()});
            }
        List<String> names = new ArrayList<>(g.labelNames());
        names.add("copy");
        int[] t = new int[arcs.size()], h = new int[arcs.size()], l = new int[arcs.size()];
        for (int i = 0; i < arcs.size(); i++) { t[i] = arcs.get(i)[0]; h[i] = arcs.get(i)[1]; l[i] = arcs.get(i)[2]; }
        int[] colours = new int[g.n()];
        for (int v = 0; v < g.n(); v++) colours[v] = g.colour(v);
        return Digraph.of(g.n(), t, h, l, names, null, colours);
    }

    @Test
    void aReversedOrRepeatedLabelIsDroppedAndTheGroupIsExactlyTheBruteForceOne() {
        Random random = new Random(21L);
        int dropped = 0;
        for (int i = 0; i < 300; i++) {
            Digraph g = PlantedDigraphs.planted(random, 2 + random.nextInt(7), 1 + random.nextInt(3), 1 + random.nextInt(2));
            if (g.n() > BruteForceAutomorphisms.MAX_VERTICES) continue;
            Digraph h = withCopy(g, random.nextBoolean(), 0);
            RedundantLabels.Result r = RedundantLabels.drop(h);
            if (r.dropped().contains("copy")) dropped++;
            ReducedSearch s = reduced.search(h);
            AutomorphismGroup expected = brute.automorphisms(h);
            assertThat(s.group().exactOrder()).as("case " + i).isEqualTo(expected.exactOrder());
            assertThat(s.group().orbits()).as("case " + i).containsExactly(expected.orbits());
            assertThat(s.reduction().redundantLabels()).isEqualTo(r.dropped());
        }
        // Label 0 may be empty in a planted graph (then there is nothing to copy); most are not.
        assertThat(dropped).isGreaterThan(150);
    }

    @Test
    void aLabelThatMissesOneArcOfTheReverseIsKeptAndStillMatchesTheUnreducedSearch() {
        Random random = new Random(22L);
        int kept = 0;
        for (int i = 0; i < 200; i++) {
            Digraph g = PlantedDigraphs.planted(random, 10 + random.nextInt(40), 1 + random.nextInt(3), 1);
            Digraph h = withCopy(g, true, 1);
            RedundantLabels.Result r = RedundantLabels.drop(h);
            if (!r.dropped().contains("copy")) kept++;
            assertThat(reduced.search(h).group().log2Order()).as("case " + i)
                    .isCloseTo(traces.automorphisms(h).log2Order(), within(1e-9));
        }
        assertThat(kept).isEqualTo(200);
    }

    @Test
    void aSymmetricLabelIsKeptAndAnUnlabelledGraphIsUntouched() {
        // 0 <-> 1 under one label: its reverse is itself, which is no reason to drop it.
        Digraph sym = Digraph.of(3, new int[] {0, 1, 1}, new int[] {1, 0, 2}, new int[] {0, 0, 1}, List.of("s", "t"), null, null);
        assertThat(RedundantLabels.drop(sym).dropped()).isEmpty();
        Digraph plain = Digraph.of(3, new int[] {0, 1}, new int[] {1, 2}, null, null, null, null);
        assertThat(RedundantLabels.drop(plain).graph()).isSameAs(plain);
        // Label "down" is "up" reversed: dropped, and the remaining graph keeps only "up".
        Digraph inverse = Digraph.of(3, new int[] {0, 1, 1, 2}, new int[] {1, 2, 0, 1}, new int[] {0, 0, 1, 1},
                List.of("up", "down"), null, null);
        RedundantLabels.Result r = RedundantLabels.drop(inverse);
        assertThat(r.dropped()).containsExactly("down");
        assertThat(r.graph().labelNames()).containsExactly("up");
        assertThat(r.graph().arcCount()).isEqualTo(2);
    }
}
