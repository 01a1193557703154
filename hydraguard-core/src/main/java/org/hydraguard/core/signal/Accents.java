package org.hydraguard.core.signal;

import java.text.Normalizer;

/**
 * Folds accented Latin letters to their base letter ({@code é → e}, {@code ü → u}, {@code ñ → n}), so
 * "étape par étape" and "etape par etape" hash alike. The table is computed once from Unicode canonical
 * decomposition and never changes; characters outside Latin-1 Supplement and Latin Extended-A/B pass
 * through unchanged.
 */
final class Accents {
    private static final char FIRST = 0x00C0;
    private static final char LAST = 0x024F;
    private static final char[] TABLE = buildTable();

    private Accents() {}

    static char fold(char c) {
        return c < FIRST || c > LAST ? c : TABLE[c - FIRST];
    }

    private static char[] buildTable() {
        char[] table = new char[LAST - FIRST + 1];
        for (char c = FIRST; c <= LAST; c++) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = d.charAt(0);
            table[c - FIRST] = base < 128 && Character.isLetter(base) ? Character.toLowerCase(base) : c;
        }
        return table;
    }
}
