package org.hydraguard.core.signal;

/**
 * {@link String#hashCode()}'s value, computed eight characters per step. Java 17 computes it one
 * character at a time through {@code charAt}, a chain of dependent multiplications (about three cycles
 * a character, so most of a microsecond for a long prompt). Here the text is copied a block at a time
 * into a scratch array (a bulk copy), and only one multiplication in eight is on the chain. Java 21
 * and later vectorise {@code hashCode} themselves, and a String keeps it once computed, so there the
 * String's own is used. The value is the same either way. Not thread-safe: one per thread.
 */
final class TextHash {
    private static final int P1 = 31;
    private static final int P2 = P1 * P1;
    private static final int P3 = P2 * P1;
    private static final int P4 = P3 * P1;
    private static final int P5 = P4 * P1;
    private static final int P6 = P5 * P1;
    private static final int P7 = P6 * P1;
    private static final int P8 = P7 * P1;
    private static final boolean VECTORISED = Runtime.version().feature() >= 21;
    private static final int BLOCK = 1024;

    private final char[] block = new char[BLOCK];

    int of(String s) {
        return VECTORISED ? s.hashCode() : unrolled(s);
    }

    int unrolled(String s) {
        final char[] c = block;
        int n = s.length();
        int h = 0;
        for (int from = 0; from < n; from += BLOCK) {
            int len = Math.min(BLOCK, n - from);
            s.getChars(from, from + len, c, 0);
            int i = 0;
            for (; i + 8 <= len; i += 8) {
                h = h * P8 + c[i] * P7 + c[i + 1] * P6 + c[i + 2] * P5 + c[i + 3] * P4
                        + c[i + 4] * P3 + c[i + 5] * P2 + c[i + 6] * P1 + c[i + 7];
            }
            for (; i < len; i++) {
                h = P1 * h + c[i];
            }
        }
        return h;
    }
}
