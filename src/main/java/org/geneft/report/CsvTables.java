package org.geneft.report;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.geneft.experiments.DataTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The one CSV writer of the report: a {@link DataTable} as {@code <name>.csv}, the header first, empty cells empty. */
public final class CsvTables {
    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvTables() { }

    /** Writes {@code dir/<name>.csv} and returns its path. */
    public static Path write(Path dir, DataTable table) {
        Path file = dir.resolve(table.name() + ".csv");
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (String c : table.columns()) schema.addColumn(c);
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : table.rows()) cells.add(row.stream().map(CsvTables::cell).toList());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            MAPPER.writer(schema.build()).writeValues(w).writeAll(cells).close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /**
     * A cell as pgfplots reads it: numbers in full precision with a lower-case exponent; NaN, the
     * infinities and null as an empty cell (pgfplots treats those as missing, not as zero).
     */
    static String cell(Object v) {
        if (v == null) return "";
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (!Double.isFinite(d)) return "";
            return Double.toString(d).replace('E', 'e');
        }
        return v.toString();
    }
}
