package org.hydraguard.io;

/**
 * Strict UTF-8 validation (Unicode 15, table 3-7): no overlong forms, no surrogates, nothing above
 * U+10FFFF. Done before JSON parsing because Jackson's decoder is lenient on some of these and does
 * not report where in the line the bad byte is. ASCII runs, the bulk of prompts, take one compare.
 */
final class Utf8 {
    private Utf8() {}

    /** The offset (from {@code off}) of the first byte that is not valid UTF-8, or -1 when all are. */
    static int firstInvalid(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            int c = b[i];
            if (c >= 0) {
                i = Bytes.skipAscii(b, i + 1, end);
                continue;
            }
            c &= 0xFF;
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                if (c == 0xE0) {
                    lo = 0xA0; // overlong
                } else if (c == 0xED) {
                    hi = 0x9F; // surrogates
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                if (c == 0xF0) {
                    lo = 0x90; // overlong
                } else if (c == 0xF4) {
                    hi = 0x8F; // above U+10FFFF
                }
            } else {
                return i - off;
            }
            int second = i + 1 < end ? b[i + 1] & 0xFF : -1;
            if (second < lo || second > hi) {
                return i - off;
            }
            for (int k = 2; k <= need; k++) {
                int cont = i + k < end ? b[i + k] & 0xFF : -1;
                if (cont < 0x80 || cont > 0xBF) {
                    return i - off;
                }
            }
            i += need + 1;
        }
        return -1;
    }
}
