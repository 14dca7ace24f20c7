package org.geneft.statics;

import org.geneft.graph.PropertyDetector;
import org.geneft.graph.RelationFamily;
import org.geneft.graph.RelationProperties;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class Table2Test {

    @Test
    void namedRelationsGetTheirOwnRowOfTable2() {
        PropertyDetector d = new PropertyDetector();
        assertThat(Table2.approximate(d.detect(new RelationFamily.Mod(5).graph(30)), 30).get().bits())
                .isCloseTo(30 * Math.log(5) / Math.log(2), within(1e-12));
        assertThat(Table2.approximate(d.detect(new RelationFamily.GreaterThan().graph(30)), 30).get().bits())
                .isCloseTo(30 * Math.log(30 / Math.E) / Math.log(2), within(1e-12));
        assertThat(Table2.approximate(d.detect(new RelationFamily.CompleteBipartite(10).graph(30)), 30).get().bits())
                .isEqualTo(30);
    }

    @Test
    void largeGraphsDoNotOverflowTheQuadraticRows() {
        int n = 100_000;
        RelationProperties antisymmetric = new RelationProperties(false, true, false, true, false, false, Optional.empty());
        assertThat(Table2.approximate(antisymmetric, n).get().bits()).isEqualTo(n * (n - 1.0) / 2);
        RelationProperties symmetric = new RelationProperties(false, false, true, false, false, false, Optional.empty());
        assertThat(Table2.approximate(symmetric, n).get().bits()).isEqualTo(n * (n + 1.0) / 2);
        RelationProperties none = new RelationProperties(false, false, false, false, false, false, Optional.empty());
        assertThat(Table2.approximate(none, n)).isEmpty();
    }
}
