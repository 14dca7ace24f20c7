package org.geneft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GrokkingCommandTest {

    @Test
    void structurePrintsTheCurveAndWhereItCrossesOneHalf() throws Exception {
        CliRun r = CliRun.of("grokking", "structure", "--p", "6", "--sets", "200", "--step", "0.25", "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        JsonNode o = Json.mapper().readTree(r.out());
        assertThat(o.get("pairs").asInt()).isEqualTo(21);
        assertThat(o.get("curve")).hasSize(3); // 0.25, 0.5, 0.75
        // The whole set always fixes the structure; so does most of it.
        assertThat(o.at("/curve/2/p_unique").asDouble()).isGreaterThan(o.at("/curve/0/p_unique").asDouble());
        // The ideal accuracy counts the training pairs too, so it is at least the fraction.
        assertThat(o.at("/curve/0/ideal_accuracy").asDouble()).isGreaterThanOrEqualTo(o.at("/curve/0/training_pairs").asDouble() / 21);
        assertThat(o.at("/curve/2/ideal_accuracy").asDouble()).isGreaterThan(o.at("/curve/0/ideal_accuracy").asDouble());
        CliRun text = CliRun.of("grokking", "structure", "--p", "10", "--sets", "20", "--step", "0.5");
        assertThat(text.out()).contains("P reaches 1/2 at fraction", "around 0.4 for p = 10");
    }

    @Test
    void nonsenseParametersAreBadInputNamingTheOption() {
        CliRun r = CliRun.of("grokking", "structure", "--p", "1");
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("--p");
        assertThat(CliRun.of("grokking", "structure", "--step", "0").err()).contains("--step");
    }

    @Test
    void toyRunsTheAuthorsModelOnceAndReportsWhatItReached() throws Exception {
        CliRun r = CliRun.of("grokking", "toy", "--pairs", "40", "--loss", "ce", "--steps", "200", "--seed", "2");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        var j = r.json();
        assertThat(j.get("steps").asLong()).isEqualTo(200);
        assertThat(j.get("accuracy").asDouble()).isBetween(0.0, 1.0);
        // The ideal model gets at least the training pairs right: 40 of 55.
        assertThat(j.get("ideal_accuracy").asDouble()).isGreaterThanOrEqualTo(40 / 55.0 - 1e-12);
        assertThat(j.get("steps_per_second").asDouble()).isPositive();
        // The same seed gives the same run.
        var again = CliRun.of("grokking", "toy", "--pairs", "40", "--loss", "ce", "--steps", "200", "--seed", "2").json();
        assertThat(again.get("accuracy")).isEqualTo(j.get("accuracy"));
        assertThat(again.get("rqi")).isEqualTo(j.get("rqi"));
    }

    @Test
    void transformerRunsOnceSeededAndRefusesNonsense() throws Exception {
        String[] args = {"grokking", "transformer", "--p", "11", "--d", "8", "--heads", "2", "--hidden", "16",
                "--dropout", "0.1", "--steps", "100", "--every", "20", "--seed", "3"};
        CliRun r = CliRun.of(args);
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        var j = r.json();
        assertThat(j.get("steps").asLong()).isBetween(1L, 100L);
        assertThat(j.get("entropy_start").asDouble()).isBetween(0.0, Math.log(8) + 1e-12);
        assertThat(j.get("pca_end").get("coherence").asDouble()).isBetween(0.0, 1.0 + 1e-12);
        var again = CliRun.of(args).json();
        assertThat(again.get("test_accuracy")).isEqualTo(j.get("test_accuracy"));
        assertThat(again.get("entropy_end")).isEqualTo(j.get("entropy_end"));
        assertThat(j.get("dropout").asDouble()).isEqualTo(0.1);
        assertThat(CliRun.of("grokking", "transformer", "--heads", "5").err()).contains("--heads");
        assertThat(CliRun.of("grokking", "transformer", "--dropout", "1").err()).contains("--dropout");
        assertThat(CliRun.of("grokking", "transformer", "--depth", "0").err()).contains("--depth");
        assertThat(CliRun.of("grokking", "transformer", "--lr-decoder", "-1").err()).contains("--lr-decoder");
        assertThat(CliRun.of("grokking", "transformer", "--fraction", "1").err()).contains("--fraction");
        assertThat(CliRun.of("grokking", "transformer", "--p", "1").exit()).isEqualTo(ExitCode.BAD_INPUT);
        CliRun huge = CliRun.of("grokking", "transformer", "--p", "1000", "--d", "1024", "--hidden", "4096");
        assertThat(huge.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(huge.err()).contains("--p 1000", "GB");
    }

    @Test
    void sweepsTransformerPartHasOneWriterAndSaysWhatItChecked(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        CliRun r = CliRun.of("grokking", "sweep", "--part", "transformer", "--budget", "smoke", "--runs", dir.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("grok-transformer-decay: not checked at this budget", "0 of 0 stored");
        CliRun shard = CliRun.of("grokking", "sweep", "--part", "transformer", "--budget", "smoke", "--shard", "2/3",
                "--runs", dir.toString());
        assertThat(shard.exit()).as(shard.err()).isEqualTo(ExitCode.OK);
        assertThat(shard.out()).contains("transformer shard 2/3");
        assertThat(CliRun.of("grokking", "sweep", "--part", "transformer", "--shard", "4/3", "--runs", dir.toString())
                .err()).contains("--shard");
        assertThat(CliRun.of("grokking", "sweep", "--part", "mnist", "--runs", dir.toString()).err()).contains("--part");
        // Fig. 7 (right)'s grid alone: no runs below the paper budget.
        CliRun grid = CliRun.of("grokking", "sweep", "--part", "transformer-grid", "--budget", "quick", "--runs",
                dir.toString());
        assertThat(grid.exit()).as(grid.err()).isEqualTo(ExitCode.OK);
        assertThat(grid.out()).contains("0 runs of 0 in this shard");
    }

    @Test
    void toyRefusesNonsenseNamingTheOption() {
        assertThat(CliRun.of("grokking", "toy", "--loss", "hinge").err()).contains("--loss");
        assertThat(CliRun.of("grokking", "toy", "--pairs", "55").err()).contains("--pairs");
        assertThat(CliRun.of("grokking", "toy", "--steps", "0").exit()).isEqualTo(ExitCode.BAD_INPUT);
        CliRun draw = CliRun.of("grokking", "toy", "--draw", "torch");
        assertThat(draw.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(draw.err()).contains("--draw", "torch");
        assertThat(CliRun.of("grokking", "toy", "--draw", "authors", "--seed", "-1").err()).contains("numpy");
        assertThat(CliRun.of("grokking", "sweep", "--draw", "both").err()).contains("--draw");
    }

    @Test
    void theAuthorsDrawHasItsOwnStore(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        CliRun r = CliRun.of("grokking", "sweep", "--budget", "smoke", "--runs", dir.toString(), "--threads", "2");
        assertThat(r.out()).contains("authors' draws");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        try (var s = org.geneft.grokking.ToyRunStore.open(dir.resolve("grokking-smoke-authors"), org.geneft.experiments.Shard.ALL)) {
            // the authors' seeds 0 of Fig. 3's runs (one at the smoke budget), each on numpy's draw
            for (var c : org.geneft.grokking.ToyChecks.configs(org.geneft.grokking.GrokkingBudget.parse("smoke"), 1,
                    org.geneft.grokking.ToyRun.Draw.AUTHORS)) {
                assertThat(c.seed()).isZero();
                assertThat(s.contains(c)).isTrue();
            }
            assertThat(s.size()).isEqualTo(3);
        }
    }

    @Test
    void sweepShardsMeetInTheStoreVerifyReads(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        for (String shard : new String[] {"1/2", "2/2"}) {
            CliRun r = CliRun.of("grokking", "sweep", "--budget", "smoke", "--draw", "geneft", "--shard", shard, "--runs",
                    dir.toString(), "--threads", "2");
            assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).contains("shard " + shard);
        }
        java.nio.file.Path store = dir.resolve("grokking-smoke-seed1");
        assertThat(store.resolve("toy-runs.shard-1-of-2.jsonl")).exists();
        assertThat(store.resolve("toy-runs.shard-2-of-2.jsonl")).exists();
        try (var s = org.geneft.grokking.ToyRunStore.open(store, org.geneft.experiments.Shard.ALL)) {
            // the smoke budget's Fig. 3 runs: three training sizes, one seed, no phase diagrams
            assertThat(s.size()).isEqualTo(org.geneft.grokking.ToyChecks.configs(
                    org.geneft.grokking.GrokkingBudget.parse("smoke"), 1).size()).isEqualTo(3);
        }
        // Run again: everything is stored, nothing is trained.
        CliRun again = CliRun.of("grokking", "sweep", "--budget", "smoke", "--draw", "geneft", "--shard", "1/2", "--runs",
                dir.toString());
        assertThat(again.out()).contains("(3 stored before)");
        assertThat(CliRun.of("grokking", "sweep", "--shard", "3/2").exit()).isEqualTo(ExitCode.BAD_INPUT);
    }
}
