package org.geneft.aut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geneft.graph.Digraph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Traces on WordNet's noun hypernym digraph, the real-world graph where nauty's digraph mode never
 * finishes. Needs bench/data from bench/wordnet-noun-hypernyms.py; run with
 * {@code mvn -o test -Dtest=WordNetHypernymBenchmarkTest -DexcludedTestGroups=none}.
 */
@Tag("slow")
class WordNetHypernymBenchmarkTest {
    private static final Path TRIPLES = Path.of("bench/data/wordnet-noun-hypernyms.tsv");

    @Test
    void tracesOnTheGadgetFindsTheBlissOrderOfTheNounHypernymDigraph(TestReporter reporter) throws IOException {
        Assumptions.assumeTrue(Files.exists(TRIPLES), "run bench/wordnet-noun-hypernyms.py first");
        Digraph g = readUnlabelledTriples(TRIPLES);
        assertThat(g.n()).isEqualTo(82_115);
        assertThat(g.arcCount()).isEqualTo(84_427);

        long start = System.nanoTime();
        AutomorphismGroup group = new NautyAutomorphisms().automorphisms(g);
        double wall = (System.nanoTime() - start) / 1e9;

        // NOTES.md gives bliss's exact |Aut| as log2 = 155,787.348, rounded to 3 decimals.
        assertThat(group.log2Order()).isCloseTo(155_787.348, within(0.001));
        String measured = String.format("log2|Aut| = %.4f, native %.3f s, call %.3f s, orbits %d, generators %d, engine %s",
                group.log2Order(), group.seconds(), wall, group.orbitCount(), group.generators(), group.engine());
        reporter.publishEntry("wordnet", measured);
        System.out.println("wordnet: " + measured); // surefire keeps stdout, not report entries, in its report files
    }

    /** head TAB relation TAB tail, one relation: vertices numbered by first appearance. */
    private static Digraph readUnlabelledTriples(Path path) throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<String> lines = Files.readAllLines(path);
        int[] tails = new int[lines.size()], heads = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t");
            tails[i] = ids.computeIfAbsent(f[0], k -> { names.add(k); return names.size() - 1; });
            heads[i] = ids.computeIfAbsent(f[2], k -> { names.add(k); return names.size() - 1; });
        }
        return Digraph.of(names.size(), tails, heads, null, null, names, null);
    }
}
