package org.geneft.util;

import java.util.Locale;

/**
 * Checks a size a user asked for against the heap before it is allocated, so that a too-large option is bad input
 * naming the option and the limit, not an OutOfMemoryError after minutes of work.
 */
public final class HeapLimit {
    private HeapLimit() { }

    /**
     * @param what  the options responsible, as the user wrote them ("--width 1000000, --depth 3")
     * @param bytes an estimate of what the work allocates (a double, so that products of sizes cannot overflow)
     */
    public static void check(String what, double bytes) {
        Runtime rt = Runtime.getRuntime();
        // What the heap can still give: its maximum less what is in use now.
        double free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (bytes > free)
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: needs about %s of memory, more than the "
                    + "%s the Java heap has free; ask for less, or raise the heap (GENEFT_JAVA_OPTS=-Xmx<size>)",
                    what, size(bytes), size(free)));
    }

    static String size(double bytes) {
        if (bytes >= 1L << 30) return String.format(Locale.ROOT, "%.1f GB", bytes / (1L << 30));
        return String.format(Locale.ROOT, "%.0f MB", Math.ceil(bytes / (1 << 20)));
    }
}
