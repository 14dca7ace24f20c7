package org.geneft.report;

import org.geneft.experiments.DataTable;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Read access to a sweep's tidy table by column name, as the report needs it to lay out its plots. */
record TableView(DataTable table) {

    /** The columns this table lacks among {@code required}, empty when it has them all. */
    List<String> missing(List<String> required) {
        return required.stream().filter(c -> !table.columns().contains(c)).toList();
    }

    boolean has(String column) {
        return table.columns().contains(column);
    }

    private int index(String column) {
        int i = table.columns().indexOf(column);
        if (i < 0) throw new IllegalArgumentException(table.name() + ": no column '" + column + "'");
        return i;
    }

    /** The distinct values of a column as text, in order of first appearance. */
    List<String> distinct(String column) {
        int i = index(column);
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (List<Object> row : table.rows()) if (row.get(i) != null) seen.add(CsvTables.cell(row.get(i)));
        return new ArrayList<>(seen);
    }

    /** The finite numbers of a column in rows where {@code filterColumn} equals {@code value} (all rows if null). */
    List<Double> numbers(String column, String filterColumn, String value) {
        int i = index(column);
        int f = filterColumn == null ? -1 : index(filterColumn);
        List<Double> out = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            if (f >= 0 && !CsvTables.cell(row.get(f)).equals(value)) continue;
            number(row.get(i)).ifPresent(out::add);
        }
        return out;
    }

    /** The rows where {@code filterColumn} equals {@code value}. */
    List<List<Object>> rows(String filterColumn, String value) {
        int f = index(filterColumn);
        return table.rows().stream().filter(r -> CsvTables.cell(r.get(f)).equals(value)).toList();
    }

    Object cell(List<Object> row, String column) {
        return row.get(index(column));
    }

    static Optional<Double> number(Object v) {
        if (v instanceof Number n && Double.isFinite(n.doubleValue())) return Optional.of(n.doubleValue());
        if (v instanceof String s && !s.isBlank()) {
            try {
                double d = Double.parseDouble(s.trim());
                return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
