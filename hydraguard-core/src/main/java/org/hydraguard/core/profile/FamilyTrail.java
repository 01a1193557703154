package org.hydraguard.core.profile;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * What the template-family co-use count needs to know about one subject (about 150 bytes): the
 * families it used last in its current session, most recent first, when it last used one, and a
 * Bloom filter (256 bits, two probes) of the families and family pairs it has already been counted
 * for, so that one busy subject counts once towards "distinct users". The filter is cleared when half
 * full, which may count a very diverse subject again; that only raises the bar for a union.
 */
public final class FamilyTrail {
    public static final int RECENT = 5;
    static final int BYTES = (16 + 8 * RECENT) + (16 + 32) + 8 + 8 + 16;
    private final long[] recent = new long[RECENT];
    private final long[] credited = new long[4];
    private long lastMs = Long.MIN_VALUE;
    /**
     * The count of family unions at which every recent entry was last seen to be a family root, or -1.
     * Unions are rare once traffic has settled, so most uses skip re-finding the roots; a cache, not
     * state: it is not saved and starts unknown.
     */
    private long rootsAtUnions = -1;

    /** The i-th most recent family (0 = none; entries are packed at the front). */
    public long recent(int i) {
        return recent[i];
    }

    /** Starts a new session (forgets the recent families) when {@code atMs} is more than {@code gapMs} after the last use. */
    public void advance(long atMs, long gapMs) {
        if (lastMs != Long.MIN_VALUE && atMs - lastMs > gapMs) {
            Arrays.fill(recent, 0L);
        }
        lastMs = Math.max(lastMs, atMs);
    }

    /** Whether every recent entry is known to be a family root when {@code unions} families have been united. */
    public boolean rootsKnownAt(long unions) {
        return rootsAtUnions == unions;
    }

    /** Records that every recent entry is a family root at {@code unions} unions; -1 when not known. */
    public void rootsSeenAt(long unions) {
        rootsAtUnions = unions;
    }

    /** Moves {@code family} to the front, keeping the entries distinct. */
    public void noteRecent(long family) {
        int at = RECENT - 1;
        for (int i = 0; i < RECENT; i++) {
            if (recent[i] == family) {
                at = i;
                break;
            }
        }
        System.arraycopy(recent, 0, recent, 1, at);
        recent[0] = family;
    }

    /**
     * Marks {@code key} as counted for this subject; true if it was not counted before (a false
     * "already counted" happens at the filter's false-positive rate, at most about one in four).
     */
    public boolean credit(long key) {
        long h = StableHash.mix(key ^ 0x5bd1e995L);
        int a = (int) (h & 255);
        int b = (int) ((h >>> 8) & 255);
        if ((credited[a >>> 6] & (1L << (a & 63))) != 0 && (credited[b >>> 6] & (1L << (b & 63))) != 0) {
            return false;
        }
        int fill = Long.bitCount(credited[0]) + Long.bitCount(credited[1]) + Long.bitCount(credited[2])
                + Long.bitCount(credited[3]);
        if (fill >= 128) {
            Arrays.fill(credited, 0L);
        }
        credited[a >>> 6] |= 1L << (a & 63);
        credited[b >>> 6] |= 1L << (b & 63);
        return true;
    }

    void writeTo(DataOutput out) throws IOException {
        for (long f : recent) {
            out.writeLong(f);
        }
        out.writeLong(lastMs);
        for (long c : credited) {
            out.writeLong(c);
        }
    }

    void readFrom(DataInput in) throws IOException {
        for (int i = 0; i < RECENT; i++) {
            recent[i] = in.readLong();
        }
        lastMs = in.readLong();
        rootsAtUnions = -1;
        for (int i = 0; i < credited.length; i++) {
            credited[i] = in.readLong();
        }
    }
}
