package org.hydraguard.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Word-at-a-time scans over byte arrays (eight bytes per step, "SWAR"): the line splitter's newline
 * search (which also notes whether a line is plain ASCII) and UTF-8 validation's ASCII skip run over
 * every input byte, and a byte loop costs about three times as much on prompt-sized lines.
 */
final class Bytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    /** {@code '\n'} in every byte of a word. */
    static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    private Bytes() {}

    /** The eight bytes at {@code b[i, i + 8)} as one little-endian word. */
    static long word(byte[] b, int i) {
        return (long) LONGS.get(b, i);
    }

    /** Flags (0x80) the zero bytes of {@code x}: the lowest flag is exact, higher ones may be false. */
    static long zeroBytes(long x) {
        return (x - ONES) & ~x & HIGHS;
    }

    /** The index in its word of the lowest byte flagged (0x80) in {@code flags}, which is not 0. */
    static int firstFlagged(long flags) {
        return Long.numberOfTrailingZeros(flags) >>> 3;
    }

    /** Whether any byte of {@code w} has its high bit set, i.e. is not ASCII. */
    static boolean anyHigh(long w) {
        return (w & HIGHS) != 0;
    }

    private static final long QUOTES = 0x2222222222222222L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    private static final long SPACES = 0x2020202020202020L;

    /**
     * The index of the first byte in {@code b[from, to)} that ends a plain run inside a JSON string: a
     * quote, a backslash or a control character below 0x20; {@code to} if none. Each of the three
     * tests flags its lowest match exactly, so the lowest flag of all is a real match.
     */
    static int nextStringSpecial(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = word(b, i);
            long hit = zeroBytes(w ^ QUOTES) | zeroBytes(w ^ BACKSLASHES) | ((w - SPACES) & ~w & HIGHS);
            if (hit != 0) {
                return i + firstFlagged(hit);
            }
        }
        for (; i < to; i++) {
            byte c = b[i];
            if (c == '"' || c == '\\' || (c >= 0 && c < 0x20)) {
                return i;
            }
        }
        return to;
    }

    /** The index of the first byte at or after {@code from} that is not ASCII, or {@code to} if none. */
    static int skipAscii(byte[] b, int from, int to) {
        int i = from;
        while (i + 8 <= to && !anyHigh(word(b, i))) {
            i += 8;
        }
        while (i < to && b[i] >= 0) {
            i++;
        }
        return i;
    }

    private static final long MIX = 0x9E3779B97F4A7C15L;
    private static final long MIX2 = 0xC2B2AE3D27D4EB4FL;

    /** A hash of {@code b[from, to)}, eight bytes per step: field names and repeated short values. */
    static int hash(byte[] b, int from, int to) {
        long h = (to - from) * MIX;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h = Long.rotateLeft(h ^ (long) LONGS.get(b, i) * MIX2, 31) * MIX;
        }
        if (i < to) {
            long tail = 0;
            for (int shift = 0; i < to; i++, shift += 8) {
                tail |= (b[i] & 0xFFL) << shift;
            }
            h = Long.rotateLeft(h ^ tail * MIX2, 31) * MIX;
        }
        h ^= h >>> 29;
        return (int) (h ^ (h >>> 32));
    }
}
