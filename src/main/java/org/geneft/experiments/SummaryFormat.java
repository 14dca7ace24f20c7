package org.geneft.experiments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.geneft.claims.Claim;

import java.io.IOException;
import java.io.Writer;

/** A sweep summary as the files of its --out folder: summary.json and one CSV per table. */
public final class SummaryFormat {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final CsvMapper CSV = new CsvMapper();

    private SummaryFormat() { }

    /** summary.json: figure, budget, seed, protocol, runs done and planned, wall time, claims, tables. */
    public static String json(SweepSummary s, Grid grid) {
        ObjectNode o = JSON.createObjectNode();
        o.put("figure", s.figure());
        o.put("budget", s.budget());
        o.put("seed", grid.seed());
        o.put("grid", grid.fingerprint());
        o.put("precision", grid.precision().word());
        o.put("protocol", grid.protocol());
        o.put("runs_done", s.runsDone());
        o.put("runs_planned", s.runsPlanned());
        o.put("wall_s", s.wallSeconds());
        ArrayNode claims = o.putArray("claims");
        for (Claim c : s.claims()) {
            ObjectNode k = claims.addObject();
            k.put("id", c.id());
            k.put("verdict", c.verdict().words());
            k.put("method", c.method().words());
            k.put("where", c.where());
            k.put("statement", c.statement());
            k.put("evidence", c.evidence());
        }
        ArrayNode tables = o.putArray("tables");
        for (DataTable t : s.tables()) {
            ObjectNode k = tables.addObject();
            k.put("name", t.name());
            k.put("file", t.name() + ".csv");
            k.putPOJO("columns", t.columns());
            k.put("rows", t.rows().size());
        }
        try {
            return JSON.writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A table as CSV with a header row; an empty cell for null. */
    public static void csv(DataTable t, Writer w) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (String c : t.columns()) schema.addColumn(c);
        try (var seq = CSV.writer(schema.build()).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(w)) {
            // An empty string for null: Jackson's CSV writer moves null array elements to the end of the row.
            for (var row : t.rows()) seq.write(row.stream().map(c -> c == null ? "" : c).toList());
        }
    }
}
