package org.geneft.grokking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A published phase-diagram panel as the authors' own data hold it (their phase_diagram_plot/*.h5, shipped as CSV
 * resources under authors/): each cell's decoder rate, weight decay and two 90 % steps, its phase read with Appendix
 * A's thresholds, as geneft reads its own cells.
 */
final class PublishedPanel {
    private PublishedPanel() { }

    /** The cells of the resource (relative to this package), -1 for a step not reached. */
    static List<PhaseDiagram.Cell> read(String resource) {
        List<PhaseDiagram.Cell> cells = new ArrayList<>();
        try (var in = PublishedPanel.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("resource " + resource + " missing from the build");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", -1);
                long train = f[2].isEmpty() ? -1 : Long.parseLong(f[2]), test = f[3].isEmpty() ? -1 : Long.parseLong(f[3]);
                cells.add(new PhaseDiagram.Cell(Double.parseDouble(f[0]), Double.parseDouble(f[1]), train, test,
                        PhaseDiagram.phase(train, test)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }

    /** How many cells of a diagram have a published cell at their grid point, and how many of those the same phase. */
    record Agreement(int compared, int same) { }

    /** Cell by cell at the published grid points: rates compared to 1e-9 relative (numpy's 10**linspace, Math.pow). */
    static Agreement agreement(List<PhaseDiagram.Cell> ours, List<PhaseDiagram.Cell> published) {
        int compared = 0, same = 0;
        for (PhaseDiagram.Cell c : ours) {
            PhaseDiagram.Cell p = published.stream().filter(q -> Math.abs(q.x() - c.x()) <= 1e-9 * c.x() && q.y() == c.y())
                    .findFirst().orElse(null);
            if (p == null) continue;
            compared++;
            if (p.phase() == c.phase()) same++;
        }
        return new Agreement(compared, same);
    }
}
