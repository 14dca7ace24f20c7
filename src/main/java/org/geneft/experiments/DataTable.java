package org.geneft.experiments;

import java.util.List;
import java.util.Objects;

/**
 * One table of a figure's data, in tidy form (one row per observation), written as {@code <name>.csv} by a
 * sweep's summary and copied to the report's {@code data/} folder, where pgfplots reads it.
 *
 * @param name    file stem, e.g. "fig5-phases" (letters, digits and '-')
 * @param columns column names, in order
 * @param rows    one list per row, each of {@code columns.size()} cells: String, Number or null (an empty cell)
 */
public record DataTable(String name, List<String> columns, List<List<Object>> rows) {
    public DataTable {
        Objects.requireNonNull(name);
        if (!name.matches("[a-z0-9][a-z0-9-]*"))
            throw new IllegalArgumentException("table name must be lower-case letters, digits and '-': " + name);
        List<String> cols = List.copyOf(columns); // a lambda needs an effectively final copy
        columns = cols;
        rows = rows.stream().map(r -> {
            if (r.size() != cols.size())
                throw new IllegalArgumentException(name + ": a row has " + r.size() + " cells for " + cols.size() + " columns");
            return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r));
        }).toList();
    }
}
