package org.geneft.aut;

import static org.geneft.testing.ExactIntegers.factorial;
import static org.geneft.testing.ExactIntegers.log10;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.stream.Stream;
import org.geneft.graph.RelationFamily;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** |Aut| of the paper's named relations at n = 30, whose groups are known in closed form. */
class KnownGroupsTest {
    private static final int N = 30;

    static Stream<Arguments> familiesAndEngines() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (NautyEngine engine : NautyEngine.values()) {
            // mod:K with K classes of size N/K: permute the classes, and within each class.
            cases.add(Arguments.of(engine, "mod:3", factorial(3).multiply(factorial(10).pow(3))));
            cases.add(Arguments.of(engine, "mod:5", factorial(5).multiply(factorial(6).pow(5))));
            // A strict total order is rigid.
            cases.add(Arguments.of(engine, "gt", BigInteger.ONE));
            // K_{15,15} as a symmetric relation: swap the sides, permute each side.
            cases.add(Arguments.of(engine, "bipartite:15", BigInteger.TWO.multiply(factorial(15).pow(2))));
            // K_{10,20}: the sides differ in size, so they cannot swap.
            cases.add(Arguments.of(engine, "bipartite:10", factorial(10).multiply(factorial(20))));
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{1} with {0}")
    @MethodSource("familiesAndEngines")
    void orderOfNamedRelationMatchesClosedFormWithinDoubleRounding(NautyEngine engine, String spec, BigInteger expected) {
        AutomorphismGroup group = new NautyAutomorphisms(engine).automorphisms(RelationFamily.parse(spec).graph(N));

        // nauty accumulates |Aut| as a double product (grpsize1 * 10^grpsize2) of at most ~n orbit
        // sizes, each step off by half an ulp (1.1e-16 relative), so log10 is off by well under 1e-13.
        // 1e-9 relative is generous for that, yet a wrong group is off by a factor >= 2 (0.3 in log10).
        double exactLog10 = log10(expected);
        assertThat(group.log10Order()).isCloseTo(exactLog10, within(1e-9 * Math.max(1, exactLog10)));
        if (expected.bitLength() <= 53) assertThat(group.exactOrder()).isEqualTo(expected);
        assertThat(group.engine()).startsWith(engine == NautyEngine.TRACES ? "traces/" : "sparsenauty/");
    }


}
