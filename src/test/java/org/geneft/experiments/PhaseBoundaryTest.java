package org.geneft.experiments;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PhaseBoundaryTest {
    private static final double[] LOG_ETA = {-4, -3.5, -3, -2.5, -2};

    private static PhaseCell gen(int g, int m) {
        return new PhaseCell(g + m, g, 0, m, 0);
    }

    @Test
    void crossingIsInterpolatedInLogSpaceWherePGenFallsThroughOneHalfIntoMemorization() {
        // p_gen 1, 1, 0.75, 0.25, 0: crosses 1/2 halfway between -3 and -2.5.
        PhaseCell[] cells = {gen(4, 0), gen(4, 0), gen(3, 1), gen(1, 3), gen(0, 4)};
        assertThat(PhaseBoundary.crossing(LOG_ETA, cells)).hasValueCloseTo(-2.75, within(1e-12));
    }

    @Test
    void aFallIntoConfusionIsNotTheMemorizationBoundary() {
        PhaseCell conf = new PhaseCell(2, 0, 0, 0, 2);
        PhaseCell[] cells = {gen(2, 0), gen(2, 0), conf, conf, conf};
        assertThat(PhaseBoundary.crossing(LOG_ETA, cells)).isEmpty();
    }

    @Test
    void confusionAtSmallRatesBeforeGeneralizationIsSkipped() {
        PhaseCell conf = new PhaseCell(2, 0, 0, 0, 2);
        PhaseCell[] cells = {conf, gen(2, 0), gen(2, 0), gen(0, 2), gen(0, 2)};
        assertThat(PhaseBoundary.crossing(LOG_ETA, cells)).hasValueCloseTo(-2.75, within(1e-12));
    }

    @Test
    void noFallMeansTheBoundaryLiesOutsideTheGrid() {
        PhaseCell[] cells = {gen(2, 0), gen(2, 0), gen(2, 0), gen(2, 0), null};
        assertThat(PhaseBoundary.crossing(LOG_ETA, cells)).isEmpty();
    }
}
