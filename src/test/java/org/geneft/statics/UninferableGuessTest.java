package org.geneft.statics;

import org.geneft.graph.PropertyDetector;
import org.geneft.graph.RelationClass;
import org.geneft.graph.RelationFamily;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The measured guessing chance behind Sec. III's p*, against closed forms where no data constrain the pairs. */
class UninferableGuessTest {

    private static RelationClass classOf(RelationFamily family, int n) {
        return new PropertyDetector().detect(family.graph(n)).relationClass().orElseThrow();
    }

    @Test
    void withNoDataTheChanceIsTheFiniteClassPriorNotOneOverK() {
        // No observed pair: every pair is undetermined and the posterior is the prior. mod 3 on 30 elements shares
        // a class with probability (10 - 1)/(30 - 1) = 9/29, so the best guess ("not related") is right 20/29 times.
        UninferableGuess.Measurement eq = UninferableGuess.latentEquivalence(classOf(new RelationFamily.Mod(3), 30), 0, 3, 1);
        assertThat(eq.mean()).isCloseTo(20.0 / 29, within(1e-12));
        // K_{15,15}: related means opposite sides, 15/29 of the other elements.
        UninferableGuess.Measurement kb = UninferableGuess.latentEquivalence(
                classOf(new RelationFamily.CompleteBipartite(15), 30), 0, 3, 1);
        assertThat(kb.mean()).isCloseTo(15.0 / 29, within(1e-12));
    }

    @Test
    void moreDataLeaveFewerPairsUndeterminedAndTheSeedFixesTheResult() {
        RelationClass mod3 = classOf(new RelationFamily.Mod(3), 30);
        UninferableGuess.Measurement sparse = UninferableGuess.latentEquivalence(mod3, 0.01, 20, 1);
        UninferableGuess.Measurement denser = UninferableGuess.latentEquivalence(mod3, 0.03, 20, 1);
        // Every undetermined pair is at least as well guessed as a coin (max(p, 1 - p) >= 1/2), and the seed fixes it.
        assertThat(sparse.mean()).isGreaterThanOrEqualTo(0.5);
        assertThat(UninferableGuess.latentEquivalence(mod3, 0.01, 20, 1)).isEqualTo(sparse);
        assertThat(denser.undeterminedPairs()).isLessThan(sparse.undeterminedPairs());
    }
}
