package org.geneft.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue of findings (findings.tsv beside this class): which checks address the same statement of the paper.
 * Grouping the checks of one run by it gives one finding per statement, in the paper's order (PaperPlace).
 */
public final class Findings {
    /** A catalogue row: a finding and the ids of its checks. */
    public record Entry(String id, String where, String statement, List<String> checks, boolean readings) { }

    private static final List<Entry> CATALOGUE = load();

    private Findings() { }

    /** The catalogue's rows, in file order. */
    public static List<Entry> catalogue() {
        return CATALOGUE;
    }

    /**
     * The findings of one run: each catalogue finding with the checks of it that ran, every other check a finding
     * of its own; sorted by where the paper makes them (stable, so a section keeps its checks' order).
     */
    public static List<Finding> of(List<Claim> checks) {
        Map<String, Entry> entryOf = new HashMap<>();
        for (Entry e : CATALOGUE) for (String c : e.checks()) entryOf.put(c, e);
        Map<String, List<Claim>> grouped = new LinkedHashMap<>();
        for (Claim c : checks) {
            Entry e = entryOf.get(c.id());
            String key = e == null ? c.id() : e.id();
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> g : grouped.entrySet()) {
            Entry e = CATALOGUE.stream().filter(x -> x.id().equals(g.getKey())).findFirst().orElse(null);
            Claim first = g.getValue().get(0);
            out.add(e == null
                    ? new Finding(first.id(), first.where(), first.statement(), g.getValue())
                    : new Finding(e.id(), e.where(), e.statement(), g.getValue(), e.readings()));
        }
        out.sort(Comparator.comparing(f -> PaperPlace.of(f.where())));
        return out;
    }

    private static List<Entry> load() {
        List<Entry> rows = new ArrayList<>();
        try (InputStream in = Findings.class.getResourceAsStream("findings.tsv")) {
            if (in == null) throw new IllegalStateException("findings.tsv missing from the build");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 4 || f.length > 5 || f[3].isBlank() || (f.length == 5 && !f[4].equals("readings")))
                    throw new IllegalStateException("findings.tsv:" + number + ": want 4 tab-separated fields and an "
                            + "optional fifth, 'readings'");
                rows.add(new Entry(f[0], f[1], f[2], List.of(f[3].trim().split("\\s+")), f.length == 5));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }
}
