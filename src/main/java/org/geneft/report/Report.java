package org.geneft.report;

import org.geneft.experiments.DataTable;

import java.util.List;
import java.util.Objects;

/**
 * A built report, not yet on disk: the LaTeX source, every plotted number as a table, and the ledger
 * of verdicts.
 *
 * @param tex    report.tex
 * @param tables data/&lt;name&gt;.csv, every number the figures plot
 * @param ledger every claim of the paper with its verdict and evidence section
 */
public record Report(String tex, List<DataTable> tables, ClaimLedger ledger) {
    public Report {
        Objects.requireNonNull(tex);
        tables = List.copyOf(tables);
        Objects.requireNonNull(ledger);
        long distinct = tables.stream().map(DataTable::name).distinct().count();
        if (distinct != tables.size()) throw new IllegalArgumentException("two data tables share a name");
    }
}
