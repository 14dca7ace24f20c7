package org.geneft.report;

import org.geneft.experiments.DataTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTablesTest {

    @Test
    void missingValuesAreEmptyCellsAndNumbersKeepFullPrecision(@TempDir Path dir) throws Exception {
        DataTable t = new DataTable("fig8-boundary", List.of("wd_dec", "eta_dec_boundary", "note"), List.of(
                Arrays.asList(1e-5, null, "a,b"), Arrays.asList(0.1, Double.NaN, "x"), Arrays.asList(3, 1.0 / 3, null)));
        Path file = CsvTables.write(dir, t);
        assertThat(file.getFileName().toString()).isEqualTo("fig8-boundary.csv");
        assertThat(Files.readAllLines(file)).containsExactly("wd_dec,eta_dec_boundary,note", "1.0e-5,,\"a,b\"", "0.1,,x",
                "3,0.3333333333333333,");
    }
}
