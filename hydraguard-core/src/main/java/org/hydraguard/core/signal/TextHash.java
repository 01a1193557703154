package org.hydraguard.core.signal;

/**
 * {@link String#hashCode()}'s value, computed four characters per step. Java 17 computes it one
 * character at a time, a chain of dependent multiplications (about three cycles a character, so most
 * of a microsecond for a long prompt); unrolled, only one multiplication in four is on the chain.
 * Java 21 and later vectorise {@code hashCode} themselves, and a String keeps it once computed, so
 * there the String's own is used. The value is the same either way.
 */
final class TextHash {
    private static final int P1 = 31;
    private static final int P2 = P1 * P1;
    private static final int P3 = P2 * P1;
    private static final int P4 = P3 * P1;
    private static final boolean VECTORISED = Runtime.version().feature() >= 21;

    private TextHash() {}

    static int of(String s) {
        return VECTORISED ? s.hashCode() : unrolled(s);
    }

    static int unrolled(String s) {
        int n = s.length();
        int h = 0;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            h = h * P4 + s.charAt(i) * P3 + s.charAt(i + 1) * P2 + s.charAt(i + 2) * P1 + s.charAt(i + 3);
        }
        for (; i < n; i++) {
            h = P1 * h + s.charAt(i);
        }
        return h;
    }
}
