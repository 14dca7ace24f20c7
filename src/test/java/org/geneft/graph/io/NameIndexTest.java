package org.geneft.graph.io;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameIndexTest {
    @Test
    void numbersNamesInOrderOfFirstAppearanceAcrossManyRehashes() {
        NameIndex index = new NameIndex(Integer.MAX_VALUE, null);
        for (int round = 0; round < 2; round++) // the second round must find every name again
            for (int i = 0; i < 100_000; i++) assertThat(index.id("v" + (i * 7919 % 100_000))).isEqualTo(i);
        assertThat(index.size()).isEqualTo(100_000);
        assertThat(index.names().get(1)).isEqualTo("v7919");
    }

    @Test
    void looksUpARegionOfALineAsTheSameName() {
        NameIndex index = new NameIndex(10, null);
        assertThat(index.id("alice")).isZero();
        assertThat(index.id("x alice y", 2, 7)).isZero();
        assertThat(index.id("x alic y", 2, 6)).isEqualTo(1);
        assertThat(index.names()).containsExactly("alice", "alic");
    }

    @Test
    void distinguishesNamesBeyondLatin1AndPrefixes() {
        NameIndex index = new NameIndex(10, null);
        assertThat(index.id("Zürich")).isZero();
        assertThat(index.id("Z\u0170rich")).isEqualTo(1); // differs from 'ü' only above 0xFF
        assertThat(index.id("Zürich2")).isEqualTo(2);
        assertThat(index.id("")).isEqualTo(3);
        assertThat(index.id("Zürich")).isZero();
        assertThat(index.names()).containsExactly("Zürich", "Z\u0170rich", "Zürich2", "");
    }

    @Test
    void refusesANewNameBeyondTheLimitButStillFindsKnownOnes() {
        NameIndex index = new NameIndex(2, null);
        assertThat(index.id("a")).isZero();
        assertThat(index.id("b")).isEqualTo(1);
        assertThat(index.id("c")).isEqualTo(-1);
        assertThat(index.id("a")).isZero();
    }
}
