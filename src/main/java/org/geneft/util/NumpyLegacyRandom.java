package org.geneft.util;

/**
 * numpy's legacy generator ({@code np.random.seed(s)} and the {@code np.random.*} functions, RandomState): MT19937
 * seeded by Knuth's initialisation, doubles of 53 bits from two draws, normals by the polar method keeping the second
 * value, and {@code choice(n, k, replace=False)} as the first k of a Fisher-Yates permutation with masked rejection.
 * It lets geneft draw exactly what a published numpy script drew (the grokking paper's targets and training split,
 * toy/train_add.py), so a run can be checked on the authors' own draw rather than on a draw of the same law.
 */
public final class NumpyLegacyRandom {
    private static final int N = 624, M = 397;
    private final int[] mt = new int[N];
    private int index;
    private boolean hasGauss;
    private double gauss;

    /** {@code np.random.seed(seed)} for 0 &lt;= seed &lt; 2^32. */
    public NumpyLegacyRandom(long seed) {
        if (seed < 0 || seed > 0xFFFF_FFFFL) throw new IllegalArgumentException("numpy's seed must lie in [0, 2^32), got " + seed);
        mt[0] = (int) seed;
        for (int i = 1; i < N; i++) mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        index = N;
    }

    /** The next 32 bits (genrand_int32), as an unsigned value. */
    public long nextUint32() {
        if (index >= N) twist();
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9D2C5680;
        y ^= (y << 15) & 0xEFC60000;
        y ^= y >>> 18;
        return y & 0xFFFF_FFFFL;
    }

    private void twist() {
        for (int k = 0; k < N; k++) {
            int y = (mt[k] & 0x8000_0000) | (mt[(k + 1) % N] & 0x7FFF_FFFF);
            mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908B0DF : 0);
        }
        index = 0;
    }

    /** {@code np.random.random()}: 53 random bits in [0, 1). */
    public double nextDouble() {
        long a = nextUint32() >>> 5, b = nextUint32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** {@code np.random.normal(0, 1)}: the polar method, the pair's other value kept for the next call. */
    public double nextGaussian() {
        if (hasGauss) {
            hasGauss = false;
            return gauss;
        }
        double x1, x2, r2;
        do {
            x1 = 2 * nextDouble() - 1;
            x2 = 2 * nextDouble() - 1;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1 || r2 == 0);
        double f = Math.sqrt(-2 * Math.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** {@code np.random.normal(0, 1, size=(rows, cols))}, row-major. */
    public double[][] normal(int rows, int cols) {
        double[][] out = new double[rows][cols];
        for (double[] row : out) for (int c = 0; c < cols; c++) row[c] = nextGaussian();
        return out;
    }

    /** A uniform integer in [0, max] by masked rejection (numpy's random_interval for max &lt; 2^32). */
    long interval(long max) {
        if (max == 0) return 0;
        long mask = max;
        for (int s = 1; s <= 16; s <<= 1) mask |= mask >>> s;
        long v;
        while ((v = nextUint32() & mask) > max) { }
        return v;
    }

    /** {@code np.random.permutation(n)}: 0 .. n-1 shuffled from the last position down. */
    public int[] permutation(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        for (int i = n - 1; i >= 1; i--) {
            int j = (int) interval(i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    /** {@code np.random.choice(n, k, replace=False)}: the first k of a permutation, in its order. */
    public int[] choiceWithoutReplacement(int n, int k) {
        if (k < 0 || k > n) throw new IllegalArgumentException("cannot choose " + k + " of " + n + " without replacement");
        return java.util.Arrays.copyOf(permutation(n), k);
    }
}
