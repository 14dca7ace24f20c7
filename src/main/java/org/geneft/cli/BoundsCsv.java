package org.geneft.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.geneft.statics.StaticBounds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The curves of `bounds --csv`: one row per training fraction. */
final class BoundsCsv {
    private static final CsvMapper MAPPER = new CsvMapper();

    private BoundsCsv() { }

    static void write(Path file, StaticBounds s, List<MonteCarloRow> monteCarlo) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true)
                .addColumn("fraction").addColumn("m").addColumn("f_eq3").addColumn("f_ub_eq5")
                .addColumn("transition_fraction");
        if (monteCarlo != null)
            schema.addColumn("mc_bound").addColumn("mc_stderr").addColumn("exact_bayes").addColumn("exact_bayes_stderr");
        AtomicFiles.write(file, w -> {
            try (SequenceWriter seq = MAPPER.writer(schema.build()).writeValues(w)) {
                for (int i = 0; i < s.accuracyUpperBound().size(); i++) {
                    StaticBounds.CurvePoint p = s.accuracyUpperBound().get(i);
                    List<Object> row = new ArrayList<>(List.of(p.fraction(), p.samples(), p.inferable(),
                            p.upperBound(), s.transitionFraction()));
                    if (monteCarlo != null) {
                        MonteCarloRow r = monteCarlo.get(i);
                        row.add(r.bound());
                        row.add(r.stderr());
                        row.add(r.exactBayes() == null ? "" : r.exactBayes());
                        row.add(r.exactStderr() == null ? "" : r.exactStderr());
                    }
                    seq.write(row);
                }
            }
        });
    }
}
