package org.geneft.graph.io;

import java.util.Arrays;
import java.util.List;

/**
 * Numbers names (vertices or relations) 0, 1, 2, … in order of first appearance.
 *
 * <p>Built for lookups that miss the cache, as a big graph's names do: an open-addressing table whose
 * slots hold (hash, id, offset, length) side by side, with the characters of all names in one pool,
 * looked up by a region of the line. A hit costs two cache misses; a HashMap&lt;String,Integer&gt;
 * cost four plus a substring per token, about 5 of the 6 seconds of a 4·10^6-arc random edge list.
 */
final class NameIndex {
    private static final int MAX_BITS = 28;             // 2^28 slots of four ints: the largest int array
    private static final int MAX_POOL = Integer.MAX_VALUE - 8;

    private final int limit;
    private final GraphLines lines;
    private int bits = 10;
    private int[] slots = new int[4 << bits];           // hash, id + 1 (0: empty), pool offset, length
    private char[] pool = new char[1 << 14];
    private int poolSize;
    private int size;

    /** At most {@code limit} names; {@code lines} only places the error when their characters overflow. */
    NameIndex(int limit, GraphLines lines) {
        // The table must keep an empty slot so a probe ends; at load 1/2 it holds 2^27 names.
        this.limit = Math.min(limit, 1 << (MAX_BITS - 1));
        this.lines = lines;
    }

    /** The id of a whole string, numbering it if new; -1 when a new name would exceed the limit. */
    int id(String name) { return id(name, 0, name.length()); }

    /** The id of line[start, end), numbering it if new; -1 when a new name would exceed the limit. */
    int id(String line, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + line.charAt(i);
        h *= 0x9E3779B9; // Fibonacci hashing: the high bits mix every character, so index by them
        int mask = (1 << bits) - 1;
        int len = end - start;
        for (int i = h >>> (32 - bits); ; i = (i + 1) & mask) {
            int s = 4 * i;
            if (slots[s + 1] == 0) return insert(s, h, line, start, len);
            if (slots[s] == h && slots[s + 3] == len && matches(line, start, slots[s + 2], len)) return slots[s + 1] - 1;
        }
    }

    private boolean matches(String line, int start, int offset, int len) {
        for (int k = 0; k < len; k++) if (line.charAt(start + k) != pool[offset + k]) return false;
        return true;
    }

    private int insert(int s, int hash, String line, int start, int len) {
        if (size == limit) return -1;
        if ((long) poolSize + len > MAX_POOL) throw lines.error("the names hold more than " + MAX_POOL + " characters");
        if (poolSize + len > pool.length)
            pool = Arrays.copyOf(pool, (int) Math.min(MAX_POOL, Math.max(poolSize + len, 2L * pool.length)));
        line.getChars(start, start + len, pool, poolSize);
        slots[s] = hash;
        slots[s + 1] = ++size;
        slots[s + 2] = poolSize;
        slots[s + 3] = len;
        poolSize += len;
        if (2L * size > (1L << bits) && bits < MAX_BITS) rehash(); // load at most 1/2 keeps probes short
        return size - 1;
    }

    private void rehash() {
        int[] old = slots;
        bits++;
        slots = new int[4 << bits];
        int mask = (1 << bits) - 1;
        for (int k = 0; k < old.length; k += 4) {
            if (old[k + 1] == 0) continue;
            int i = old[k] >>> (32 - bits);
            while (slots[4 * i + 1] != 0) i = (i + 1) & mask;
            System.arraycopy(old, k, slots, 4 * i, 4);
        }
    }

    int size() { return size; }

    /** The names by id. */
    List<String> names() {
        String[] names = new String[size];
        for (int s = 0; s < slots.length; s += 4)
            if (slots[s + 1] != 0) names[slots[s + 1] - 1] = new String(pool, slots[s + 2], slots[s + 3]);
        return Arrays.asList(names);
    }
}
