package org.geneft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DiffCommandTest {

    private static Path report(Path dir, String name, String budget, String... claims) throws Exception {
        StringBuilder s = new StringBuilder("{\"budget\":\"" + budget + "\",\"seed\":1,\"versions\":{\"geneft\":\"x\"},\"claims\":[");
        for (int i = 0; i < claims.length; i += 2)
            s.append(i == 0 ? "" : ",").append("{\"id\":\"").append(claims[i]).append("\",\"where\":\"Fig. 5\",\"verdict\":\"")
                    .append(claims[i + 1]).append("\",\"evidence\":\"slope ").append(i).append(budget).append("\"}");
        Path d = Files.createDirectories(dir.resolve(name));
        Files.writeString(d.resolve("verdicts.json"), s.append("]}").toString());
        return d;
    }

    @Test
    void aChangedVerdictIsCaughtWithBothEvidences(@TempDir Path dir) throws Exception {
        Path quick = report(dir, "quick", "quick", "fig5-slope", "reproduced at this budget", "eq5", "refuted", "gone", "confirmed");
        Path paper = report(dir, "paper", "paper", "fig5-slope", "refuted", "eq5", "refuted", "new", "confirmed");
        CliRun r = CliRun.of("diff", quick.toString(), paper.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("1 claim(s) with the same verdict, 1 changed, 1 only in the old report, 1 only in the new",
                "fig5-slope (Fig. 5): reproduced at this budget -> refuted", "old: slope 0quick", "new: slope 0paper",
                "only in the old report: gone", "only in the new report: new");
        CliRun strict = CliRun.of("diff", quick.resolve("verdicts.json").toString(), paper.toString(), "--strict", "--json");
        assertThat(strict.exit()).isEqualTo(ExitCode.REFUTED);
        JsonNode j = strict.json();
        assertThat(j.get("changed")).hasSize(1);
        assertThat(j.at("/changed/0/new_verdict").asText()).isEqualTo("refuted");
        assertThat(CliRun.of("diff", quick.toString(), quick.toString(), "--strict").exit()).isZero();
    }

    @Test
    void somethingThatIsNotAReportIsBadInput(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("v.json"), "{\"x\":1}");
        CliRun r = CliRun.of("diff", junk.toString(), dir.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).startsWith("geneft diff: ").contains("v.json");
    }
}
