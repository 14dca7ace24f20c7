package org.geneft.grokking;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The trainer still gives the committed paper-budget runs bit for bit: for every kind of stored run (draw, loss,
 * minibatch or not) the shortest one is trained again and its stored line must come out identical. A change to the
 * toy model's arithmetic, its draws or its step order that would make the committed stores (hours of computing) stale
 * fails here instead of mixing two versions' runs in one report.
 */
class CommittedRunsReplayTest {
    private static final Path STORES = Path.of("reports/paper/grokking");

    @Test
    void theShortestStoredRunOfEachKindReplaysExactly() throws Exception {
        assumeTrue(Files.isDirectory(STORES), "no grokking paper-budget stores committed");
        Map<String, ToyRun.Result> shortest = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(STORES)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("toy-runs.*\\.jsonl")).sorted().toList())
                for (String line : Files.readAllLines(f)) {
                    ToyRun.Result r = ToyRunStore.parse(line);
                    ToyRun.Config c = r.config();
                    String kind = c.draw() + " " + c.loss() + " " + (c.batch() < c.trainPairs() ? "minibatch" : "full") + " " + c.task();
                    shortest.merge(kind, r, (a, b) -> Comparator.comparingLong(ToyRun.Result::stepsRun).compare(a, b) <= 0 ? a : b);
                }
        }
        assertThat(shortest).as("kinds of stored runs").hasSizeGreaterThanOrEqualTo(4);
        for (Map.Entry<String, ToyRun.Result> e : shortest.entrySet())
            assertThat(ToyRunStore.line(ToyRun.run(e.getValue().config()))).as(e.getKey())
                    .isEqualTo(ToyRunStore.line(e.getValue()));
    }

    /** The kinds this test covers, for its own sanity: at least the three draws appear. */
    @Test
    void theStoresHoldEveryDraw() throws Exception {
        assumeTrue(Files.isDirectory(STORES), "no grokking paper-budget stores committed");
        try (Stream<Path> files = Files.walk(STORES)) {
            List<ToyRun.Draw> draws = files.filter(p -> p.getFileName().toString().matches("toy-runs.*\\.jsonl"))
                    .flatMap(f -> {
                        try {
                            return Files.readAllLines(f).stream();
                        } catch (java.io.IOException ex) {
                            throw new java.io.UncheckedIOException(ex);
                        }
                    }).map(l -> ToyRunStore.parse(l).config().draw()).distinct().toList();
            assertThat(draws).containsExactlyInAnyOrder(ToyRun.Draw.values());
        }
    }
}
