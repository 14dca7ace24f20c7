package org.geneft.graph.io;

import java.util.Arrays;
import java.util.List;

/**
 * Numbers names (vertices or relations) 0, 1, 2, … in order of first appearance.
 *
 * <p>Built for lookups that miss the cache, as a big graph's names do: an open-addressing table whose
 * slots hold (hash, id, offset, length, packed key) side by side, with the characters of all names in
 * one pool, looked up by a region of the line. Names of at most 8 Latin-1 characters (numeric ids,
 * WN18RR's "00260881", FB15k's "/m/027rn") are compared by their packed key inside the slot: one cache
 * miss per hit. A HashMap&lt;String,Integer&gt; cost four plus a substring per token, about 5 of the
 * 6 seconds of a 4·10^6-arc random edge list.
 */
final class NameIndex {
    private static final int SLOT = 6;                  // ints per slot
    private static final int MAX_BITS = 28;             // 6 · 2^28 ints: within the largest int array
    private static final int MAX_POOL = Integer.MAX_VALUE - 8;
    private static final int PACKED = 1 << 31;          // length flag: the name fits the packed key

    private final int limit;
    private final GraphLines lines;
    private int bits = 10;
    // hash, id + 1 (0: empty), pool offset, length | PACKED, packed key high and low halves
    private int[] slots = new int[SLOT << bits];
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
        long key = 0;
        boolean latin1 = true;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            h = 31 * h + c;
            key = key << 8 | (c & 0xFF);
            latin1 &= c <= 0xFF;
        }
        h *= 0x9E3779B9; // Fibonacci hashing: the high bits mix every character, so index by them
        int len = end - start;
        boolean packed = latin1 && len <= 8;
        // Equal names agree on the flag, so a flag mismatch is a length mismatch for the comparison.
        int lenFlag = packed ? len | PACKED : len;
        int hi = (int) (key >>> 32), lo = (int) key;
        int mask = (1 << bits) - 1;
        for (int i = h >>> (32 - bits); ; i = (i + 1) & mask) {
            int s = SLOT * i;
            if (slots[s + 1] == 0) return insert(s, h, lenFlag, hi, lo, line, start, len);
            if (slots[s] == h && slots[s + 3] == lenFlag
                    && (packed ? slots[s + 4] == hi && slots[s + 5] == lo : matches(line, start, slots[s + 2], len)))
                return slots[s + 1] - 1;
        }
    }

    private boolean matches(String line, int start, int offset, int len) {
        for (int k = 0; k < len; k++) if (line.charAt(start + k) != pool[offset + k]) return false;
        return true;
    }

    private int insert(int s, int hash, int lenFlag, int hi, int lo, String line, int start, int len) {
        if (size == limit) return -1;
        if ((long) poolSize + len > MAX_POOL) throw lines.error("the names hold more than " + MAX_POOL + " characters");
        if (poolSize + len > pool.length)
            pool = Arrays.copyOf(pool, (int) Math.min(MAX_POOL, Math.max(poolSize + len, 2L * pool.length)));
        line.getChars(start, start + len, pool, poolSize);
        slots[s] = hash;
        slots[s + 1] = ++size;
        slots[s + 2] = poolSize;
        slots[s + 3] = lenFlag;
        slots[s + 4] = hi;
        slots[s + 5] = lo;
        poolSize += len;
        if (2L * size > (1L << bits) && bits < MAX_BITS) rehash(); // load at most 1/2 keeps probes short
        return size - 1;
    }

    private void rehash() {
        int[] old = slots;
        bits++;
        slots = new int[SLOT << bits];
        int mask = (1 << bits) - 1;
        for (int k = 0; k < old.length; k += SLOT) {
            if (old[k + 1] == 0) continue;
            int i = old[k] >>> (32 - bits);
            while (slots[SLOT * i + 1] != 0) i = (i + 1) & mask;
            System.arraycopy(old, k, slots, SLOT * i, SLOT);
        }
    }

    int size() { return size; }

    /** The names by id. */
    List<String> names() {
        String[] names = new String[size];
        for (int s = 0; s < slots.length; s += SLOT)
            if (slots[s + 1] != 0) names[slots[s + 1] - 1] = new String(pool, slots[s + 2], slots[s + 3] & ~PACKED);
        return Arrays.asList(names);
    }
}
