package org.geneft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrainCommandTest {

    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void jsonCarriesThePhaseTheStepsAndTheFullResolvedConfig() throws Exception {
        CliRun r = run("train", "--relation", "mod:3", "--n", "12", "--steps", "40", "--no-early-stop", "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        JsonNode j = r.json();
        for (String key : List.of("phase", "train_acc", "test_acc", "full_acc", "steps_train", "steps_test", "steps_run",
                "wall_s", "steps_per_s", "config"))
            assertThat(j.has(key)).as(key).isTrue();
        assertThat(j.get("steps_run").asLong()).isEqualTo(40);
        assertThat(j.get("train_pairs").asInt()).isEqualTo(108);
        JsonNode c = j.get("config");
        assertThat(c.get("mode").asText()).isEqualTo("concat");
        assertThat(c.get("depth").asInt()).isEqualTo(3);
        assertThat(c.get("width").asInt()).isEqualTo(50);
        assertThat(c.get("embedding_dim").asInt()).isEqualTo(2);
        assertThat(c.get("eta_enc").asDouble()).isEqualTo(1e-3);
        assertThat(c.get("early_stop").asBoolean()).isFalse();
        assertThat(c.get("precision").asText()).isEqualTo("float64");
        if (!j.get("phase").asText().equals("generalization")) assertThat(j.has("steps_test")).isTrue();
    }

    @Test
    void float32IsAnOptionAndAnUnknownPrecisionIsRefused() throws Exception {
        JsonNode j = run("train", "--relation", "mod:3", "--n", "12", "--steps", "40", "--precision", "float32", "--json").json();
        assertThat(j.get("config").get("precision").asText()).isEqualTo("float32");
        CliRun bad = run("train", "--relation", "mod:3", "--n", "12", "--precision", "float16");
        assertThat(bad.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err()).contains("--precision", "float16");
    }

    @Test
    void aStepNeverReachedIsNull() throws Exception {
        JsonNode j = run("train", "--relation", "gt", "--n", "10", "--steps", "0", "--json").json();
        assertThat(j.get("steps_run").asLong()).isZero();
        assertThat(j.get("phase").asText()).isIn("confusion", "memorization", "generalization", "grokking");
        if (j.get("train_acc").asDouble() <= 0.9) assertThat(j.get("steps_train").isNull()).isTrue();
    }

    @Test
    void trainsOnAGraphFile() throws Exception {
        Path f = dir.resolve("cycle.edges");
        Files.writeString(f, "a b\nb c\nc d\nd a\n");
        CliRun r = run("train", f.toString(), "--steps", "5", "--json", "--depth", "1", "--width", "4");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.json().get("n").asInt()).isEqualTo(4);
    }

    @Test
    void badInputExitsWithTwoAndSaysWhy() {
        assertThat(run("train", "--relation", "mod:3", "--mode", "product").err()).contains("concat, diff or sqdiff");
        for (String[] args : List.of(
                new String[] {"train", "--relation", "mod:3", "--mode", "product"},
                new String[] {"train", "--relation", "mod:3", "--depth", "-1"},
                new String[] {"train", "--relation", "mod:3", "--train-frac", "1.5"},
                new String[] {"train", "--relation", "mod:3", "--n", "5000"},
                new String[] {"train"})) {
            CliRun r = run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(r.err()).startsWith("geneft train: ");
        }
        assertThat(run("train", "--relation", "mod:3", "--n", "5000").err()).contains("too large");
    }
}
