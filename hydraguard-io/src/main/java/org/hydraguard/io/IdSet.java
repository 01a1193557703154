package org.hydraguard.io;

/**
 * A set of 64-bit id hashes from two generations of a {@link DuplicateWindow}: open addressing with
 * linear probing in one {@code long[]}, no boxing. The lowest bit of every entry is its generation's tag
 * and takes no part in identity, so a lookup finds an id in either generation with one probe sequence
 * (one cache miss, where a table per generation costs two). Load stays at or below one half; 16 bytes
 * per id at worst, 8 at best.
 */
final class IdSet {
    private static final int MIN_SLOTS = 1 << 10;
    private static final long TAG = 1L;

    private long[] slots = new long[MIN_SLOTS];
    private int size;

    /** Whether {@code id} (a hash with its tag bit clear, not 0) is present in either generation. */
    boolean contains(long id) {
        long[] s = slots;
        int mask = s.length - 1;
        for (int i = index(id, mask); ; i = (i + 1) & mask) {
            long e = s[i];
            if ((e & ~TAG) == id) {
                return true;
            }
            if (e == 0) {
                return false;
            }
        }
    }

    /**
     * Adds {@code id} (a hash with its tag bit clear, not 0) under generation {@code tag} (0 or 1),
     * unless it is present in either generation; true if it was added.
     */
    boolean add(long id, long tag) {
        if (2 * (size + 1) > slots.length) {
            rebuild(slots.length * 2, -1);
        }
        long[] s = slots;
        int mask = s.length - 1;
        for (int i = index(id, mask); ; i = (i + 1) & mask) {
            long e = s[i];
            if ((e & ~TAG) == id) {
                return false;
            }
            if (e == 0) {
                s[i] = id | tag;
                size++;
                return true;
            }
        }
    }

    int size() {
        return size;
    }

    /** Drops every id not of generation {@code tag}, shrinking a table that an earlier burst made much larger than needed. */
    void retain(long tag) {
        int kept = 0;
        for (long e : slots) {
            if (e != 0 && (e & TAG) == tag) {
                kept++;
            }
        }
        if (kept < size) {
            rebuild(Math.min(slots.length, Math.max(MIN_SLOTS, Integer.highestOneBit(Math.max(1, kept)) * 4)), tag);
        }
    }

    /** Empties the set. */
    void clear() {
        slots = new long[MIN_SLOTS];
        size = 0;
    }

    /** Moves the entries of generation {@code tag} (of both when it is -1) to a table of {@code length} slots. */
    private void rebuild(int length, long tag) {
        long[] old = slots;
        long[] s = new long[length];
        int mask = length - 1;
        int n = 0;
        for (long e : old) {
            if (e == 0 || (tag >= 0 && (e & TAG) != tag)) {
                continue;
            }
            int i = index(e & ~TAG, mask);
            while (s[i] != 0) {
                i = (i + 1) & mask;
            }
            s[i] = e;
            n++;
        }
        slots = s;
        size = n;
    }

    /** The probe start: bits above the tag, so that both generations of an id start at the same slot. */
    private static int index(long id, int mask) {
        return (int) (id >>> 1) & mask;
    }
}
