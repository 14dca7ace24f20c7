package org.geneft.aut;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How much memory the native search may use: checked before the call from the encoded graph's
 * size, and optionally watched during it (process RSS), because Traces' use depends on the search
 * tree as well as on the graph and cannot be known in advance.
 *
 * <p>The estimate is calibrated on Traces runs measured with the RSS sampler of this class
 * (docs/BENCHMARKS.md): a fixed overhead plus bytes per vertex and per adjacency entry of the
 * encoded graph. It is a floor for an easy search, not a bound on a hard one; the watch catches
 * the rest.
 */
public final class MemoryBudget {
    /** Native bytes per encoded vertex and per adjacency entry (Traces' work arrays, measured). */
    static final long BYTES_PER_VERTEX = 272;
    static final long BYTES_PER_ENTRY = 8;
    /** How often the watch samples the process's resident set while the native search runs. */
    private static final long WATCH_MILLIS = 20;
    /** -Dgeneft.trace-memory=true prints each native search's peak RSS growth to stderr: how the constants were calibrated. */
    private static final boolean TRACE = Boolean.getBoolean("geneft.trace-memory");

    private final long bytes;
    private final String option;
    private final boolean haltOnExcess;

    private MemoryBudget(long bytes, String option, boolean haltOnExcess) {
        if (bytes <= 0) throw new IllegalArgumentException(option + " must be positive, got " + bytes + " bytes");
        this.bytes = bytes;
        this.option = option;
        this.haltOnExcess = haltOnExcess;
    }

    /** A budget checked before the search only; option names what the user raises (for messages). */
    public static MemoryBudget of(long bytes, String option) {
        return new MemoryBudget(bytes, option, false);
    }

    /** Half of physical memory: the JVM and the OS keep the other half. */
    public static MemoryBudget defaultBudget(String option) {
        return of(physicalMemory() / 2, option);
    }

    /**
     * The same budget, also watched while the search runs: past it the process prints why and
     * halts with exit code 2, because a native search cannot be interrupted and the alternative
     * is the kernel's OOM killer. For command lines only, never for a library caller.
     */
    public MemoryBudget haltingOnExcess() {
        return new MemoryBudget(bytes, option, true);
    }

    /** Parses 2g, 512m, 1.5G, 300000k or a plain byte count. */
    public static long parseBytes(String text, String option) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        long unit = 1;
        if (!t.isEmpty()) {
            switch (t.charAt(t.length() - 1)) {
                case 'k' -> unit = 1L << 10;
                case 'm' -> unit = 1L << 20;
                case 'g' -> unit = 1L << 30;
                case 't' -> unit = 1L << 40;
                default -> { }
            }
        }
        String number = unit == 1 ? t : t.substring(0, t.length() - 1);
        try {
            double value = Double.parseDouble(number);
            if (!(value > 0) || value * unit > Long.MAX_VALUE) throw new NumberFormatException();
            return (long) (value * unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a positive size such as 512m or 2g");
        }
    }

    public long bytes() { return bytes; }

    /** The estimated native memory of a search on s. */
    static long estimate(SparseGraph s) {
        return BYTES_PER_VERTEX * s.n() + BYTES_PER_ENTRY * s.edgeEntries();
    }

    /** Throws before the call when the estimate is past the budget. */
    void check(SparseGraph s) {
        long need = estimate(s);
        if (need > bytes)
            throw new MemoryBudgetExceededException(String.format(Locale.ROOT,
                    "the native search on %s (%,d vertices, %,d adjacency entries) needs about %s, more than the "
                            + "memory budget of %s; raise %s (e.g. %s %s)", s.encoding(), s.n(), s.edgeEntries(),
                    human(need), human(bytes), option, option, (2 * need >> 20) + 1 + "m"));
    }

    /** Runs task, watching the process's RSS growth when this budget halts on excess (or when tracing). */
    <T> T watch(SparseGraph s, java.util.concurrent.Callable<T> task) throws Exception {
        if (!haltOnExcess && !TRACE) return task.call();
        String what = s.encoding();
        long before = residentBytes();
        long[] peak = {0};
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long rss = residentBytes();
                peak[0] = Math.max(peak[0], rss - before);
                if (haltOnExcess && rss - before > bytes) {
                    System.err.printf(Locale.ROOT, "geneft: the native search on %s grew past the memory budget of %s "
                            + "(process resident set %s); raise %s, or reduce the graph%n", what, human(bytes), human(rss), option);
                    System.err.flush();
                    Runtime.getRuntime().halt(2); // exit code 2, as for any input past a limit
                }
                try { Thread.sleep(WATCH_MILLIS); } catch (InterruptedException e) { return; }
            }
        }, "geneft-memory-watch");
        watcher.setDaemon(true);
        watcher.start();
        try {
            return task.call();
        } finally {
            watcher.interrupt();
            if (TRACE) System.err.printf(Locale.ROOT, "geneft: native search on %s: %d vertices, %d entries, estimate %d bytes, "
                    + "peak RSS growth %d bytes%n", what, s.n(), s.edgeEntries(), estimate(s), peak[0]);
        }
    }

    /** The process's resident set from /proc (0 where there is none: the watch then never fires). */
    static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status")))
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    static String human(long bytes) {
        if (bytes >= 1L << 30) return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        return String.format(Locale.ROOT, "%.0f MB", Math.ceil(bytes / (double) (1L << 20)));
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
            return os.getTotalMemorySize();
        return 4L << 30; // no way to ask: assume a small machine
    }
}
