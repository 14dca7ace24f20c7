package org.geneft.grokking;

import org.geneft.experiments.Shard;
import org.geneft.training.SumDecoderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The toy model's store keeps every number a check reads exactly, resumes instead of retraining, survives a torn last
 * line, and refuses two files that disagree on a run.
 */
class ToyRunStoreTest {
    static ToyRun.Config config(int pairs, long seed) {
        return ToyRun.Config.authors(pairs, SumDecoderModel.Loss.MSE, 60, 40, ToyRun.Stop.NEVER, seed);
    }

    @Test
    void aStoredRunReadsBackBitForBit() {
        ToyRun.Result r = ToyRun.run(config(20, 3));
        ToyRun.Result back = ToyRunStore.parse(ToyRunStore.line(r));
        assertThat(back.config()).isEqualTo(r.config());
        assertThat(back.embeddings()).isEqualTo(r.embeddings());
        assertThat(back.training()).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(r.training());
        assertThat(List.of(back.stepsRun(), back.trainStep(), back.testStep(), back.rqiStep()))
                .isEqualTo(List.of(r.stepsRun(), r.trainStep(), r.testStep(), r.rqiStep()));
        for (double[] pair : new double[][] {{back.accuracy(), r.accuracy()}, {back.rqi(), r.rqi()},
                {back.predicted(), r.predicted()}, {back.ideal(), r.ideal()}, {back.idealRqi(), r.idealRqi()},
                {back.trainAccuracy(), r.trainAccuracy()}, {back.testAccuracy(), r.testAccuracy()}})
            assertThat(Double.doubleToRawLongBits(pair[0])).isEqualTo(Double.doubleToRawLongBits(pair[1]));
        assertThat(ToyRunStore.line(back)).isEqualTo(ToyRunStore.line(r));
    }

    @Test
    void theDrawIsPartOfTheKeyAndGeneftsKeepsTheOlderKeys() {
        ToyRun.Config geneft = config(45, 58), authors = geneft.on(ToyRun.Draw.AUTHORS);
        assertThat(ToyRunStore.key(geneft)).doesNotContain("draw").endsWith("|seed=58");
        assertThat(ToyRunStore.key(authors)).isNotEqualTo(ToyRunStore.key(geneft)).endsWith("|draw=AUTHORS");
        ToyRun.Result r = ToyRun.run(authors);
        assertThat(ToyRunStore.parse(ToyRunStore.line(r)).config()).isEqualTo(authors);
        assertThat(ToyRunStore.line(ToyRun.run(geneft))).doesNotContain("draw");
        assertThatThrownBy(() -> ToyRunStore.parse(ToyRunStore.line(r).replace("\"AUTHORS\"", "\"TORCH\"")))
                .hasMessageContaining("draw");
        // a minibatch is part of the key too, and a full batch leaves the key as it was
        ToyRun.Config batched = authors.withBatch(9);
        assertThat(ToyRunStore.key(batched)).endsWith("|draw=AUTHORS|batch=9");
        assertThat(ToyRunStore.key(authors.withBatch(45))).isEqualTo(ToyRunStore.key(authors));
        assertThat(ToyRunStore.parse(ToyRunStore.line(ToyRun.run(batched))).config()).isEqualTo(batched);
    }

    @Test
    void aRunInTheStoreIsReadNotTrainedAgain(@TempDir Path dir) throws IOException {
        ToyRun.Config a = config(20, 1), b = config(30, 1);
        List<ToyRun.Result> first;
        try (ToyRunStore store = ToyRunStore.open(dir, Shard.ALL)) {
            first = ToyRuns.run(List.of(a, b), 2, store);
        }
        // Plant a different (impossible) result for a: a store that is read, not retrained, returns it.
        ToyRun.Result r = first.get(0);
        ToyRun.Result planted = new ToyRun.Result(r.config(), r.stepsRun(), r.trainStep(), r.testStep(), r.rqiStep(),
                r.trainAccuracy(), r.testAccuracy(), 0.123, r.rqi(), r.predicted(), r.ideal(), r.idealRqi(),
                r.embeddings(), r.training());
        Path file = dir.resolve("toy-runs.jsonl");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        Files.write(file, lines.stream().map(l -> l.contains("\"train_pairs\":20") ? ToyRunStore.line(planted) : l).toList());
        try (ToyRunStore store = ToyRunStore.open(dir, Shard.ALL)) {
            assertThat(store.size()).isEqualTo(2);
            List<ToyRun.Result> again = ToyRuns.run(List.of(a, b), 2, store);
            assertThat(again.get(0).accuracy()).isEqualTo(0.123);
            assertThat(ToyRunStore.line(again.get(1))).isEqualTo(ToyRunStore.line(first.get(1)));
        }
        assertThat(Files.readAllLines(file)).hasSize(2); // nothing retrained, nothing appended
    }

    @Test
    void aTornLastLineIsNotedAndItsRunRedone(@TempDir Path dir) throws IOException {
        ToyRun.Config a = config(20, 5), b = config(25, 5);
        String whole = ToyRunStore.line(ToyRun.run(a)), torn = ToyRunStore.line(ToyRun.run(b));
        Path file = dir.resolve("toy-runs.jsonl");
        Files.writeString(file, whole + "\n" + torn.substring(0, torn.length() / 2));
        try (ToyRunStore store = ToyRunStore.open(dir, Shard.ALL)) {
            assertThat(store.notes()).singleElement().asString().contains("toy-runs.jsonl:2", "incomplete");
            assertThat(store.size()).isEqualTo(1);
            ToyRuns.run(List.of(a, b), 1, store);
        }
        assertThat(Files.readAllLines(file)).containsExactly(whole, torn);
    }

    @Test
    void twoFilesThatDisagreeOnARunAreRefusedByName(@TempDir Path dir) throws IOException {
        ToyRun.Result r = ToyRun.run(config(20, 7));
        ToyRun.Result other = new ToyRun.Result(r.config(), r.stepsRun(), r.trainStep(), r.testStep(), r.rqiStep(),
                r.trainAccuracy(), r.testAccuracy(), r.accuracy() / 2, r.rqi(), r.predicted(), r.ideal(), r.idealRqi(),
                r.embeddings(), r.training());
        Files.writeString(dir.resolve("toy-runs.shard-1-of-2.jsonl"), ToyRunStore.line(r) + "\n");
        Files.writeString(dir.resolve("toy-runs.shard-2-of-2.jsonl"), ToyRunStore.line(other) + "\n");
        assertThatThrownBy(() -> ToyRunStore.open(dir, Shard.ALL)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("toy-runs.shard-1-of-2.jsonl").hasMessageContaining("toy-runs.shard-2-of-2.jsonl");
        // The same run in both, equal: kept once.
        Files.writeString(dir.resolve("toy-runs.shard-2-of-2.jsonl"), ToyRunStore.line(r) + "\n");
        try (ToyRunStore store = ToyRunStore.open(dir, Shard.ALL)) {
            assertThat(store.size()).isEqualTo(1);
        }
    }

    @Test
    void aDamagedLineInTheMiddleIsAnErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
        String line = ToyRunStore.line(ToyRun.run(config(20, 9)));
        Path file = dir.resolve("toy-runs.jsonl");
        Files.writeString(file, line + "\n{\"key\": 3}\n" + line + "\n", StandardOpenOption.CREATE);
        assertThatThrownBy(() -> ToyRunStore.open(dir, Shard.ALL)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("toy-runs.jsonl:2");
    }
}
