package org.hydraguard.io;

import java.util.Arrays;

/**
 * A set of non-zero 64-bit hashes: open addressing with linear probing in one {@code long[]}, no
 * boxing. Load stays at or below one half; 16 bytes per id at worst, 8 at best.
 */
final class IdSet {
    private long[] slots = new long[1 << 10];
    private int size;

    /** Whether {@code h} (non-zero) is present. */
    boolean contains(long h) {
        int mask = slots.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == h) {
                return true;
            }
            if (s == 0) {
                return false;
            }
        }
    }

    /** Adds {@code h} (non-zero); false if it was already present. */
    boolean add(long h) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == h) {
                return false;
            }
            if (s == 0) {
                slots[i] = h;
                size++;
                return true;
            }
        }
    }

    int size() {
        return size;
    }

    /** Empties the set, shrinking a table that an earlier burst made much larger than needed. */
    void clear() {
        if (slots.length > 1 << 10 && size < slots.length / 8) {
            slots = new long[Math.max(1 << 10, Integer.highestOneBit(Math.max(1, size)) * 4)];
        } else {
            Arrays.fill(slots, 0);
        }
        size = 0;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long h : old) {
            if (h != 0) {
                add(h);
            }
        }
    }
}
