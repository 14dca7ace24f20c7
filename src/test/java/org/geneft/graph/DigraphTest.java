package org.geneft.graph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DigraphTest {

    @Test
    void duplicateTriplesAreStoredOnceButDistinctLabelsAreKept() {
        Digraph g = Digraph.of(3, new int[] {0, 0, 0, 2}, new int[] {1, 1, 1, 2}, new int[] {0, 0, 1, 0},
                List.of("a", "b"), null, null);
        assertThat(g.arcCount()).isEqualTo(3);
        assertThat(g.hasArc(0, 1, 0)).isTrue();
        assertThat(g.hasArc(0, 1, 1)).isTrue();
        assertThat(g.hasArc(1, 0)).isFalse();
        assertThat(g.loopCount()).isEqualTo(1);
    }

    @Test
    void relabellingMovesArcsColoursAndNames() {
        Digraph g = Digraph.of(3, new int[] {0}, new int[] {1}, null, null, List.of("x", "y", "z"), new int[] {5, 6, 7});
        Digraph h = g.relabel(new int[] {2, 0, 1});
        assertThat(h.hasArc(2, 0)).isTrue();
        assertThat(h.arcCount()).isEqualTo(1);
        assertThat(h.colour(2)).isEqualTo(5);
        assertThat(h.vertexName(0)).isEqualTo("y");
    }

    @Test
    void arcsOutsideTheVertexRangeAreRejected() {
        assertThatThrownBy(() -> Digraph.of(2, new int[] {0}, new int[] {2}, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..1");
        assertThatThrownBy(() -> Digraph.of(0, new int[0], new int[0], null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namedFamiliesMatchTheirDefinitions() {
        Digraph mod = new RelationFamily.Mod(5).graph(30);
        assertThat(mod.arcCount()).isEqualTo(5 * 6 * 6);
        assertThat(new RelationFamily.GreaterThan().graph(30).arcCount()).isEqualTo(30 * 29 / 2);
        assertThat(new RelationFamily.CompleteBipartite(10).graph(30).arcCount()).isEqualTo(2 * 10 * 20);
        assertThat(RelationFamily.parse("bipartite:15")).isEqualTo(new RelationFamily.CompleteBipartite(15));
        assertThatThrownBy(() -> RelationFamily.parse("generic")).hasMessageContaining("mod:K, gt or bipartite:A");
        assertThatThrownBy(() -> RelationFamily.parse("mod:x")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> new RelationFamily.Mod(40).graph(30)).hasMessageContaining("n >= 40");
    }
}
