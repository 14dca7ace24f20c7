package org.geneft.experiments;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShardTest {

    @Test
    void shardsOfEveryFigureAreDisjointAndCoverTheGrid() {
        for (String figure : FigureSweeps.figures()) {
            Grid grid = FigureSweeps.grid(figure, "quick", 3);
            for (int k : new int[] {1, 2, 3, 7, grid.runs().size() + 5}) {
                Set<String> seen = new HashSet<>();
                int total = 0;
                for (int i = 1; i <= k; i++) {
                    List<RunSpec> part = grid.shard(new Shard(i, k));
                    total += part.size();
                    for (RunSpec r : part) assertThat(seen.add(r.key())).as("%s in two shards of %d", r.key(), k).isTrue();
                    // Round-robin over the fixed order: shard sizes differ by at most one.
                    assertThat(part.size()).isBetween(grid.runs().size() / k, grid.runs().size() / k + 1);
                }
                assertThat(total).isEqualTo(grid.runs().size());
                assertThat(seen).hasSize(grid.runs().size());
            }
        }
    }

    @Test
    void theGridIsTheSameFunctionOfFigureBudgetAndSeedOnEveryCall() {
        Grid a = FigureSweeps.grid("fig5", "paper", 7), b = FigureSweeps.grid("fig5", "paper", 7);
        assertThat(a.runs()).isEqualTo(b.runs());
        assertThat(a.fingerprint()).isEqualTo(b.fingerprint());
        assertThat(FigureSweeps.grid("fig5", "paper", 8).fingerprint()).isNotEqualTo(a.fingerprint());
        assertThat(FigureSweeps.grid("fig5", "quick", 7).fingerprint()).isNotEqualTo(a.fingerprint());
    }

    @Test
    void parsesIOverKAndRejectsShardsOutsideOneToK() {
        assertThat(Shard.parse("3/16")).isEqualTo(new Shard(3, 16));
        assertThat(Shard.parse("3/16").storeFileName()).isEqualTo("runs.shard-3-of-16.jsonl");
        assertThat(Shard.ALL.storeFileName()).isEqualTo("runs.jsonl");
        assertThatThrownBy(() -> Shard.parse("0/4")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 <= i <= K");
        assertThatThrownBy(() -> Shard.parse("5/4")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 <= i <= K");
        assertThatThrownBy(() -> Shard.parse("1/0")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("K >= 1");
        assertThatThrownBy(() -> Shard.parse("3-16")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--shard");
    }
}
