package org.geneft.statics;

import java.util.function.Predicate;

/** Brute force over every relation on a few elements: the independent count that Table 2's class sizes are held to. */
final class AllRelations {
    /** Largest n enumerated: 2^(n²) relations, 65,536 at n = 4. */
    static final int MAX_N = 4;

    private AllRelations() { }

    /** How many of the 2^(n²) relations on n elements satisfy the predicate (given as their n × n matrix). */
    static long count(int n, Predicate<boolean[][]> holds) {
        if (n < 1 || n > MAX_N) throw new IllegalArgumentException("enumeration needs 1 <= n <= " + MAX_N + ", got " + n);
        int cells = n * n;
        long count = 0;
        for (int mask = 0; mask < 1 << cells; mask++) {
            boolean[][] r = new boolean[n][n];
            for (int c = 0; c < cells; c++) r[c / n][c % n] = (mask >> c & 1) == 1;
            if (holds.test(r)) count++;
        }
        return count;
    }
}
