package org.geneft.graph.io;

/** Test-side graph6/digraph6 writer, straight from nauty's formats.txt, for round trips beyond the fixed examples. */
final class Nauty6Encoder {
    private Nauty6Encoder() {}

    /** graph6 of the undirected graph whose upper triangle is adj[i][j], i < j. */
    static String graph6(boolean[][] adj) {
        int n = adj.length;
        StringBuilder bits = new StringBuilder();
        for (int j = 1; j < n; j++)
            for (int i = 0; i < j; i++) bits.append(adj[i][j] ? '1' : '0');
        return order(n) + sixBits(bits);
    }

    /** digraph6 of the directed graph adj[i][j] = arc i→j. */
    static String digraph6(boolean[][] adj) {
        int n = adj.length;
        StringBuilder bits = new StringBuilder();
        for (boolean[] row : adj)
            for (boolean b : row) bits.append(b ? '1' : '0');
        return "&" + order(n) + sixBits(bits);
    }

    static String order(long n) {
        if (n < 63) return String.valueOf((char) (n + 63));
        if (n < 258048) return "~" + sixBits(binary(n, 18));
        return "~~" + sixBits(binary(n, 36));
    }

    private static StringBuilder binary(long x, int width) {
        StringBuilder b = new StringBuilder();
        for (int i = width - 1; i >= 0; i--) b.append((x >> i & 1) == 1 ? '1' : '0');
        return b;
    }

    private static String sixBits(StringBuilder bits) {
        while (bits.length() % 6 != 0) bits.append('0');
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < bits.length(); k += 6)
            out.append((char) (Integer.parseInt(bits.substring(k, k + 6), 2) + 63));
        return out.toString();
    }
}
