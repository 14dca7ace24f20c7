package org.geneft.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** How much a finding matters to the paper's conclusions (consequence.tsv beside this class), most first. */
public enum Consequence {
    LAW, DERIVATION, PATTERN, FORMULA, MISPRINT;

    private static final Map<String, Consequence> LISTED = load();

    /** The finding's class: as listed, else a pattern when only empirical checks back it, else a formula. */
    public static Consequence of(Finding f) {
        Consequence c = LISTED.get(f.id());
        if (c != null) return c;
        return f.checks().stream().allMatch(x -> x.method() == Method.EMPIRICAL) ? PATTERN : FORMULA;
    }

    public String words() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The listed finding ids, for the tests. */
    static Map<String, Consequence> listed() {
        return LISTED;
    }

    private static Map<String, Consequence> load() {
        Map<String, Consequence> m = new HashMap<>();
        try (InputStream in = Consequence.class.getResourceAsStream("consequence.tsv")) {
            if (in == null) throw new IllegalStateException("consequence.tsv missing from the build");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 2) throw new IllegalStateException("consequence.tsv:" + number + ": want 2 tab-separated fields");
                Consequence c = valueOf(f[0].trim().toUpperCase(Locale.ROOT));
                for (String id : f[1].trim().split("\\s+"))
                    if (m.put(id, c) != null) throw new IllegalStateException("consequence.tsv:" + number + ": " + id + " listed twice");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
